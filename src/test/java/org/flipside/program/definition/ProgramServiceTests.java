package org.flipside.program.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flipside.program.Cadence;
import org.flipside.program.IncompleteProgramException;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramQuery;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramStateChanged;
import org.flipside.program.ProgramSummary;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.StateChange;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The service against a real database, called the way a background job calls it: from a plain thread with a
 * security context, no web request.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:program-service;DB_CLOSE_DELAY=-1", "flipside.demo=false"})
@RecordApplicationEvents
class ProgramServiceTests {

    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private String tag;

    @BeforeEach
    void signInAsManager() {
        actAs(ProgramTestUsers.manager());
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProgramDraft draft(String name) {
        return new ProgramDraft(name + " " + tag, "Leaders learn digital tools from juniors.",
                List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY), ObjectiveChoice.custom("Use one AI tool weekly")),
                List.of("AI assistants", "Dashboards"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30),
                Cadence.FORTNIGHTLY, 2, "digital-leaders");
    }

    private List<Map<String, Object>> audit(ProgramView program) {
        return jdbc.sql("select actor, action, details from audit_entry where target_type = 'Program' and target_id = :id order by id")
                .param("id", String.valueOf(program.id())).query().listOfRows();
    }

    @Test
    void createStoresEveryFieldStartsTheHistoryAndAudits() {
        ProgramView created = programs.create(draft("  Digital fluency"));

        ProgramView read = programs.get(created.id());
        assertThat(read.name()).isEqualTo("Digital fluency " + tag);
        assertThat(read.objectives()).containsExactly(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY),
                ObjectiveChoice.custom("Use one AI tool weekly"));
        assertThat(read.focusTopics()).containsExactly("AI assistants", "Dashboards");
        assertThat(read.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(read.endDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(read.cadence()).isEqualTo(Cadence.FORTNIGHTLY);
        assertThat(read.mentorCapacity()).isEqualTo(2);
        assertThat(read.state()).isEqualTo(ProgramState.DRAFT);
        assertThat(read.templateCode()).isEqualTo("digital-leaders");
        assertThat(read.copiedFromId()).as("a program that was not copied has no source").isNull();
        assertThat(read.createdBy()).isEqualTo("pm.anna");
        assertThat(read.version()).isZero();
        assertThat(read.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(ProgramState.DRAFT);
            assertThat(change.by()).isEqualTo("pm.anna");
        });
        assertThat(audit(created)).extracting(row -> row.get("action")).containsExactly("PROGRAM_CREATED");
        assertThat(audit(created).get(0).get("actor")).isEqualTo("pm.anna");
    }

    @Test
    void theCreatorManagesTheProgramAndAnotherManagerDoesNot() {
        ProgramView created = programs.create(draft("Owned"));

        assertThat(programs.managedByCurrentUser(created.id())).isTrue();
        assertThat(programs.managers(created.id())).containsExactly("pm.anna");
        ProgramView copy = programs.copy(created.id());

        actAs(ProgramTestUsers.signedIn("pm.other", org.flipside.identity.Role.PROGRAM_MANAGER));
        assertThat(programs.managedByCurrentUser(created.id())).isFalse();
        assertThat(programs.managedByCurrentUser(copy.id())).as("a copy is managed by whoever copied it").isFalse();
        actAs(ProgramTestUsers.sponsor());
        assertThat(programs.managedByCurrentUser(created.id())).isFalse();
    }

    @Test
    void invalidInputChangesNothingAndReportsEveryField() {
        long before = jdbc.sql("select count(*) from program").query(Long.class).single();
        ProgramDraft bad = new ProgramDraft("", "", List.of(), List.of(), null, null, null, 0, "nope");

        assertThatThrownBy(() -> programs.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("name", "purpose", "cadence", "mentorCapacity", "templateCode"));
        assertThat(jdbc.sql("select count(*) from program").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void updateReplacesFieldsBumpsTheVersionAndAudits() {
        ProgramView created = programs.create(draft("Original"));
        ProgramDraft changed = new ProgramDraft("Renamed " + tag, "New purpose",
                List.of(ObjectiveChoice.of(Objective.INNOVATION)), List.of("Start-ups"), null, null, Cadence.MONTHLY, 4, null);

        ProgramView updated = programs.update(created.id(), changed, created.version());

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        ProgramView read = programs.get(created.id());
        assertThat(read.name()).isEqualTo("Renamed " + tag);
        assertThat(read.objectives()).containsExactly(ObjectiveChoice.of(Objective.INNOVATION));
        assertThat(read.focusTopics()).containsExactly("Start-ups");
        assertThat(read.startDate()).isNull();
        assertThat(read.mentorCapacity()).isEqualTo(4);
        assertThat(read.templateCode()).isEqualTo("digital-leaders");
        assertThat(audit(created)).extracting(row -> row.get("action")).containsExactly("PROGRAM_CREATED", "PROGRAM_UPDATED");
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedAndTheNewerSaveIsKept() {
        ProgramView created = programs.create(draft("Shared"));
        ProgramDraft first = new ProgramDraft("First editor " + tag, "p", List.of(), List.of(), null, null, Cadence.WEEKLY, 1, null);
        ProgramDraft second = new ProgramDraft("Second editor " + tag, "p", List.of(), List.of(), null, null, Cadence.WEEKLY, 1, null);
        programs.update(created.id(), first, created.version());

        assertThatThrownBy(() -> programs.update(created.id(), second, created.version()))
                .isInstanceOf(StaleEditException.class);
        assertThat(programs.get(created.id()).name()).isEqualTo("First editor " + tag);
        assertThatThrownBy(() -> programs.transition(created.id(), ProgramState.ENROLLING, created.version()))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void transitionsAreRecordedAuditedAndAnnounced() {
        ProgramView program = programs.create(draft("Lifecycle"));

        program = programs.transition(program.id(), ProgramState.ENROLLING, program.version());
        program = programs.transition(program.id(), ProgramState.MATCHING, program.version());
        program = programs.transition(program.id(), ProgramState.ENROLLING, program.version());

        ProgramView read = programs.get(program.id());
        assertThat(read.state()).isEqualTo(ProgramState.ENROLLING);
        assertThat(read.history()).extracting(StateChange::from, StateChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, ProgramState.DRAFT),
                org.assertj.core.groups.Tuple.tuple(ProgramState.DRAFT, ProgramState.ENROLLING),
                org.assertj.core.groups.Tuple.tuple(ProgramState.ENROLLING, ProgramState.MATCHING),
                org.assertj.core.groups.Tuple.tuple(ProgramState.MATCHING, ProgramState.ENROLLING));
        assertThat(read.history()).allSatisfy(change -> assertThat(change.by()).isEqualTo("pm.anna"));
        long id = program.id();
        assertThat(events.stream(ProgramStateChanged.class).filter(event -> event.programId() == id))
                .extracting(ProgramStateChanged::from, ProgramStateChanged::to).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProgramState.DRAFT, ProgramState.ENROLLING),
                        org.assertj.core.groups.Tuple.tuple(ProgramState.ENROLLING, ProgramState.MATCHING),
                        org.assertj.core.groups.Tuple.tuple(ProgramState.MATCHING, ProgramState.ENROLLING));
        assertThat(audit(program)).filteredOn(row -> "PROGRAM_TRANSITIONED".equals(row.get("action")))
                .extracting(row -> row.get("details"))
                .containsExactly("from=DRAFT to=ENROLLING", "from=ENROLLING to=MATCHING", "from=MATCHING to=ENROLLING");
    }

    @Test
    void anIllegalTransitionChangesNothing() {
        ProgramView program = programs.create(draft("Illegal"));

        assertThatThrownBy(() -> programs.transition(program.id(), ProgramState.RUNNING, program.version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("DRAFT").contains("RUNNING"));
        assertThat(programs.get(program.id()).state()).isEqualTo(ProgramState.DRAFT);
        assertThat(programs.get(program.id()).history()).hasSize(1);
    }

    @Test
    void anIncompleteDraftCannotOpenEnrolment() {
        ProgramView program = programs.create(new ProgramDraft("Bare " + tag, "p", List.of(), List.of(), null, null,
                Cadence.WEEKLY, 1, null));

        assertThatThrownBy(() -> programs.transition(program.id(), ProgramState.ENROLLING, program.version()))
                .isInstanceOfSatisfying(IncompleteProgramException.class,
                        e -> assertThat(e.missing()).hasSize(3));
    }

    @Test
    void aProgramThatLeftDraftKeepsItsDatesAndObjectives() {
        ProgramView program = programs.create(draft("Enrolling"));
        ProgramView enrolling = programs.transition(program.id(), ProgramState.ENROLLING, program.version());
        ProgramDraft stripped = new ProgramDraft(enrolling.name(), enrolling.purpose(), List.of(), List.of(), null, null,
                Cadence.WEEKLY, 1, null);

        assertThatThrownBy(() -> programs.update(program.id(), stripped, enrolling.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("startDate", "endDate", "objectives"));
    }

    @Test
    void aClosedProgramIsReadOnly() {
        ProgramView program = programs.create(draft("Closing"));
        for (ProgramState next : List.of(ProgramState.ENROLLING, ProgramState.MATCHING, ProgramState.RUNNING, ProgramState.CLOSED)) {
            program = programs.transition(program.id(), next, program.version());
        }
        long id = program.id();
        long version = program.version();

        assertThatThrownBy(() -> programs.update(id, draft("Changed"), version))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("program.closed"));
        assertThat(programs.get(id).name()).isEqualTo("Closing " + tag);
    }

    @Test
    void aCopyIsANewDraftWithTheSameIntentAndNoDates() {
        ProgramView source = programs.create(draft("Spring cohort"));
        source = programs.transition(source.id(), ProgramState.ENROLLING, source.version());

        ProgramView copy = programs.copy(source.id());

        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.name()).isEqualTo("Spring cohort " + tag + " (copy)");
        assertThat(copy.state()).isEqualTo(ProgramState.DRAFT);
        assertThat(copy.copiedFromId()).isEqualTo(source.id());
        assertThat(copy.purpose()).isEqualTo(source.purpose());
        assertThat(copy.objectives()).isEqualTo(source.objectives());
        assertThat(copy.focusTopics()).isEqualTo(source.focusTopics());
        assertThat(copy.cadence()).isEqualTo(source.cadence());
        assertThat(copy.mentorCapacity()).isEqualTo(source.mentorCapacity());
        assertThat(copy.startDate()).isNull();
        assertThat(copy.endDate()).isNull();
        assertThat(audit(copy)).extracting(row -> row.get("action"), row -> row.get("details"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PROGRAM_COPIED", "from=" + source.id()));
    }

    @Test
    void aCopyOfALongNameStillFitsTheLimit() {
        ProgramView source = programs.create(new ProgramDraft("x".repeat(200), "p", List.of(), List.of(), null, null,
                Cadence.WEEKLY, 1, null));

        ProgramView copy = programs.copy(source.id());

        assertThat(copy.name()).hasSize(200).endsWith(" (copy)");
    }

    @Test
    void employeesDoNotSeeDraftsButSeeAnnouncedPrograms() {
        ProgramView draft = programs.create(draft("Hidden draft"));
        ProgramView open = programs.create(draft("Open program"));
        ProgramView enrolling = programs.transition(open.id(), ProgramState.ENROLLING, open.version());

        actAs(ProgramTestUsers.employee());

        assertThatThrownBy(() -> programs.get(draft.id())).isInstanceOf(NotFoundException.class);
        assertThat(programs.get(enrolling.id()).state()).isEqualTo(ProgramState.ENROLLING);
        assertThat(programs.list(new ProgramQuery(null, tag, 0, 50)).items())
                .extracting(ProgramSummary::id).containsExactly(enrolling.id());
        assertThat(programs.list(new ProgramQuery(ProgramState.DRAFT, tag, 0, 50)).items()).isEmpty();

        actAs(ProgramTestUsers.sponsor());
        assertThat(programs.get(draft.id()).state()).isEqualTo(ProgramState.DRAFT);
    }

    @Test
    void onlyProgramManagersChangePrograms() {
        ProgramView program = programs.create(draft("Guarded"));

        actAs(ProgramTestUsers.sponsor());
        assertThatThrownBy(() -> programs.create(draft("Sneaky"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.copy(program.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.transition(program.id(), ProgramState.ENROLLING, program.version()))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> programs.update(program.id(), draft("Anonymous"), program.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.get(program.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListFiltersByStateAndTextAndPages() {
        for (int i = 1; i <= 5; i++) {
            programs.create(draft("Paged " + i));
        }
        ProgramView other = programs.create(draft("Other"));
        programs.transition(other.id(), ProgramState.ENROLLING, other.version());

        var firstPage = programs.list(new ProgramQuery(ProgramState.DRAFT, " " + tag.toUpperCase() + " ", 0, 2));
        var lastPage = programs.list(new ProgramQuery(ProgramState.DRAFT, tag, 2, 2));

        assertThat(firstPage.totalItems()).isEqualTo(5);
        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.totalPages()).isEqualTo(3);
        assertThat(lastPage.items()).hasSize(1);
        assertThat(programs.list(new ProgramQuery(ProgramState.ENROLLING, tag, 0, 10)).items())
                .extracting(ProgramSummary::name).containsExactly("Other " + tag);
        assertThat(programs.list(new ProgramQuery(null, "%" + tag, 0, 10)).totalItems())
                .as("wildcards in the search are plain characters").isZero();
    }

    @Test
    void templatesAreOfferedWithTheirTexts() {
        assertThat(programs.templates()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(template -> assertThat(template.name()).isNotBlank().doesNotStartWith("template."));
    }
}
