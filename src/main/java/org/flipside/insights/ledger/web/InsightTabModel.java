package org.flipside.insights.ledger.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flipside.insights.action.InsightActions;
import org.flipside.insights.ledger.InsightLedger;
import org.flipside.insights.ledger.InsightProposals;
import org.flipside.insights.ledger.InsightView;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.session.SessionService;
import org.flipside.pairing.session.SessionStatus;
import org.flipside.pairing.session.SessionView;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.Programs;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the insights tab shows, put on the model after the workspace has been opened for the caller. */
@Component
class InsightTabModel {

    private final WorkspacePage workspace;
    private final Pairs pairs;
    private final Programs programs;
    private final ProgramSponsors sponsors;
    private final InsightLedger ledger;
    private final InsightProposals proposals;
    private final SessionService sessions;
    private final InsightActions actions;
    private final Directory directory;

    InsightTabModel(WorkspacePage workspace, Pairs pairs, Programs programs, ProgramSponsors sponsors,
                    InsightLedger ledger, InsightProposals proposals, SessionService sessions,
                    InsightActions actions, Directory directory) {
        this.directory = directory;
        this.workspace = workspace;
        this.pairs = pairs;
        this.programs = programs;
        this.sponsors = sponsors;
        this.ledger = ledger;
        this.proposals = proposals;
        this.sessions = sessions;
        this.actions = actions;
    }

    void fill(Model model, long pairId, String ownerSearch, Long proposing) {
        PairRole role = workspace.openTab(model, pairId, "insights");
        PairView pair = pairs.get(pairId);
        List<InsightView> insights = ledger.ofPair(pairId);
        model.addAttribute("insights", insights);
        model.addAttribute("actions", actions.summaries(insights.stream().map(InsightView::actionId)
                .filter(Objects::nonNull).toList()));
        model.addAttribute("program", programs.get(pair.programId()));
        model.addAttribute("ownerNames", directory.byNumbers(insights.stream().map(InsightView::ownerNumber)
                .filter(Objects::nonNull).toList()).values().stream()
                .collect(Collectors.toMap(Employee::employeeNumber, Employee::fullName)));
        model.addAttribute("sponsor", sponsors.of(pair.programId()).orElse(null));
        model.addAttribute("heldSessions", role.member() ? held(pairId) : List.<SessionView>of());
        model.addAttribute("ownerSearch", ownerSearch);
        model.addAttribute("proposing", proposing);
        model.addAttribute("candidates", proposals.candidates(ownerSearch));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InsightTabController.InsightForm(null, null, null, null, null, null,
                    "anonymous", null));
        }
    }

    private List<SessionView> held(long pairId) {
        return sessions.of(pairId).stream().filter(s -> s.status() == SessionStatus.HELD).toList();
    }
}
