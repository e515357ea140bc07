package org.flipside.demo.seed;

import java.util.Set;

/**
 * Whether this start seeds the demo organisation. The {@code postgres} profile is production and never receives
 * demo data, whatever {@code flipside.demo} says; otherwise only an empty database is seeded, so a restart, or an
 * installation someone already uses, is left alone.
 */
record DemoSeedPolicy(boolean demoEnabled, Set<String> activeProfiles, boolean databaseEmpty) {

    static final String PRODUCTION_PROFILE = "postgres";

    DemoSeedPolicy {
        activeProfiles = Set.copyOf(activeProfiles);
    }

    boolean shouldSeed() {
        return demoEnabled && !activeProfiles.contains(PRODUCTION_PROFILE) && databaseEmpty;
    }

    String reason() {
        if (!demoEnabled) {
            return "flipside.demo is false";
        }
        if (activeProfiles.contains(PRODUCTION_PROFILE)) {
            return "the " + PRODUCTION_PROFILE + " profile is active";
        }
        return databaseEmpty ? "the database is empty" : "the database already has accounts or people";
    }
}
