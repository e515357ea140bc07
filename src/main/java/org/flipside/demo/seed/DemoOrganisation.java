package org.flipside.demo.seed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flipside.identity.Accounts;
import org.flipside.people.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo organisation on the first start of an embedded installation (see {@link DemoSeedPolicy}), runs
 * the {@link DemoStep}s in one transaction, then shows the demo passwords once in the log and keeps them in a file.
 */
@Component
class DemoOrganisation implements ApplicationRunner {

    /** The actor the audit log names for everything the seeding does. */
    static final String ACTOR = "demo-seed";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final List<DemoStep> steps;
    private final Accounts accounts;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final MessageSource messages;
    private final Clock clock;
    private final boolean demoEnabled;
    private final Path accountsFile;

    DemoOrganisation(List<DemoStep> steps, Accounts accounts, Directory directory, TransactionTemplate transaction,
                     Environment environment, MessageSource messages, Clock clock,
                     @Value("${flipside.demo:false}") boolean demoEnabled,
                     @Value("${flipside.demo.accounts-file:./data/demo-accounts.txt}") Path accountsFile) {
        this.steps = steps;
        this.accounts = accounts;
        this.directory = directory;
        this.transaction = transaction;
        this.environment = environment;
        this.messages = messages;
        this.clock = clock;
        this.demoEnabled = demoEnabled;
        this.accountsFile = accountsFile;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DemoSeedPolicy policy = new DemoSeedPolicy(demoEnabled, Set.of(environment.getActiveProfiles()),
                accounts.count() == 0 && directory.count() == 0);
        if (!policy.shouldSeed()) {
            log.debug("No demo organisation: {}", policy.reason());
            return;
        }
        DemoSeeding seeding = new DemoSeeding(LocalDate.now(clock));
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext system = SecurityContextHolder.createEmptyContext();
            system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()));
            SecurityContextHolder.setContext(system);
            transaction.executeWithoutResult(status -> steps.forEach(step -> step.seed(seeding)));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        DemoCredentialsFile.write(accountsFile, seeding.credentials());
        log.info(banner(seeding));
    }

    private String banner(DemoSeeding seeding) {
        String rule = "=".repeat(100);
        StringBuilder text = new StringBuilder("\n").append(rule).append('\n')
                .append(messages.getMessage("demo.banner.title", new Object[] {accountsFile.toAbsolutePath()},
                        Locale.ENGLISH))
                .append("\n\n");
        for (DemoCredential c : seeding.credentials()) {
            text.append(String.format("  %-10s %-40s %-16s (%s)%n", c.username(), c.password(), c.role().name(),
                    c.displayName()));
        }
        return text.append('\n')
                .append(messages.getMessage("demo.banner.change", null, Locale.ENGLISH)).append('\n')
                .append(messages.getMessage("demo.banner.people", new Object[] {seeding.people().size()}, Locale.ENGLISH))
                .append('\n')
                .append(rule).toString();
    }
}
