package org.flipside.insights.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.session.SessionService;
import org.flipside.pairing.session.SessionStatus;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insights of a pair. Its two people record them; the senior mentee endorses what the junior recorded. The pair's
 * people and its program's managers read them; anyone else — administrators included — is told neither the pair nor
 * the insight exists, because {@link Pairs} answers 404 before anything is read.
 */
@Service
@Transactional
public class InsightLedger {

    static final String KIND = "Insight";

    private final Pairs pairs;
    private final Programs programs;
    private final InsightStore store;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final SessionService sessions;

    InsightLedger(Pairs pairs, Programs programs, InsightStore store, Directory directory, AuditLog audit,
                  Clock clock, SessionService sessions) {
        this.pairs = pairs;
        this.sessions = sessions;
        this.directory = directory;
        this.programs = programs;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The pair's insights, newest first, for its people and its program's managers. */
    @Transactional(readOnly = true)
    public List<InsightView> ofPair(long pairId) {
        PairView pair = pairs.get(pairId);
        return store.ofPair(pairId).stream().map(i -> view(i, pair)).toList();
    }

    /**
     * Every insight of the program, newest first, for its managers only (read-only; anyone else gets 404). Managers
     * see the author's name whatever the credit choice: anonymity applies beyond the pair and its managers.
     */
    @Transactional(readOnly = true)
    public List<InsightView> ofProgram(long programId) {
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException("Program", programId);
        }
        List<StoredInsight> rows = store.ofProgram(programId);
        Map<String, Employee> authors = directory.byNumbers(rows.stream().map(StoredInsight::authorNumber).toList());
        return rows.stream().map(i -> view(i, Optional.ofNullable(authors.get(i.authorNumber()))
                .map(Employee::fullName).orElse(null))).toList();
    }

    /** One insight, for the people of its pair and its program's managers. */
    @Transactional(readOnly = true)
    public InsightView get(long insightId) {
        StoredInsight insight = store.find(insightId).orElseThrow(() -> notFound(insightId));
        return view(insight, visiblePair(insight));
    }

    public InsightView record(long pairId, InsightDraft draft) {
        PairView pair = pairs.get(pairId);
        PairRole role = pairs.role(pairId);
        if (!role.member()) {
            throw new NotFoundException("Pair", pairId);
        }
        ProgramView program = programs.get(pair.programId());
        Long sessionId = draft == null ? null : draft.sessionId();
        Optional<FieldProblem> badSession = sessionProblem(pairId, sessionId);
        CheckedInsight checked;
        try {
            checked = InsightRules.check(draft, program);
        } catch (InvalidInputException e) {
            List<FieldProblem> all = new ArrayList<>(e.problems());
            badSession.ifPresent(all::add);
            throw new InvalidInputException(all);
        }
        if (badSession.isPresent()) {
            throw new InvalidInputException(List.of(badSession.get()));
        }
        PairMember author = pair.member(role.side());
        long id = store.insert(pairId, pair.programId(), author.participantId(), author.employeeNumber(),
                role.side(), checked, sessionId, clock.instant());
        audit.success("INSIGHT_RECORDED", KIND, id, "pair=" + pairId);
        return get(id);
    }

    /**
     * The senior mentee's endorsement of an insight the junior recorded. Endorsing twice changes nothing the second
     * time; anyone but the pair's mentee may not endorse (the junior and managers get a rule message, others 404).
     */
    public InsightView endorse(long insightId) {
        StoredInsight insight = store.find(insightId).orElseThrow(() -> notFound(insightId));
        PairView pair = visiblePair(insight);
        if (pairs.role(pair.id()) != PairRole.MENTEE) {
            throw new RuleViolationException("insight.endorse.menteeOnly",
                    "Only the pair's senior mentee endorses an insight.");
        }
        if (insight.authorSide() != Side.MENTOR) {
            throw new RuleViolationException("insight.endorse.ownInsight",
                    "An insight the senior recorded themself needs no endorsement.");
        }
        if (store.endorse(insightId, clock.instant())) {
            audit.success("INSIGHT_ENDORSED", KIND, insightId, "pair=" + pair.id());
        }
        return get(insightId);
    }

    /**
     * The author's choice, at any time, to be credited by name or to stay anonymous on what is shown beyond the pair and
     * its managers. Only the author (the partner and managers get a rule message, others 404); a stale
     * {@code version} gets {@link StaleEditException}.
     */
    public InsightView changeCredit(long insightId, boolean byName, long version) {
        StoredInsight insight = store.find(insightId).orElseThrow(() -> notFound(insightId));
        PairView pair = visiblePair(insight);
        if (pairs.role(pair.id()).side() != insight.authorSide()) {
            throw new RuleViolationException("insight.credit.authorOnly",
                    "Only the insight's author chooses how they are credited.");
        }
        if (!store.credit(insightId, byName, version)) {
            throw new StaleEditException(KIND, insightId);
        }
        audit.success("INSIGHT_CREDIT_CHANGED", KIND, insightId, byName ? "byName" : "anonymous");
        return get(insightId);
    }

    /** A problem when the named session is not one of this pair's held sessions; none when no session is named. */
    private Optional<FieldProblem> sessionProblem(long pairId, Long sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        boolean held;
        try {
            held = sessions.get(pairId, sessionId).status() == SessionStatus.HELD;
        } catch (NotFoundException e) {
            held = false;
        }
        return held ? Optional.empty() : Optional.of(FieldProblem.of("sessionId", "insight.session.unknown",
                "Choose one of the pair's held sessions."));
    }

    /** The insight's pair when the caller may see it; a 404 naming the insight otherwise. */
    private PairView visiblePair(StoredInsight insight) {
        try {
            return pairs.get(insight.pairId());
        } catch (NotFoundException e) {
            throw notFound(insight.id());
        }
    }

    private static InsightView view(StoredInsight i, PairView pair) {
        return view(i, pair.member(i.authorSide()).fullName());
    }

    private static InsightView view(StoredInsight i, String authorName) {
        return new InsightView(i.id(), i.pairId(), i.programId(), i.authorSide(), authorName, i.title(), i.observation(), i.significance(), i.objective(),
                i.topic(), i.evidenceLink(), i.creditByName(), i.endorsedAt(), i.proposedBySide(),
                i.ownerNumber(), i.proposedAt(), i.response(), i.declineReason(), i.actionId(), i.respondedAt(),
                i.sessionId(), i.createdAt(), i.version());
    }

    private static NotFoundException notFound(long insightId) {
        return new NotFoundException(KIND, insightId);
    }
}
