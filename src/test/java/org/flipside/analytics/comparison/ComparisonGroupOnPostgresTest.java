package org.flipside.analytics.comparison;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ComparisonGroupOnPostgresTest extends ComparisonGroupContract {
}
