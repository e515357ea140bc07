package org.flipside.identity.token;

/** A freshly created token with its secret, which is not stored and cannot be shown again. */
public record IssuedToken(ApiToken token, String secret) {
}
