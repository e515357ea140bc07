package org.flipside.identity.signin;

import org.flipside.testing.OnPostgres;

@OnPostgres
class SignInThrottleOnPostgresTest extends SignInThrottleContract {
}
