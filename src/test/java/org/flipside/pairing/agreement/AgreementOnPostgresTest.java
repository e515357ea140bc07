package org.flipside.pairing.agreement;

import org.flipside.testing.OnPostgres;

@OnPostgres
class AgreementOnPostgresTest extends AgreementContract {
}
