package org.flipside.feedback;

import java.util.List;

/**
 * A junior mentor's pulse answer fell at or below the program's threshold. Like the flag itself when the junior did
 * not agree to be contacted, the event names no one: whoever reacts (a mail) says only that a flag waits, and where.
 *
 * @param flagId     the new flag, unique per raising (a key for exactly-once reactions)
 * @param recipients the program's managers
 * @param path       where they read the flag, relative to the application's base address
 */
public record SafetyFlagRaised(long flagId, long programId, String programName, List<Recipient> recipients,
                               String path) {

    public SafetyFlagRaised {
        recipients = List.copyOf(recipients);
    }

    /** A manager to tell, by name and email address. */
    public record Recipient(String name, String email) {
    }
}
