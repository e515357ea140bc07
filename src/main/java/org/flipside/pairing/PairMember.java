package org.flipside.pairing;

import org.flipside.program.Side;

/**
 * One of the two people of a pair, as mails and pages need them.
 *
 * @param timeZone IANA zone id from the person's profile, or the directory's when the profile names none
 */
public record PairMember(long participantId, Side side, String employeeNumber, String fullName, String email,
                         String jobTitle, String department, String timeZone) {
}
