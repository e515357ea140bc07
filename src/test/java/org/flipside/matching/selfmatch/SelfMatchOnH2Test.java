package org.flipside.matching.selfmatch;

import org.flipside.testing.OnH2;

@OnH2
class SelfMatchOnH2Test extends SelfMatchContract {
}
