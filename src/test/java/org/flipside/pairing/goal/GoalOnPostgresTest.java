package org.flipside.pairing.goal;

import org.flipside.testing.OnPostgres;

@OnPostgres
class GoalOnPostgresTest extends GoalContract {
}
