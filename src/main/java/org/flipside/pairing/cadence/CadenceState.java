package org.flipside.pairing.cadence;

/**
 * How an active pair keeps to its program's cadence, from good to bad: states only get worse while time passes
 * without a held session (see {@link CadenceRules}). Labels are message keys {@code cadence.state.<NAME>}; members of
 * a pair never see AT_RISK worded as such — to them it reads like OVERDUE.
 */
public enum CadenceState {
    ON_TRACK, DUE, OVERDUE, AT_RISK;

    public String messageKey() {
        return "cadence.state." + name();
    }

    /** The state as a member of the pair hears it: the managers' warning sign "at risk" is theirs alone. */
    public CadenceState forMembers() {
        return this == AT_RISK ? OVERDUE : this;
    }
}
