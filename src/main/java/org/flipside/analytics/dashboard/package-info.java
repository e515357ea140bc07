/**
 * The program dashboard: every figure a program's managers follow week by week, gathered from the root APIs of the
 * modules below in a fixed number of aggregate queries and kept for a short while per program.
 * {@link org.flipside.analytics.dashboard.ProgramDashboard} and
 * {@link org.flipside.analytics.dashboard.ProgramDashboards} are a named interface so that exports render the same
 * figures the page shows.
 */
@org.springframework.modulith.NamedInterface("dashboard")
package org.flipside.analytics.dashboard;
