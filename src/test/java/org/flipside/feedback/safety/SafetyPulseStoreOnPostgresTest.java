package org.flipside.feedback.safety;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SafetyPulseStoreOnPostgresTest extends SafetyPulseStoreContract {
}
