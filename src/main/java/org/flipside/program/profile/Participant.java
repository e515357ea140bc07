package org.flipside.program.profile;

/** The parts of a participant row the profile rules need: whose part in which program it is. */
public record Participant(long id, long programId, String employeeNumber, String side, String state) {

    /** Still in the program: invited, applied or approved. */
    public boolean active() {
        return !state.equals("DECLINED") && !state.equals("WITHDRAWN");
    }
}
