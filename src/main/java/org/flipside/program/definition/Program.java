package org.flipside.program.definition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.IncompleteProgramException;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.StateChange;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.RuleViolationException;

/**
 * A reverse-mentoring program and its lifecycle. It refuses edits once closed and moves only along the legal
 * transitions; the caller has already checked the draft against {@link ProgramRules}. {@link ProgramStore} saves it.
 */
class Program {

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
    private long version;
    private List<ObjectiveChoice> objectives = List.of();
    private List<String> focusTopics = List.of();

    private Program() {
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

    /** Rebuilds a saved program from its stored fields. */
    static Program restore(long id, long version, ProgramState state, ProgramDraft content, Long copiedFromId,
                           Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        Program program = new Program();
        program.id = id;
        program.version = version;
        program.state = state;
        program.templateCode = content.templateCode();
        program.copiedFromId = copiedFromId;
        program.createdAt = createdAt;
        program.createdBy = createdBy;
        program.apply(content, updatedBy, updatedAt);
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
        return new ProgramDraft(copyName, purpose, objectives, focusTopics, null, null, cadence, mentorCapacity,
                templateCode);
    }

    /** The program's fields as a draft, as they are now. */
    ProgramDraft content() {
        return new ProgramDraft(name, purpose, objectives, focusTopics, startDate, endDate, cadence, mentorCapacity,
                templateCode);
    }

    void requireEditable() {
        if (!state.editable()) {
            throw new RuleViolationException("program.closed",
                    "Program '" + name + "' is closed and can no longer be changed.", name);
        }
    }

    ProgramView view(List<StateChange> history) {
        return new ProgramView(id, name, purpose, objectives, focusTopics, startDate, endDate, cadence, mentorCapacity,
                state, templateCode, copiedFromId, createdAt, createdBy, updatedAt, updatedBy, version, history);
    }

    /** Called by the store once the program is saved. */
    void saved(long newId, long newVersion) {
        id = newId;
        version = newVersion;
    }

    private void apply(ProgramDraft draft, String actor, Instant now) {
        name = draft.name();
        purpose = draft.purpose();
        objectives = List.copyOf(draft.objectives());
        focusTopics = List.copyOf(draft.focusTopics());
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

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    ProgramState state() {
        return state;
    }

    long version() {
        return version;
    }
}
