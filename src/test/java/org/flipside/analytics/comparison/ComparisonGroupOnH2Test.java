package org.flipside.analytics.comparison;

import org.flipside.testing.OnH2;

@OnH2
class ComparisonGroupOnH2Test extends ComparisonGroupContract {
}
