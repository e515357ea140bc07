package org.flipside.identity.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Set from the environment as FLIPSIDE_ADMIN_USERNAME and FLIPSIDE_ADMIN_PASSWORD (relaxed binding), so a
 * production installation, which starts without demo data, has someone who can sign in.
 */
@ConfigurationProperties("flipside.admin")
public record FirstAdministratorProperties(String username, String password, String displayName, String timeZone) {

    boolean configured() {
        return hasText(username) || hasText(password);
    }

    boolean complete() {
        return hasText(username) && hasText(password);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
