package org.flipside.insights.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flipside.audit.AuditLog;
import org.flipside.people.Employee;
import org.flipside.program.CurrentEmployee;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named owner's one response to an insight proposed to them. Anyone else — the pair, its managers, other
 * owners — is told the insight does not exist. Two responses at once: the conditional update on the version lets one
 * win and the other gets {@link StaleEditException}; any action the loser created is rolled back with its transaction.
 */
@Service
@Transactional
public class InsightResponses {

    static final int TEXT_MAX = 1000;

    private final InsightStore insights;
    private final ResponseStore store;
    private final CurrentEmployee currentEmployee;
    private final AuditLog audit;
    private final Clock clock;

    InsightResponses(InsightStore insights, ResponseStore store, CurrentEmployee currentEmployee, AuditLog audit,
                     Clock clock) {
        this.insights = insights;
        this.store = store;
        this.currentEmployee = currentEmployee;
        this.audit = audit;
        this.clock = clock;
    }

    /** The insight's response as stored: {@code actionId} is the new or merged action. */
    public StoredResponse respond(long insightId, ResponseDraft draft) {
        String me = currentEmployee.get().map(Employee::employeeNumber).orElse(null);
        StoredInsight insight = insights.find(insightId)
                .filter(i -> i.proposedAt() != null && i.ownerNumber().equals(me))
                .orElseThrow(() -> new NotFoundException(InsightLedger.KIND, insightId));
        ResponseDraft d = draft == null ? new ResponseDraft(null, null, null, null, null, null) : draft;
        List<FieldProblem> problems = new ArrayList<>();
        if (d.version() == null) {
            problems.add(FieldProblem.of("version", "insight.response.version.required",
                    "Send the version of the insight you read."));
        }
        if (d.decision() == null) {
            problems.add(FieldProblem.of("decision", "insight.response.decision.required",
                    "Choose ACCEPTED, DECLINED or MERGED."));
            throw new InvalidInputException(problems);
        }
        String reason = null;
        Long actionId = null;
        LocalDate dueOn = d.dueOn();
        String outcome = null;
        switch (d.decision()) {
            case ACCEPTED -> {
                if (dueOn == null || !dueOn.isAfter(LocalDate.now(clock))) {
                    problems.add(FieldProblem.of("dueOn", "insight.response.dueOn.future",
                            "Choose a due date after today."));
                }
                outcome = text(problems, "expectedOutcome", d.expectedOutcome());
            }
            case DECLINED -> reason = text(problems, "reason", d.reason());
            case MERGED -> {
                actionId = d.actionId();
                if (actionId == null || store.actionProgram(actionId).filter(p -> p == insight.programId()).isEmpty()) {
                    problems.add(FieldProblem.of("actionId", "insight.response.action.unknown",
                            "Choose an existing action of the same program."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (d.decision() == Response.ACCEPTED) {
            actionId = store.insertAction(insight.programId(), insightId, me, dueOn, outcome, clock.instant());
        }
        if (!store.respond(insightId, d.version(), d.decision(), reason, actionId, clock.instant())) {
            throw new StaleEditException(InsightLedger.KIND, insightId);
        }
        audit.success("INSIGHT_" + d.decision().name(), InsightLedger.KIND, insightId,
                actionId == null ? "" : "action=" + actionId);
        return new StoredResponse(insightId, d.decision(), reason, actionId, d.version() + 1);
    }

    private static String text(List<FieldProblem> problems, String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "insight.response." + field + ".required", "This is required."));
        } else if (text.length() > TEXT_MAX) {
            problems.add(FieldProblem.of(field, "insight.response." + field + ".length",
                    "Too long: at most 1000 characters.", TEXT_MAX, text.length()));
        }
        return text;
    }
}
