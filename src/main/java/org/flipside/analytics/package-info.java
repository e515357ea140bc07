/**
 * Analytics: what a program achieved, measured against people who were not in it — the comparison group chosen when
 * a program starts and the outcomes report (retention, promotion, two-way learning) built on the directory's
 * history. Sits above pairing, feedback and insights; reacts to {@link org.flipside.program.ProgramStateChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.flipside.analytics;
