package org.flipside.identity.security;

/** Session attribute holding when the session's user signed in, for the absolute timeout. */
final class SignedInAt {

    static final String ATTRIBUTE = "flipside.signedInAt";

    private SignedInAt() {
    }
}
