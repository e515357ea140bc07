package org.flipside.program.enrollment;

import java.time.Instant;
import org.flipside.program.ParticipantState;
import org.flipside.program.Side;
import org.flipside.shared.RuleViolationException;

/** A person's part in one program. Every state change goes through {@link #moveTo}, which refuses illegal moves. */
final class Participant {

    private Long id;
    private final long programId;
    private final String employeeNumber;
    private final Side side;
    private ParticipantState state;
    private String stateReason;
    private final Instant invitedAt;
    private Instant appliedAt;
    private Instant decidedAt;
    private String decidedBy;
    private Instant consentAt;
    private String consentVersion;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private long version;

    Participant(Long id, long programId, String employeeNumber, Side side, ParticipantState state, String stateReason,
                Instant invitedAt, Instant appliedAt, Instant decidedAt, String decidedBy, Instant consentAt,
                String consentVersion, Instant createdAt, String createdBy, Instant updatedAt, long version) {
        this.id = id;
        this.programId = programId;
        this.employeeNumber = employeeNumber;
        this.side = side;
        this.state = state;
        this.stateReason = stateReason;
        this.invitedAt = invitedAt;
        this.appliedAt = appliedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.consentAt = consentAt;
        this.consentVersion = consentVersion;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Participant invited(long programId, String employeeNumber, Side side, String by, Instant at) {
        return new Participant(null, programId, employeeNumber, side, ParticipantState.INVITED, null, at, null, null,
                null, null, null, at, by, at, 0);
    }

    static Participant applied(long programId, String employeeNumber, Side side, String by, Instant at,
                               String consentVersion) {
        return new Participant(null, programId, employeeNumber, side, ParticipantState.APPLIED, null, null, at, null,
                null, at, consentVersion, at, by, at, 0);
    }

    void apply(String consentVersion, Instant at) {
        moveTo(ParticipantState.APPLIED, null, at);
        this.appliedAt = at;
        this.consentAt = at;
        this.consentVersion = consentVersion;
    }

    void decide(ParticipantState decision, String reason, String by, Instant at) {
        moveTo(decision, reason, at);
        this.decidedAt = at;
        this.decidedBy = by;
    }

    void moveTo(ParticipantState target, String reason, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new RuleViolationException("participant.transition.refused",
                    "A participant cannot move from " + state + " to " + target + ".", state, target);
        }
        this.state = target;
        this.stateReason = reason;
        this.updatedAt = at;
    }

    void assignId(long id) {
        this.id = id;
    }

    void bumpVersion() {
        version++;
    }

    Long id() { return id; }
    long programId() { return programId; }
    String employeeNumber() { return employeeNumber; }
    Side side() { return side; }
    ParticipantState state() { return state; }
    String stateReason() { return stateReason; }
    Instant invitedAt() { return invitedAt; }
    Instant appliedAt() { return appliedAt; }
    Instant decidedAt() { return decidedAt; }
    String decidedBy() { return decidedBy; }
    Instant consentAt() { return consentAt; }
    String consentVersion() { return consentVersion; }
    Instant createdAt() { return createdAt; }
    String createdBy() { return createdBy; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
