package org.flipside.feedback.survey;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SurveyStoreOnPostgresTest extends SurveyStoreContract {
}
