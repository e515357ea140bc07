package org.flipside.matching;

import org.flipside.testing.OnH2;

@OnH2
class MatchingPersistenceOnH2Test extends MatchingPersistenceContract {
}
