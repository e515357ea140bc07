package org.flipside.pairing.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.pair.PairStore;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments of a pair's two people. Each person submits a PRE assessment while the pair runs (its items are
 * then fixed) and a POST one on the same items whenever they choose after it, typically when the pair closes or the
 * program ends. Each phase is submitted once; until the partner has submitted the same phase, the person may correct
 * their answers (with the version they read) — after that both answered independently and the answers stay.
 */
@Service
@Transactional
public class AssessmentService {

    static final String KIND = "Assessment";

    private final PairAccess access;
    private final PairStore pairs;
    private final AssessmentStore store;
    private final AssessmentItems items;
    private final AssessmentViews views;
    private final ProgramOutlines outlines;
    private final Clock clock;
    private final AuditLog audit;

    AssessmentService(PairAccess access, PairStore pairs, AssessmentStore store, AssessmentItems items,
                      AssessmentViews views, ProgramOutlines outlines, Clock clock, AuditLog audit) {
        this.access = access;
        this.pairs = pairs;
        this.store = store;
        this.items = items;
        this.views = views;
        this.outlines = outlines;
        this.clock = clock;
        this.audit = audit;
    }

    /** The pair's assessments as the caller may see them (a manager's look is audited, hence not read-only). */
    public AssessmentView view(long pairId) {
        return view(access.open(pairId));
    }

    /** The assessments of a pair the caller opened already (the workspace page opens it for its head). */
    @Transactional(readOnly = true)
    public AssessmentView view(Access opened) {
        return views.of(opened, store.ofPair(opened.pair().id()), postDue(opened.pair()));
    }

    /** Submits the caller's assessment of {@code phase}, once. */
    public AssessmentView submit(long pairId, Phase phase, List<RatingInput> ratings) {
        Access member = lockedMember(pairId);
        PairView pair = member.pair();
        Side side = member.side();
        List<StoredAssessment> existing = store.ofPair(pairId);
        if (find(existing, side, phase).isPresent()) {
            throw new RuleViolationException("pair.assessment.submitted",
                    "You have submitted this self-assessment already; correct it instead.", phase.name());
        }
        List<String> rated;
        if (phase == Phase.PRE) {
            if (pair.state().closed()) {
                throw new RuleViolationException("pair.assessment.closed",
                        "The pair is closed: the starting self-assessment can no longer be given.");
            }
            rated = items.current(pair, side);
            if (rated.isEmpty()) {
                throw new RuleViolationException("pair.assessment.noItems.rule",
                        "There is nothing to rate yet: add the skills you want to learn to your profile first.");
            }
        } else {
            rated = find(existing, side, Phase.PRE).map(StoredAssessment::items).orElseThrow(
                    () -> new RuleViolationException("pair.assessment.preFirst",
                            "Give your starting self-assessment before the closing one."));
        }
        List<RatingInput> checked = AssessmentRules.check(rated, ratings);
        try {
            store.insert(pairId, pair.member(side).participantId(), side, phase, clock.instant(), checked);
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("pair.assessment.submitted",
                    "You have submitted this self-assessment already; correct it instead.", phase.name());
        }
        audit.success("PAIR_ASSESSMENT_SUBMITTED", PairAccess.KIND, pairId, "side=" + side + " phase=" + phase);
        return views.of(member, store.ofPair(pairId), postDue(pair));
    }

    /** Corrects the caller's assessment of {@code phase}, read at {@code version}, on the same items. */
    public AssessmentView correct(long pairId, Phase phase, List<RatingInput> ratings, long version) {
        Access member = lockedMember(pairId);
        Side side = member.side();
        List<StoredAssessment> existing = store.ofPair(pairId);
        StoredAssessment own = find(existing, side, phase)
                .orElseThrow(() -> new NotFoundException(KIND, pairId + "/" + phase));
        if (find(existing, side == Side.MENTEE ? Side.MENTOR : Side.MENTEE, phase).isPresent()) {
            throw new RuleViolationException("pair.assessment.final",
                    "Your partner has given this self-assessment too, so both of yours stay as they were submitted.");
        }
        List<RatingInput> checked = AssessmentRules.check(own.items(), ratings);
        if (!store.replace(own.id(), version, clock.instant(), checked)) {
            throw new StaleEditException(KIND, pairId + "/" + phase);
        }
        audit.success("PAIR_ASSESSMENT_CORRECTED", PairAccess.KIND, pairId, "side=" + side + " phase=" + phase);
        return views.of(member, store.ofPair(pairId), postDue(member.pair()));
    }

    /** The caller as one of the pair's people, with the pair's row locked so both people's changes queue. */
    private Access lockedMember(long pairId) {
        Access member = access.requireMember(pairId);
        pairs.lock(pairId);
        return member;
    }

    boolean postDue(PairView pair) {
        if (pair.closing() != null || pair.state().closed()) {
            return true;
        }
        ProgramOutline outline = outlines.of(List.of(pair.programId())).get(pair.programId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return outline != null && outline.endDate() != null && outline.endDate().isBefore(today);
    }

    static Optional<StoredAssessment> find(List<StoredAssessment> assessments, Side side, Phase phase) {
        return assessments.stream().filter(a -> a.side() == side && a.phase() == phase).findFirst();
    }
}
