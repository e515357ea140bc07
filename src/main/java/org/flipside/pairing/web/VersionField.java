package org.flipside.pairing.web;

/** The {@code version} a form sends back with an edit. */
final class VersionField {

    private VersionField() {
    }

    /** A missing or garbled version can only be stale: it never matches a stored one. */
    static long parse(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
