package org.flipside.feedback;

import java.util.List;

/**
 * Someone wrote in a confidential conversation. It deliberately carries no subject and no message text: whoever reacts
 * (a mail) can only say that there is something to read, and where.
 *
 * @param messageId   the new message, unique per posting (a key for exactly-once reactions)
 * @param toManagers  {@code true} when the participant wrote and the program's managers should read it
 * @param recipients  who should be told: the managers, or the participant on a manager's reply
 * @param path        where the recipients read the conversation, relative to the application's base address
 */
public record ConfidentialMessagePosted(long conversationId, long messageId, long programId, String programName,
                                        boolean toManagers, List<Recipient> recipients, String path) {

    public ConfidentialMessagePosted {
        recipients = List.copyOf(recipients);
    }

    /** A person to tell, by name and email address. */
    public record Recipient(String name, String email) {
    }
}
