package org.flipside.demo.seed;

import org.flipside.identity.Role;

/** A demo sign-in as it is shown once to whoever started the installation. */
record DemoCredential(String username, String password, Role role, String displayName) {

    @Override
    public String toString() {
        // keeps the password out of anything that logs the record by accident
        return "DemoCredential[" + username + ", " + role + "]";
    }
}
