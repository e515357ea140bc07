package org.flipside.demo.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.flipside.pairing.PairView;
import org.flipside.pairing.agreement.AgreedMeetingMode;
import org.flipside.pairing.agreement.AgreementService;
import org.flipside.pairing.agreement.AgreementTerms;
import org.flipside.pairing.goal.GoalDraft;
import org.flipside.pairing.goal.GoalService;
import org.flipside.pairing.goal.GrowthArea;
import org.flipside.pairing.goal.KeyResultDraft;
import org.flipside.pairing.session.SessionPlan;
import org.flipside.pairing.session.SessionService;
import org.flipside.program.ActingEmployee;
import org.springframework.stereotype.Component;

/**
 * One demo pair well under way, so the workspace has something to show: both signed their agreement, each side has a
 * goal with a first recorded step, and their next session is planned. Everything goes through the services as the
 * pair's two people, under the same rules as in real use.
 */
@Component
class DemoPairJourney {

    private final AgreementService agreements;
    private final GoalService goals;
    private final SessionService sessions;

    DemoPairJourney(AgreementService agreements, GoalService goals, SessionService sessions) {
        this.agreements = agreements;
        this.goals = goals;
        this.sessions = sessions;
    }

    void underWay(PairView pair, LocalDate today) {
        ActingEmployee mentor = new ActingEmployee(pair.mentor().employeeNumber());
        ActingEmployee mentee = new ActingEmployee(pair.mentee().employeeNumber());
        AgreementTerms terms = new AgreementTerms(pair.cadence(), AgreedMeetingMode.MIXED,
                agreements.suggested(pair).confidentiality(),
                "Bring one real example from the customer front line to every session, and say plainly what works.",
                "Try one new channel or tool between sessions and report back honestly, including what felt awkward.",
                "Video calls on Tuesday mornings; in person at the Lisbon office once a quarter.");
        DemoEnrolment.as(mentor, () -> agreements.save(pair.id(), terms, 0));
        DemoEnrolment.as(mentor, () -> agreements.sign(pair.id(), 1));
        DemoEnrolment.as(mentee, () -> agreements.sign(pair.id(), 1));

        long learning = DemoEnrolment.as(mentee, () -> goals.create(pair.id(), new GoalDraft(
                "Hear younger customers where they talk", "Our product decisions rely on surveys few of them answer.",
                1, null, today.plusMonths(3), List.of(new KeyResultDraft(null,
                "Conversations followed on social channels", "conversations", BigDecimal.ZERO, BigDecimal.TEN))))).id();
        long keyResult = DemoEnrolment.as(mentee, () -> goals.get(pair.id(), learning)).keyResults().get(0).id();
        DemoEnrolment.as(mentee, () -> goals.record(pair.id(), learning, keyResult, new BigDecimal("3"),
                "Followed three threads about our app in one week."));
        DemoEnrolment.as(mentor, () -> goals.create(pair.id(), new GoalDraft(
                "Present a customer insight to the leadership team", "I want to be heard where decisions are made.",
                null, GrowthArea.PRESENTING_TO_EXECUTIVES, today.plusMonths(4), List.of(new KeyResultDraft(null,
                "Insights presented to senior leaders", "presentations", BigDecimal.ZERO, new BigDecimal("2"))))));

        DemoEnrolment.as(mentor, () -> sessions.schedule(pair.id(), new SessionPlan(today.plusDays(7).toString(),
                "10:00", "45", "VIDEO", "https://meet.example.org/flipside-demo", List.of(),
                "What surprised you in the threads you followed?\nPick one insight worth taking to the leadership team.")));
    }
}
