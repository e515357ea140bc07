package org.flipside.feedback.survey;

import org.flipside.testing.OnH2;

@OnH2
class SurveyStoreOnH2Test extends SurveyStoreContract {
}
