package org.flipside.training;

import org.flipside.testing.OnPostgres;

@OnPostgres
class TrainingProgressOnPostgresTest extends TrainingProgressContract {
}
