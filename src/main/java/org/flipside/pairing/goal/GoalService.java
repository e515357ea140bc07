package org.flipside.pairing.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairView;
import org.flipside.pairing.goal.GoalStore.GoalRow;
import org.flipside.pairing.goal.GoalStore.KeyResultRow;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.pair.PairRow;
import org.flipside.pairing.pair.PairStore;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals on both sides of a pair: the mentee's learning goals and the mentor's growth goals, each with measurable key
 * results. Each person writes, changes, archives and records progress on their own side's goals only; the partner and
 * the program's managers read them. A side has at most {@value #MAX_GOALS_PER_SIDE} goals that are not archived;
 * archived goals are kept. Nothing changes once the pair is closed.
 */
@Service
@Transactional(readOnly = true)
public class GoalService {

    public static final int MAX_GOALS_PER_SIDE = 5;
    static final String KIND = "Goal";

    private final PairAccess access;
    private final PairStore pairs;
    private final GoalStore store;
    private final GoalViews views;
    private final Programs programs;
    private final AuditLog audit;
    private final Clock clock;

    GoalService(PairAccess access, PairStore pairs, GoalStore store, GoalViews views, Programs programs,
                AuditLog audit, Clock clock) {
        this.access = access;
        this.pairs = pairs;
        this.store = store;
        this.views = views;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Both sides' goals, archived ones included (a manager's read is audited as opening the workspace). */
    @Transactional
    public List<GoalView> list(long pairId) {
        return views.of(access.open(pairId).pair());
    }

    /** Both sides' goals of a pair whose access the caller already decided (a workspace page opened it). */
    public List<GoalView> of(PairView pair) {
        return views.of(pair);
    }

    /** One goal of the pair, for the pair's people and managers. */
    public GoalView get(long pairId, long goalId) {
        PairView pair = access.require(pairId).pair();
        return views.of(pair).stream().filter(g -> g.id() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException(KIND, goalId));
    }

    /** The objectives of the pair's program, in their order: a mentee's goal names one by its position from 1. */
    public List<ObjectiveChoice> objectives(PairView pair) {
        return programs.get(pair.programId()).objectives();
    }

    @Transactional
    public GoalView create(long pairId, GoalDraft proposed) {
        Access member = member(pairId);
        GoalDraft draft = valid(member, proposed);
        lockOpen(pairId);
        if (store.activeGoals(pairId, member.side()) >= MAX_GOALS_PER_SIDE) {
            throw new RuleViolationException("goal.limit", "You have " + MAX_GOALS_PER_SIDE + " goals already: "
                    + "archive one before adding another.", MAX_GOALS_PER_SIDE);
        }
        Instant now = clock.instant();
        long id = store.insertGoal(pairId, member.side(), draft, now, username());
        for (int i = 0; i < draft.keyResults().size(); i++) {
            store.insertKeyResult(id, i, draft.keyResults().get(i));
        }
        audit.success("PAIR_GOAL_CREATED", KIND, id, "pair=" + pairId);
        return get(pairId, id);
    }

