package org.flipside.identity.bootstrap;

import java.util.Set;
import org.flipside.identity.Accounts;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from the environment, only while no active administrator exists. A bad value
 * stops the start with a message that says which and why, rather than leaving an installation nobody can enter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties properties;
    private final Accounts accounts;
    private final String defaultZone;

    FirstAdministrator(FirstAdministratorProperties properties, Accounts accounts,
                       @Value("${flipside.default-time-zone:UTC}") String defaultZone) {
        this.properties = properties;
        this.accounts = accounts;
        this.defaultZone = defaultZone;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured()) {
            return;
        }
        if (!properties.complete()) {
            throw new IllegalStateException(
                    "Set both FLIPSIDE_ADMIN_USERNAME and FLIPSIDE_ADMIN_PASSWORD to create the first administrator, or neither.");
        }
        if (accounts.anyAdministratorExists()) {
            log.info("An administrator already exists; FLIPSIDE_ADMIN_USERNAME is ignored.");
            return;
        }
        String displayName = properties.displayName() == null || properties.displayName().isBlank()
                ? "Administrator" : properties.displayName();
        String zone = properties.timeZone() == null || properties.timeZone().isBlank() ? defaultZone : properties.timeZone();
        try {
            accounts.open(new NewAccount(properties.username(), displayName, null, zone, Set.of(Role.ADMIN), properties.password()));
            log.info("Created the first administrator '{}'.", properties.username().strip().toLowerCase());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The first administrator from FLIPSIDE_ADMIN_USERNAME/FLIPSIDE_ADMIN_PASSWORD "
                    + "was refused: " + e.getMessage(), e);
        }
    }
}
