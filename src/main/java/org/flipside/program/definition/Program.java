package org.flipside.program.definition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.IncompleteProgramException;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.StateChange;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A reverse-mentoring program and its lifecycle. It refuses edits once closed and moves only along the legal
 * transitions; the caller has already checked the draft against {@link ProgramRules}.
 */
class Program {

    @Id
    private Long id;
    private String name;
    private String purpose;
    private LocalDate startDate;
    private LocalDate endDate;
    private Cadence cadence;
    private int mentorCapacity;
    private ProgramState state;
    private String templateCode;
    private Long copiedFromId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;
    @MappedCollection(idColumn = "program_id", keyColumn = "position")
    private List<ProgramObjective> objectives = new ArrayList<>();
    @MappedCollection(idColumn = "program_id", keyColumn = "position")
    private List<FocusTopic> focusTopics = new ArrayList<>();

    Program() {
    }

    static Program draft(ProgramDraft draft, Long copiedFromId, String actor, Instant now) {
        Program program = new Program();
        program.state = ProgramState.DRAFT;
        program.templateCode = draft.templateCode();
        program.copiedFromId = copiedFromId;
        program.createdAt = now;
        program.createdBy = actor;
        program.apply(draft, actor, now);
        return program;
    }

    void edit(ProgramDraft draft, String actor, Instant now) {
        requireEditable();
        apply(draft, actor, now);
    }

    /** Moves to {@code target} and answers the state it left. */
    ProgramState moveTo(ProgramState target, String actor, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new RuleViolationException("program.transition.illegal",
                    "A program cannot move from " + state + " to " + target + ".", state, target);
        }
        if (state == ProgramState.DRAFT) {
            List<FieldProblem> missing = ProgramRules.missingToLeaveDraft(startDate, endDate, objectives.size());
            if (!missing.isEmpty()) {
                throw new IncompleteProgramException(missing);
            }
        }
        ProgramState from = state;
        state = target;
        touch(actor, now);
        return from;
    }

    /** The content a copy starts from: same intent, new name, no dates (a copy runs at another time). */
    ProgramDraft copyDraft(String copyName) {
        ProgramDraft content = content();
        return new ProgramDraft(copyName, content.purpose(), content.objectives(), content.focusTopics(), null, null,
                content.cadence(), content.mentorCapacity(), content.templateCode());
    }

    /** The program's fields as a draft, as they are now. */
    ProgramDraft content() {
        return new ProgramDraft(name, purpose, objectives.stream().map(ProgramObjective::choice).toList(),
                focusTopics.stream().map(FocusTopic::topic).toList(), startDate, endDate, cadence, mentorCapacity,
                templateCode);
    }

    void requireEditable() {
        if (!state.editable()) {
            throw new RuleViolationException("program.closed",
                    "Program '" + name + "' is closed and can no longer be changed.", name);
        }
    }

    ProgramView view(List<StateChange> history) {
        return new ProgramView(id, name, purpose, objectives.stream().map(ProgramObjective::choice).toList(),
                focusTopics.stream().map(FocusTopic::topic).toList(), startDate, endDate, cadence, mentorCapacity,
                state, templateCode, copiedFromId, createdAt, createdBy, updatedAt, updatedBy,
                version == null ? 0 : version, history);
    }

    private void apply(ProgramDraft draft, String actor, Instant now) {
        name = draft.name();
        purpose = draft.purpose();
        objectives = new ArrayList<>(draft.objectives().stream().map(ProgramObjective::from).toList());
        focusTopics = new ArrayList<>(draft.focusTopics().stream().map(FocusTopic::new).toList());
        startDate = draft.startDate();
        endDate = draft.endDate();
        cadence = draft.cadence();
        mentorCapacity = draft.mentorCapacity();
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Long copiedFromId() {
        return copiedFromId;
    }

    String updatedBy() {
        return updatedBy;
    }

    ProgramState state() {
        return state;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
