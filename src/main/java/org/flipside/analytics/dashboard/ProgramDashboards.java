package org.flipside.analytics.dashboard;

/**
 * A program's dashboard for its managers, administrators and sponsors; anyone else (managers of other programs
 * included) gets {@link org.flipside.shared.NotFoundException}, as for an unknown program.
 */
public interface ProgramDashboards {

    ProgramDashboard of(long programId);
}
