package org.flipside.analytics.bench;

import org.flipside.testing.OnH2;

@OnH2
class OrganisationGeneratorOnH2Test extends OrganisationGeneratorContract {
}
