package org.flipside.demo.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.insights.action.ActionStatus;
import org.flipside.insights.action.InsightActions;
import org.flipside.insights.action.StatusUpdate;
import org.flipside.insights.ledger.InsightDraft;
import org.flipside.insights.ledger.InsightLedger;
import org.flipside.insights.ledger.InsightProposals;
import org.flipside.insights.ledger.InsightResponses;
import org.flipside.insights.ledger.Response;
import org.flipside.insights.ledger.ResponseDraft;
import org.flipside.insights.ledger.StoredResponse;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ActingEmployee;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.Programs;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Insights in the running program, in every state "You said, we did" can show: one accepted and under way, one done,
 * one declined, one waiting for its owner and one not proposed yet. The demo sponsor account sponsors the program and
 * answers them; everything goes through the services as the people concerned.
 */
@Component
@Order(600)
class DemoInsights implements DemoStep {

    private final Programs programs;
    private final ProgramSponsors sponsors;
    private final Pairs pairs;
    private final Accounts accounts;
    private final Directory directory;
    private final InsightLedger ledger;
    private final InsightProposals proposals;
    private final InsightResponses responses;
    private final InsightActions actions;

    DemoInsights(Programs programs, ProgramSponsors sponsors, Pairs pairs, Accounts accounts, Directory directory,
                 InsightLedger ledger, InsightProposals proposals, InsightResponses responses,
                 InsightActions actions) {
        this.programs = programs;
        this.sponsors = sponsors;
        this.pairs = pairs;
        this.accounts = accounts;
        this.directory = directory;
        this.ledger = ledger;
        this.proposals = proposals;
        this.responses = responses;
        this.actions = actions;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        Optional<Long> program = seeding.programToPair();
        Optional<Employee> sponsor = accounts.findByUsername("sponsor").map(AccountView::email)
                .flatMap(directory::byEmail);
        if (program.isEmpty() || sponsor.isEmpty()) {
            return;
        }
        long programId = program.get();
        Authentication manager = DemoEnrolment.manager(seeding);
        DemoEnrolment.as(manager, () -> sponsors.set(programId, sponsor.get().employeeNumber(),
                programs.get(programId).version()));
        List<PairView> running = DemoEnrolment.as(manager, () -> pairs.ofProgram(programId, 0, 10).items());
        if (running.size() < 4) {
            return;
        }
        ActingEmployee owner = new ActingEmployee(sponsor.get().employeeNumber());
        LocalDate today = seeding.today();

        long notes = record(running.get(0), true, true, "Release notes nobody reads",
                "In our team the monthly release notes go unread; the two-line chat summary gets replies.",
                "Changes land unnoticed and customers call support about features that already exist.");
        DemoEnrolment.as(mentee(running.get(0)), () -> ledger.endorse(notes));
        DemoEnrolment.as(mentee(running.get(0)), () -> proposals.proposeToSponsor(notes));
        long underWay = accept(owner, notes, 2, today.plusDays(30), "A chat summary with every release.");
        DemoEnrolment.as(owner, () -> actions.update(underWay, new StatusUpdate(ActionStatus.IN_PROGRESS,
                "The product team drafts the first summary for the next release.", null, 0L)));

        long onboarding = record(running.get(1), true, false, "Onboarding is paper-heavy",
                "New joiners fill in four forms by hand on their first day.",
                "They spend a day on paperwork instead of meeting their team.");
        DemoEnrolment.as(mentor(running.get(1)), () -> proposals.proposeToSponsor(onboarding));
        long done = accept(owner, onboarding, 1, today.plusDays(14), "One online form for the first day.");
        DemoEnrolment.as(owner, () -> actions.update(done, new StatusUpdate(ActionStatus.DONE, null,
                "The four forms became one online form that new joiners complete before they start.", 0L)));

        long fridays = record(running.get(2), true, false, "Meeting-free Friday mornings",
                "Juniors have no uninterrupted time for deep work.", "Quality suffers when focus time is scattered.");
        DemoEnrolment.as(mentor(running.get(2)), () -> proposals.proposeToSponsor(fridays));
        DemoEnrolment.as(owner, () -> responses.respond(fridays, new ResponseDraft(Response.DECLINED, 1L, null, null,
                "Customer support must stay reachable on Fridays; teams may set their own focus hours instead.",
                null)));

        long shadowing = record(running.get(3), false, false, "Seniors shadow a junior for a day",
                "The session showed how little leaders see of a junior's working day.",
                "Decisions about tools and workload would rest on first-hand experience.");
        DemoEnrolment.as(mentee(running.get(3)), () -> proposals.proposeToSponsor(shadowing));

        record(running.get(1), true, true, "Internal search cannot find policies",
                "Searching the intranet for the travel policy returns news items first.",
                "People ask colleagues instead and lose time on both sides.");
    }

    private long record(PairView pair, boolean byMentor, boolean credit, String title, String observation,
                        String significance) {
        ActingEmployee author = byMentor ? mentor(pair) : mentee(pair);
        return DemoEnrolment.as(author, () -> ledger.record(pair.id(), new InsightDraft(title, observation,
                significance, null, null, null, credit, null))).id();
    }

    /** Accepts as the owner, at the insight's version: one more for each of endorsement and proposal. */
    private long accept(ActingEmployee owner, long insightId, long version, LocalDate dueOn, String outcome) {
        StoredResponse response = DemoEnrolment.as(owner, () -> responses.respond(insightId,
                new ResponseDraft(Response.ACCEPTED, version, dueOn, outcome, null, null)));
        return response.actionId();
    }

    private static ActingEmployee mentor(PairView pair) {
        return new ActingEmployee(pair.mentor().employeeNumber());
    }

    private static ActingEmployee mentee(PairView pair) {
        return new ActingEmployee(pair.mentee().employeeNumber());
    }
}
