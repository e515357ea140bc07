package org.flipside.program;

import java.util.List;
import java.util.Map;
import org.flipside.shared.web.PageOf;

/**
 * Participants and enrolment. Manager operations need the caller to manage the program
 * ({@link Programs#managedByCurrentUser(long)}), otherwise they are refused; the "my" operations act only on the
 * signed-in employee's own participation (found by {@link CurrentEmployee}), anyone else's answers
 * {@link org.flipside.shared.NotFoundException}.
 */
public interface Enrollment {

    // program managers

    /**
     * One page (from 0) of the program's participants matching the query, oldest first; {@code size} is bounded
     * like every list ({@link org.flipside.shared.web.PageRequests#MAX_SIZE}).
     */
    PageOf<ParticipantView> participants(long programId, ParticipantQuery query, int page, int size);

    Map<ParticipantState, Long> counts(long programId);

    InvitationPreview preview(long programId, InvitationFilter filter);

    /** Invites everyone the filter reaches, on one side; returns the new participants. */
    List<ParticipantView> inviteByFilter(long programId, Side side, InvitationFilter filter);

    /** Invites the given people (skipping those already enrolled or who left); returns the new participants. */
    List<ParticipantView> invite(long programId, Side side, List<String> employeeNumbers);

    ParticipantView approve(long participantId, long expectedVersion);

    ParticipantView decline(long participantId, String reason, long expectedVersion);

    /** All the program's questions in order, retired ones included and marked. */
    List<Question> questions(long programId);

    Question addQuestion(long programId, NewQuestion question);

    /**
     * Removes a question. A question nobody answered is deleted; one with answers is retired instead (kept with its
     * answers, no longer asked of applicants), because nothing a participant entered is ever lost.
     *
     * @return {@code true} when the question was retired rather than deleted
     */
    boolean removeQuestion(long programId, long questionId);

    /** Moves a question one place up ({@code up}) or down. */
    void moveQuestion(long programId, long questionId, boolean up);

    boolean selfEnrollment(long programId);

    void setSelfEnrollment(long programId, boolean open);

    // the signed-in employee

    List<ParticipantView> mine();

    MyParticipation myParticipation(long participantId);

    ParticipantView apply(long participantId, Application application, long expectedVersion);

    ParticipantView declineInvitation(long participantId, long expectedVersion);

    ParticipantView withdraw(long participantId, long expectedVersion);

    ParticipantView enrollSelf(long programId, Side side, Application application);

    List<EnrollmentOffer> offers();

    /** The questions of a program open for self-enrolment, for its application form. */
    List<Question> formFor(long programId);

    /** The version of the consent text an applicant agrees to. */
    String consentVersion();
}
