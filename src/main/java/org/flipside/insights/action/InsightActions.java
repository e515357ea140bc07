package org.flipside.insights.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.audit.AuditLog;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions taken on insights, from acceptance until DONE. The owner posts status updates and may move the due date with
 * a reason; the program's managers and the authors of the insights accepted or merged into the action read it.
 * Everyone else — administrators included — is told it does not exist.
 */
@Service
@Transactional
public class InsightActions {

    static final String KIND = "InsightAction";

    private final ActionStore store;
    private final CurrentEmployee currentEmployee;
    private final Programs programs;
    private final ProgramOutlines outlines;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    InsightActions(ActionStore store, CurrentEmployee currentEmployee, Programs programs, ProgramOutlines outlines,
                   Directory directory, AuditLog audit, Clock clock) {
        this.store = store;
        this.currentEmployee = currentEmployee;
        this.programs = programs;
        this.outlines = outlines;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ActionView get(long actionId) {
        StoredAction action = store.find(actionId).orElseThrow(() -> notFound(actionId));
        String me = me();
        boolean mine = action.ownerNumber().equals(me);
        if (!mine && !programs.managedByCurrentUser(action.programId())
                && (me == null || !store.answersInsightOf(actionId, me))) {
            throw notFound(actionId);
        }
        return view(action, mine);
    }

    /** A status update by the owner: forward only (or a note at the same status); DONE needs the outcome. */
    public ActionView update(long actionId, StatusUpdate update) {
        StoredAction action = owned(actionId);
        ActionRules.Checked checked = ActionRules.check(update, action.status());
        if (!store.update(actionId, checked.version(), checked.status(), checked.outcome(), clock.instant())) {
            throw new StaleEditException(KIND, actionId);
        }
        String note = checked.status() == ActionStatus.DONE ? checked.outcome() : checked.note();
        store.history(actionId, "STATUS", checked.status(), note, null, action.dueOn(), action.ownerNumber(),
                clock.instant());
        audit.success("INSIGHT_ACTION_" + checked.status().name(), KIND, actionId, "");
        return get(actionId);
    }

    /** The owner moves the due date to a later or earlier day after today, saying why. */
    public ActionView moveDue(long actionId, DueDateMove move) {
        StoredAction action = owned(actionId);
        ActionRules.Move checked = ActionRules.check(move, action.dueOn(), LocalDate.now(clock));
        if (!store.moveDue(actionId, checked.version(), checked.dueOn())) {
            throw new StaleEditException(KIND, actionId);
        }
        store.history(actionId, "DUE_DATE", action.status(), checked.reason(), action.dueOn(), checked.dueOn(),
                action.ownerNumber(), clock.instant());
        audit.success("INSIGHT_ACTION_DUE_MOVED", KIND, actionId, "dueOn=" + checked.dueOn());
        return get(actionId);
    }

    /**
     * Status, due date and outcome of these actions, for lists of insights the caller was already allowed to read
     * (this method does not authorise on its own).
     */
    @Transactional(readOnly = true)
    public Map<Long, ActionSummary> summaries(Collection<Long> actionIds) {
        return store.byIds(new HashSet<>(actionIds)).stream().collect(Collectors.toMap(StoredAction::id,
                a -> new ActionSummary(a.id(), a.status(), a.dueOn(), a.outcome())));
    }

    private StoredAction owned(long actionId) {
        StoredAction action = store.find(actionId).orElseThrow(() -> notFound(actionId));
        if (!action.ownerNumber().equals(me())) {
            get(actionId); // 404 for anyone who may not even read it
            throw new RuleViolationException("insight.action.ownerOnly", "Only the action's owner changes it.");
        }
        if (action.status() == ActionStatus.DONE) {
            throw new RuleViolationException("insight.action.done", "This action is done: it changes no more.");
        }
        return action;
    }

    private ActionView view(StoredAction a, boolean mine) {
        List<ActionStore.HistoryRow> rows = store.history(a.id());
        Set<String> numbers = new HashSet<>(rows.stream().map(ActionStore.HistoryRow::byNumber).toList());
        numbers.add(a.ownerNumber());
        Map<String, String> names = directory.byNumbers(numbers).values().stream()
                .collect(Collectors.toMap(Employee::employeeNumber, Employee::fullName));
        List<ActionUpdate> history = new ArrayList<>();
        for (ActionStore.HistoryRow r : rows) {
            history.add(new ActionUpdate(r.kind(), r.status(), r.note(), r.previousDueOn(), r.dueOn(),
                    names.get(r.byNumber()), r.at()));
        }
        String programName = Optional.ofNullable(outlines.of(List.of(a.programId())).get(a.programId()))
                .map(ProgramOutline::name).orElse(null);
        boolean overdue = a.status() != ActionStatus.DONE && a.dueOn().isBefore(LocalDate.now(clock));
        return new ActionView(a.id(), a.programId(), programName, a.ownerNumber(), names.get(a.ownerNumber()),
                a.dueOn(), a.expectedOutcome(), a.status(), a.outcome(), a.doneAt(), a.createdAt(), a.version(),
                mine, overdue, store.insights(a.id()), history);
    }

    private String me() {
        return currentEmployee.get().map(Employee::employeeNumber).orElse(null);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(KIND, id);
    }
}
