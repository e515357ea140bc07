package org.flipside.matching.consent;

import org.flipside.testing.OnPostgres;

@OnPostgres
class PublicationRaceOnPostgresTest extends PublicationRaceContract {
}
