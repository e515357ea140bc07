package org.flipside.program.profile;

/** A profile as stored: version 0 means the participant has never saved one. */
public record StoredProfile(long participantId, ProfileContent content, long version) {
}
