package org.flipside.insights.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.ProgramSponsors;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing an insight to an owner, and the owner's list of what was proposed to them. The author proposes, or the
 * senior mentee once they have endorsed the junior's insight. The owner is an active employee of the directory with
 * an active account under the same work email, so the proposal reaches someone who can sign in and answer it.
 */
@Service
@Transactional
public class InsightProposals {

    private final InsightStore store;
    private final Pairs pairs;
    private final Directory directory;
    private final Accounts accounts;
    private final CurrentEmployee currentEmployee;
    private final ProgramOutlines outlines;
    private final InsightLedger ledger;
    private final AuditLog audit;
    private final Clock clock;
    private final ProgramSponsors sponsors;

    InsightProposals(InsightStore store, Pairs pairs, Directory directory, Accounts accounts,
                     CurrentEmployee currentEmployee, ProgramOutlines outlines, InsightLedger ledger, AuditLog audit,
                     Clock clock, ProgramSponsors sponsors) {
        this.store = store;
        this.sponsors = sponsors;
        this.pairs = pairs;
        this.directory = directory;
        this.accounts = accounts;
        this.currentEmployee = currentEmployee;
        this.outlines = outlines;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    public InsightView propose(long insightId, String ownerNumber) {
        InsightView insight = ledger.get(insightId);
        PairRole role = pairs.role(insight.pairId());
        boolean author = role.member() && role.side() == insight.authorSide();
        boolean endorsingSenior = role == PairRole.MENTEE && insight.endorsed();
        if (!author && !endorsingSenior) {
            throw new RuleViolationException("insight.propose.notAllowed",
                    "The insight's author proposes it, or the senior mentee after endorsing it.");
        }
        if (insight.proposedAt() != null) {
            throw new RuleViolationException("insight.propose.done", "This insight has been proposed already.");
        }
        Employee owner = owner(ownerNumber);
        if (!store.propose(insightId, role.side(), owner.employeeNumber(), clock.instant())) {
            throw new RuleViolationException("insight.propose.done", "This insight has been proposed already.");
        }
        audit.success("INSIGHT_PROPOSED", InsightLedger.KIND, insightId, "owner=" + owner.employeeNumber());
        return ledger.get(insightId);
    }

    /**
     * Proposes the insight to its program's sponsor, under the same rules as {@link #propose}; a program without a
     * sponsor is a problem with the field {@code owner}.
     */
    public InsightView proposeToSponsor(long insightId) {
        InsightView insight = ledger.get(insightId);
        Employee sponsor = sponsors.of(insight.programId()).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("owner", "insight.owner.noSponsor",
                        "The program has no sponsor yet: choose a named owner.")));
        return propose(insightId, sponsor.employeeNumber());
    }

    /** People who can own an insight, for the small search on the pair's insights page. */
    @Transactional(readOnly = true)
    public List<Employee> candidates(String text) {
        return sponsors.candidates(text, 10);
    }

    /** What was proposed to the signed-in employee, newest first; nothing for someone not in the directory. */
    @Transactional(readOnly = true)
    public List<OwnedInsight> owned() {
        Optional<Employee> me = currentEmployee.get();
        if (me.isEmpty()) {
            return List.of();
        }
        List<StoredInsight> rows = store.ownedBy(me.get().employeeNumber());
        Map<Long, ProgramOutline> programs = outlines.of(rows.stream().map(StoredInsight::programId).toList());
        // Only the credited authors are looked up: an anonymous author's name is never even read.
        Map<String, Employee> credited = directory.byNumbers(rows.stream().filter(StoredInsight::creditByName)
                .map(StoredInsight::authorNumber).toList());
        return rows.stream().map(i -> owned(i, programs.get(i.programId()), credited.get(i.authorNumber()))).toList();
    }

    private static OwnedInsight owned(StoredInsight i, ProgramOutline program, Employee author) {
        String credited = i.creditByName() && author != null ? author.fullName() : null;
        return new OwnedInsight(i.id(), i.programId(), program == null ? null : program.name(), i.title(),
                i.observation(), i.significance(), i.objective(), i.topic(), i.evidenceLink(), credited,
                i.endorsedAt() != null, i.proposedAt(), i.response(), i.declineReason(), i.actionId(), i.version());
    }

    private Employee owner(String number) {
        String wanted = number == null ? "" : number.strip();
        if (wanted.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("owner", "insight.owner.required",
                    "Choose who should own this insight."));
        }
        return directory.byNumber(wanted)
                .filter(e -> e.status() == EmploymentStatus.ACTIVE)
                .filter(e -> accounts.activeAccountWithEmail(e.email()))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("owner", "insight.owner.unknown",
                        "Choose an active employee who can sign in to Flipside.", wanted)));
    }
}
