package org.flipside.matching;

/** One of the two people of a match, as a mail to them needs it. */
public record MatchPerson(long participantId, String fullName, String email) {
}
