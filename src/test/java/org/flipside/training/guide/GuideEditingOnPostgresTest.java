package org.flipside.training.guide;

import org.flipside.testing.OnPostgres;

@OnPostgres
class GuideEditingOnPostgresTest extends GuideEditingContract {
}
