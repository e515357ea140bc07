/**
 * Identity: accounts, global roles, sign-in, sessions, personal API tokens and the security rules every request
 * passes through. Other modules see only {@link org.flipside.identity.Role}, the signed-in
 * {@link org.flipside.identity.FlipsideUser} and {@link org.flipside.identity.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.flipside.identity;
