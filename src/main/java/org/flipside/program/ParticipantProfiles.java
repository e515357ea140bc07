package org.flipside.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Participants' profiles for matching. These reads apply no per-record rules and include the confidential
 * do-not-match lists: they are for the application's own algorithms, never to be shown to a person. Pages and the
 * API read profiles through the profile service, which applies who-may-see-what.
 */
public interface ParticipantProfiles {

    /** The participant's profile, empty (nothing filled in) if they have not saved one yet; none if no such participant. */
    Optional<ProfileSnapshot> snapshot(long participantId);

    /** The employee number of each of these participants (unknown ids are left out), in one query per thousand ids. */
    Map<Long, String> employeeNumbers(Collection<Long> participantIds);

    /**
     * The time zone (IANA id) each of these participants chose in their profile, in one query per thousand ids;
     * participants who chose none, and unknown ids, are left out.
     */
    Map<Long, String> timeZones(Collection<Long> participantIds);

    /** The profiles of the program's participants who are still in it (not declined, not withdrawn). */
    List<ProfileSnapshot> snapshots(long programId);
}
