/**
 * People: the organisation's employee directory, keyed by the HR system's employee number, and the reporting lines
 * between employees. Other modules read it through {@link org.flipside.people.Directory} and
 * {@link org.flipside.people.ReportingLines}; only seeding and import write through
 * {@link org.flipside.people.DirectoryWriter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.flipside.people;
