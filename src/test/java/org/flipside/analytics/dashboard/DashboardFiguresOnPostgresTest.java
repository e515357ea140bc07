package org.flipside.analytics.dashboard;

import org.flipside.testing.OnPostgres;

@OnPostgres
class DashboardFiguresOnPostgresTest extends DashboardFiguresContract {
}
