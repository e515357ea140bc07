package org.flipside.identity.account;

import org.flipside.testing.OnH2;

@OnH2
class SessionStoreOnH2Test extends SessionStoreContract {
}
