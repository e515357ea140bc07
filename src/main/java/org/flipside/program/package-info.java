/**
 * Program: a reverse-mentoring program's purpose, objectives, focus topics, timeline and lifecycle, started from
 * scratch, from a template or as a copy of a past program. Other modules use {@link org.flipside.program.Programs}
 * and listen for {@link org.flipside.program.ProgramStateChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program")
package org.flipside.program;
