package org.flipside.analytics.bench;

import org.flipside.testing.OnPostgres;

@OnPostgres
class OrganisationGeneratorOnPostgresTest extends OrganisationGeneratorContract {
}
