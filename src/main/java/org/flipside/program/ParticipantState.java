package org.flipside.program;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a participant's enrolment stands. An invitee applies or declines; a manager approves or declines an
 * application; a participant may withdraw while applied or approved. DECLINED and WITHDRAWN are final.
 */
public enum ParticipantState {
    INVITED,
    APPLIED,
    APPROVED,
    DECLINED,
    WITHDRAWN;

    public Set<ParticipantState> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(APPLIED, DECLINED);
            case APPLIED -> EnumSet.of(APPROVED, DECLINED, WITHDRAWN);
            case APPROVED -> EnumSet.of(WITHDRAWN);
            case DECLINED, WITHDRAWN -> EnumSet.noneOf(ParticipantState.class);
        };
    }

    public boolean canMoveTo(ParticipantState target) {
        return target != null && next().contains(target);
    }
}
