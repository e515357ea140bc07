package org.flipside.identity.token;

import org.flipside.testing.OnH2;

@OnH2
class ApiTokenOnH2Test extends ApiTokenContract {
}
