package org.flipside.matching.rule;

import java.time.Instant;

/** A lock or ban of one (mentee, mentor) pair of a program's approved participants. */
public record MatchingRule(long programId, long menteeParticipantId, long mentorParticipantId, RuleKind kind,
                           Instant createdAt, String createdBy) {
}
