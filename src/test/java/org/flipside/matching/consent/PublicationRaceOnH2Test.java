package org.flipside.matching.consent;

import org.flipside.testing.OnH2;

@OnH2
class PublicationRaceOnH2Test extends PublicationRaceContract {
}
