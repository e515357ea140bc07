package org.flipside.program.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;

/**
 * A profile as one viewer may see it. {@code doNotMatch} is only filled in for the participant themself; for a
 * program manager it is {@code null} and left out of JSON.
 *
 * @param own       the viewer is the participant and may edit
 * @param workStyle 0–100 per fully answered dimension
 * @param version   0 until the first save; send it back with a change
 */
public record ProfileView(long participantId, long programId, String employeeNumber, String fullName, String side,
                          String state, boolean own, List<SkillRating> offered, List<SkillRating> wanted,
                          String interests, Map<Integer, Integer> answers, Map<WorkStyleDimension, Integer> workStyle,
                          String timeZone, List<AvailabilitySlot> availability, MeetingMode meetingMode,
                          List<String> languages,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> doNotMatch,
                          Completeness completeness, long version) {

    static ProfileView of(Participant participant, String fullName, StoredProfile profile, boolean own) {
        ProfileContent content = profile.content();
        return new ProfileView(participant.id(), participant.programId(), participant.employeeNumber(), fullName,
                participant.side(), participant.state(), own, content.offered(), content.wanted(), content.interests(),
                content.answers(), WorkStyle.score(content.answers()), content.timeZone(), content.availability(),
                content.meetingMode(), content.languages(), own ? content.doNotMatch() : null,
                Completeness.of(content), profile.version());
    }
}
