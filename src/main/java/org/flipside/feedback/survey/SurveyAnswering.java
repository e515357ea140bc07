package org.flipside.feedback.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flipside.program.CurrentEmployee;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person answers the surveys they were invited to. Every lookup names the signed-in employee, so anyone else's
 * invitation does not exist for them. For an anonymous survey the invitation only turns "answered" and the response
 * is stored with no person, no invitation, no instance (one sent to a single pair would name its two people), a random
 * id, the month the instance opened in and the day of answering alone.
 */
@Service
@Transactional
public class SurveyAnswering {

    static final String KIND = "SurveyInvitation";

    private final CurrentEmployee current;
    private final SurveyInstanceStore instances;
    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final Clock clock;

    SurveyAnswering(CurrentEmployee current, SurveyInstanceStore instances, SurveyStore surveys, SurveyResponseStore responses,
                    Clock clock) {
        this.current = current;
        this.instances = instances;
        this.surveys = surveys;
        this.responses = responses;
        this.clock = clock;
    }

    /** The signed-in person's surveys still open and unanswered, closing soonest first. */
    @Transactional(readOnly = true)
    public List<OpenSurvey> mine() {
        return current.get().map(me -> instances.openOf(me.employeeNumber(), clock.instant()).stream()
                .map(i -> new OpenSurvey(i.id(), i.surveyId(), i.title(), i.programName(), i.anonymous(), i.closesAt()))
                .toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public SurveyForm form(long invitationId) {
        Invitation invitation = own(invitationId);
        return new SurveyForm(invitation.id(), invitation.title(), invitation.programName(), invitation.anonymous(),
                invitation.openedAt(), invitation.closesAt(), invitation.closed(clock.instant()),
                invitation.answered(), surveys.questions(invitation.versionId()));
    }

    /**
     * Stores the person's answers ({@code raw}: question id → the values given). A closed survey or a second answer
     * is refused with 409, bad values with every problem; either way nothing is stored.
     */
    public void respond(long invitationId, Map<Long, List<String>> raw) {
        Invitation invitation = own(invitationId);
        if (invitation.closed(clock.instant())) {
            throw new RuleViolationException("survey.closed", "This survey is closed; answers are no longer taken.");
        }
        if (invitation.answered()) {
            throw answeredAlready();
        }
        List<Answer> answers = AnswerCheck.check(surveys.questions(invitation.versionId()), raw);
        if (!instances.markAnswered(invitation.id())) {
            throw answeredAlready();
        }
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (invitation.anonymous()) {
            responses.insert(invitation.surveyId(), null, null, invitation.side(), null, invitation.openedOn(), day,
                    answers);
        } else {
            responses.insert(invitation.surveyId(), invitation.instanceId(), invitation.id(), invitation.side(),
                    invitation.department(), invitation.openedOn(), day, answers);
        }
    }

    private Invitation own(long invitationId) {
        return current.get().flatMap(me -> instances.invitationOf(invitationId, me.employeeNumber()))
                .orElseThrow(() -> new NotFoundException(KIND, invitationId));
    }

    private static RuleViolationException answeredAlready() {
        return new RuleViolationException("survey.answered", "You have answered this survey already.");
    }
}
