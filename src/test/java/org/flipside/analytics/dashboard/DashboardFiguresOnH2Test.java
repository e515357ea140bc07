package org.flipside.analytics.dashboard;

import org.flipside.testing.OnH2;

@OnH2
class DashboardFiguresOnH2Test extends DashboardFiguresContract {
}