    /**
     * Changes a goal and its key results. Key results are matched by id: new ones are added, changed ones keep their
     * history, and one left out is removed — unless progress was recorded on it, which is never thrown away.
     */
    @Transactional
    public GoalView update(long pairId, long goalId, GoalDraft proposed, long expectedVersion) {
        Access member = member(pairId);
        GoalRow goal = own(member, goalId);
        GoalDraft draft = valid(member, proposed);
        lockOpen(pairId);
        if (goal.version() != expectedVersion) {
            throw new StaleEditException(KIND, goalId);
        }
        List<KeyResultRow> existing = store.keyResults(List.of(goalId)).getOrDefault(goalId, List.of());
        Map<Long, List<GoalStore.UpdateRow>> updates =
                store.updates(existing.stream().map(KeyResultRow::id).toList());
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < draft.keyResults().size(); i++) {
            Long id = draft.keyResults().get(i).id();
            if (id != null && existing.stream().noneMatch(kr -> kr.id() == id)) {
                problems.add(FieldProblem.of("keyResults[" + i + "].id", "goal.field.keyResult.unknown",
                        "This key result is not one of the goal's."));
            } else if (id != null && !kept.add(id)) {
                problems.add(FieldProblem.of("keyResults[" + i + "].id", "goal.field.keyResult.twice",
                        "This key result is listed twice."));
            }
        }
        existing.stream().filter(kr -> !kept.contains(kr.id()) && updates.containsKey(kr.id()))
                .forEach(kr -> problems.add(FieldProblem.of("keyResults", "goal.field.keyResult.hasUpdates",
                        "\"" + kr.description() + "\" has recorded progress and stays; archive the goal instead.",
                        kr.description())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (goal.archivedAt() != null) {
            throw archived();
        }
        if (!store.updateGoal(goalId, draft, expectedVersion, clock.instant(), username())) {
            throw new StaleEditException(KIND, goalId);
        }
        existing.stream().filter(kr -> !kept.contains(kr.id())).forEach(kr -> store.deleteKeyResult(kr.id()));
        for (int i = 0; i < draft.keyResults().size(); i++) {
            KeyResultDraft kr = draft.keyResults().get(i);
            if (kr.id() == null) {
                store.insertKeyResult(goalId, i, kr);
            } else {
                store.updateKeyResult(kr.id(), i, kr);
            }
        }
        audit.success("PAIR_GOAL_CHANGED", KIND, goalId, "pair=" + pairId);
        return get(pairId, goalId);
    }

    /** Archives the goal: it stays with its history, no longer counts against the limit and no longer changes. */
    @Transactional
    public GoalView archive(long pairId, long goalId, Long expectedVersion) {
        Access member = member(pairId);
        GoalRow goal = own(member, goalId);
        lockOpen(pairId);
        if (goal.archivedAt() != null) {
            return get(pairId, goalId);
        }
        if (!store.archive(goalId, expectedVersion, clock.instant(), username())) {
            throw new StaleEditException(KIND, goalId);
        }
        audit.success("PAIR_GOAL_ARCHIVED", KIND, goalId, "pair=" + pairId);
        return get(pairId, goalId);
    }

    /** Records where a key result stands now; its progress and the goal's follow from it. */
    @Transactional
    public GoalView record(long pairId, long goalId, long keyResultId, BigDecimal value, String comment) {
        Access member = member(pairId);
        GoalRow goal = own(member, goalId);
        boolean ofGoal = store.keyResults(List.of(goalId)).getOrDefault(goalId, List.of()).stream()
                .anyMatch(kr -> kr.id() == keyResultId);
        if (!ofGoal) {
            throw new NotFoundException("KeyResult", keyResultId);
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        List<FieldProblem> problems = new ArrayList<>();
        GoalDraft.amount(problems, "value", value);
        if (note != null && note.length() > 500) {
            problems.add(FieldProblem.of("comment", "goal.field.tooLong", "Keep it to 500 characters.", 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        lockOpen(pairId);
        if (goal.archivedAt() != null) {
            throw archived();
        }
        store.insertUpdate(keyResultId, value, note, clock.instant(), username(), member.side());
        audit.success("PAIR_KEY_RESULT_UPDATED", KIND, goalId, "keyResult=" + keyResultId);
        return get(pairId, goalId);
    }

    private GoalDraft valid(Access member, GoalDraft proposed) {
        GoalDraft draft = proposed.normalised();
        List<FieldProblem> problems = draft.problems(member.side(), objectives(member.pair()).size());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return draft;
    }

    private Access member(long pairId) {
        Access found = access.require(pairId);
        if (!found.member()) {
            throw new AccessDeniedException("A program manager reads a pair's goals; only its two people write them.");
        }
        return found;
    }

    /** The goal, if it is the caller's own side's; the partner's goals are theirs to change. */
    private GoalRow own(Access member, long goalId) {
        GoalRow goal = store.goal(member.pair().id(), goalId).orElseThrow(() -> new NotFoundException(KIND, goalId));
        if (goal.side() != member.side()) {
            throw new AccessDeniedException("Each person changes only their own goals.");
        }
        return goal;
    }

    private void lockOpen(long pairId) {
        PairRow row = pairs.lock(pairId).orElseThrow(() -> new NotFoundException(PairAccess.KIND, pairId));
        if (row.state().closed()) {
            throw new RuleViolationException("goal.closed", "The pair is closed: its goals are kept as they were.");
        }
    }

    private static RuleViolationException archived() {
        return new RuleViolationException("goal.archived.rule", "This goal is archived: it is kept as it was.");
    }

    private static String username() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
