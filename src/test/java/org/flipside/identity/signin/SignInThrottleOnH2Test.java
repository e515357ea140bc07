package org.flipside.identity.signin;

import org.flipside.testing.OnH2;

@OnH2
class SignInThrottleOnH2Test extends SignInThrottleContract {
}
