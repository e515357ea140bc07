package org.flipside.training.reminder;

import org.flipside.testing.OnPostgres;

@OnPostgres
class TrainingNotDoneOnPostgresTest extends TrainingNotDoneContract {
}
