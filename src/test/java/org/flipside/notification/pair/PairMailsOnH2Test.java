package org.flipside.notification.pair;

import org.flipside.testing.OnH2;

@OnH2
class PairMailsOnH2Test extends PairMailsContract {
}
