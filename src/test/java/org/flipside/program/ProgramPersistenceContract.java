package org.flipside.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flipside.identity.Role;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.PageOf;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Programs survive the round trip through the database with every field, keep their history in order, refuse stale
 * and concurrent edits, and are listed, filtered and paged the same way on every database.
 */
abstract class ProgramPersistenceContract {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    @Autowired
    Programs programs;
    @Autowired
    TestClock clock;

    /** Unique per test; every program name contains it, so list queries only see this test's programs. */
    private String tag;
    private Authentication manager;

    @BeforeEach
    void signInAsManager() {
        tag = Unique.username("prog");
        manager = ProgramTestUsers.signedIn(Unique.username("pm"), Role.PROGRAM_MANAGER);
        actAs(manager);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createKeepsEveryFieldAndReadsBackEqual() {
        ProgramDraft draft = new ProgramDraft("Digital fluency " + tag, "Leaders learn digital tools from juniors.",
                List.of(ObjectiveChoice.custom("Use one AI tool every week"), ObjectiveChoice.of(Objective.INNOVATION),
                        ObjectiveChoice.of(Objective.DIGITAL_FLUENCY), ObjectiveChoice.custom("Ship one experiment")),
                List.of("Zettelkasten", "AI assistants", "Messaging apps", "Dashboards"), START, END,
                Cadence.FORTNIGHTLY, 3, "digital-leaders");
        Instant before = clock.instant();

        ProgramView created = programs.create(draft);
        ProgramView read = programs.get(created.id());

        assertThat(read).isEqualTo(created);
        assertThat(read.name()).isEqualTo("Digital fluency " + tag);
        assertThat(read.purpose()).isEqualTo("Leaders learn digital tools from juniors.");
        assertThat(read.objectives()).containsExactly(ObjectiveChoice.custom("Use one AI tool every week"),
                ObjectiveChoice.of(Objective.INNOVATION), ObjectiveChoice.of(Objective.DIGITAL_FLUENCY),
                ObjectiveChoice.custom("Ship one experiment"));
        assertThat(read.focusTopics()).as("focus topics keep the order they were entered in")
                .containsExactly("Zettelkasten", "AI assistants", "Messaging apps", "Dashboards");
        assertThat(read.startDate()).isEqualTo(START);
        assertThat(read.endDate()).isEqualTo(END);
        assertThat(read.cadence()).isEqualTo(Cadence.FORTNIGHTLY);
        assertThat(read.mentorCapacity()).isEqualTo(3);
        assertThat(read.templateCode()).isEqualTo("digital-leaders");
        assertThat(read.state()).isEqualTo(ProgramState.DRAFT);
        assertThat(read.copiedFromId()).as("a program that was not copied has no source").isNull();
        assertThat(read.createdBy()).isEqualTo(manager.getName());
        assertThat(read.updatedBy()).isEqualTo(manager.getName());
        assertThat(read.createdAt()).isEqualTo(read.updatedAt()).isBetween(before.minusMillis(1), clock.instant());
        assertThat(read.version()).isZero();
        assertThat(read.history()).containsExactly(new StateChange(null, ProgramState.DRAFT, read.createdAt(), manager.getName()));
    }

    @Test
    void updateReplacesObjectivesAndTopicsAndBumpsTheVersion() {
        ProgramView created = programs.create(draft("Replace"));
        clock.advance(Duration.ofMinutes(5));
        ProgramDraft changed = new ProgramDraft("Replaced " + tag, "A new purpose",
                List.of(ObjectiveChoice.of(Objective.BRIDGING_GENERATIONS)), List.of("Podcasts", "Gaming"),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), Cadence.MONTHLY, 5, null);

        ProgramView updated = programs.update(created.id(), changed, created.version());
        ProgramView read = programs.get(created.id());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(read).isEqualTo(updated);
        assertThat(read.name()).isEqualTo("Replaced " + tag);
        assertThat(read.purpose()).isEqualTo("A new purpose");
        assertThat(read.objectives()).containsExactly(ObjectiveChoice.of(Objective.BRIDGING_GENERATIONS));
        assertThat(read.focusTopics()).containsExactly("Podcasts", "Gaming");
        assertThat(read.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(read.endDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(read.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(read.mentorCapacity()).isEqualTo(5);
        assertThat(read.templateCode()).as("only read on creation").isEqualTo("digital-leaders");
        assertThat(read.createdAt()).isEqualTo(created.createdAt());
        assertThat(read.updatedAt()).isAfter(created.updatedAt());

        ProgramView emptied = programs.update(created.id(), new ProgramDraft("Replaced " + tag, "A new purpose",
                List.of(), List.of(), null, null, Cadence.MONTHLY, 5, null), read.version());
        assertThat(programs.get(created.id())).isEqualTo(emptied).satisfies(program -> {
            assertThat(program.version()).isEqualTo(2);
            assertThat(program.objectives()).isEmpty();
            assertThat(program.focusTopics()).isEmpty();
            assertThat(program.startDate()).isNull();
        });
    }

    @Test
    void anUpdateFromAnOlderVersionIsRefusedAndTheNewerDataIsKept() {
        ProgramView created = programs.create(draft("Stale"));
        ProgramView first = programs.update(created.id(), renamed(created, "First editor"), created.version());

        assertThatThrownBy(() -> programs.update(created.id(), renamed(created, "Second editor"), created.version()))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> programs.transition(created.id(), ProgramState.ENROLLING, created.version()))
                .isInstanceOf(StaleEditException.class);

        ProgramView read = programs.get(created.id());
        assertThat(read).isEqualTo(first);
        assertThat(read.name()).isEqualTo("First editor " + tag);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.state()).isEqualTo(ProgramState.DRAFT);
    }

    @Test
    void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        ProgramView created = programs.create(draft("Race"));
        int editors = 4;
        CyclicBarrier start = new CyclicBarrier(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<ProgramView>> results = new ArrayList<>();
        try {
            for (int i = 0; i < editors; i++) {
                ProgramDraft mine = new ProgramDraft("Editor " + i + " " + tag, "purpose " + i,
                        List.of(ObjectiveChoice.custom("objective " + i)), List.of("topic " + i), START, END,
                        Cadence.WEEKLY, 1 + i, null);
                Callable<ProgramView> edit = () -> {
                    actAs(manager);
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return programs.update(created.id(), mine, created.version());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(edit));
            }
            List<ProgramView> winners = new ArrayList<>();
            List<Throwable> losers = new ArrayList<>();
            for (Future<ProgramView> result : results) {
                try {
                    winners.add(result.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    losers.add(e.getCause());
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(losers).hasSize(editors - 1).allSatisfy(e -> assertThat(e).isInstanceOf(StaleEditException.class));
            ProgramView winner = winners.get(0);
            ProgramView read = programs.get(created.id());
            assertThat(read).isEqualTo(winner);
            assertThat(read.version()).isEqualTo(1);
            int i = read.mentorCapacity() - 1;
            assertThat(read.name()).isEqualTo("Editor " + i + " " + tag);
            assertThat(read.objectives()).as("only the winner's objectives, not a mix")
                    .containsExactly(ObjectiveChoice.custom("objective " + i));
            assertThat(read.focusTopics()).containsExactly("topic " + i);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLegalPathIsRecordedInHistoryInOrderWithWhoAndWhen() {
        ProgramView program = programs.create(draft("Lifecycle"));
        List<Instant> times = new ArrayList<>(List.of(program.createdAt()));
        List<String> actors = new ArrayList<>(List.of(manager.getName()));
        for (ProgramState next : List.of(ProgramState.ENROLLING, ProgramState.MATCHING, ProgramState.RUNNING,
                ProgramState.CLOSED)) {
            clock.advance(Duration.ofHours(1));
            Authentication who = ProgramTestUsers.signedIn(Unique.username("pm"), Role.PROGRAM_MANAGER);
            actAs(who);
            program = programs.transition(program.id(), next, program.version());
            times.add(program.updatedAt());
            actors.add(who.getName());
        }

        ProgramView read = programs.get(program.id());
        assertThat(read.state()).isEqualTo(ProgramState.CLOSED);
        assertThat(read.version()).isEqualTo(4);
        assertThat(read.updatedBy()).isEqualTo(actors.get(4));
        assertThat(read.history()).containsExactly(
                new StateChange(null, ProgramState.DRAFT, times.get(0), actors.get(0)),
                new StateChange(ProgramState.DRAFT, ProgramState.ENROLLING, times.get(1), actors.get(1)),
                new StateChange(ProgramState.ENROLLING, ProgramState.MATCHING, times.get(2), actors.get(2)),
                new StateChange(ProgramState.MATCHING, ProgramState.RUNNING, times.get(3), actors.get(3)),
                new StateChange(ProgramState.RUNNING, ProgramState.CLOSED, times.get(4), actors.get(4)));
        assertThat(times).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anIllegalTransitionChangesNothing() {
        ProgramView program = programs.create(draft("Illegal"));
        ProgramView enrolling = programs.transition(program.id(), ProgramState.ENROLLING, program.version());

        assertThatThrownBy(() -> programs.transition(program.id(), ProgramState.CLOSED, enrolling.version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("program.transition.illegal"));
        assertThatThrownBy(() -> programs.transition(program.id(), ProgramState.DRAFT, enrolling.version()))
                .isInstanceOf(RuleViolationException.class);

        ProgramView read = programs.get(program.id());
        assertThat(read).isEqualTo(enrolling);
        assertThat(read.state()).isEqualTo(ProgramState.ENROLLING);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.history()).extracting(StateChange::to).containsExactly(ProgramState.DRAFT, ProgramState.ENROLLING);
    }

    @Test
    void aCopyPointsToItsSourceAndHasNoDates() {
        ProgramView source = programs.create(draft("Spring cohort"));
        source = programs.transition(source.id(), ProgramState.ENROLLING, source.version());

        ProgramView copy = programs.copy(source.id());
        ProgramView read = programs.get(copy.id());

        assertThat(read).isEqualTo(copy);
        assertThat(read.id()).isNotEqualTo(source.id());
        assertThat(read.copiedFromId()).isEqualTo(source.id());
        assertThat(read.name()).isEqualTo("Spring cohort " + tag + " (copy)");
        assertThat(read.state()).isEqualTo(ProgramState.DRAFT);
        assertThat(read.version()).isZero();
        assertThat(read.startDate()).isNull();
        assertThat(read.endDate()).isNull();
        assertThat(read.purpose()).isEqualTo(source.purpose());
        assertThat(read.objectives()).isEqualTo(source.objectives());
        assertThat(read.focusTopics()).isEqualTo(source.focusTopics());
        assertThat(read.cadence()).isEqualTo(source.cadence());
        assertThat(read.mentorCapacity()).isEqualTo(source.mentorCapacity());
        assertThat(read.history()).extracting(StateChange::from, StateChange::to).containsExactly(tuple(null, ProgramState.DRAFT));
        assertThat(programs.get(source.id()).copiedFromId()).as("the source itself was not copied").isNull();
        assertThat(programs.get(source.id()).startDate()).as("the source keeps its dates").isEqualTo(START);
    }

    @Test
    void theListFiltersByState() {
        ProgramView draft = programs.create(draft("Planned"));
        ProgramView open = programs.create(draft("Announced"));
        open = programs.transition(open.id(), ProgramState.ENROLLING, open.version());
        ProgramView matching = programs.create(draft("Matching"));
        matching = programs.transition(matching.id(), ProgramState.ENROLLING, matching.version());
        matching = programs.transition(matching.id(), ProgramState.MATCHING, matching.version());

        assertThat(ids(list(ProgramState.DRAFT, tag))).containsExactly(draft.id());
        assertThat(ids(list(ProgramState.ENROLLING, tag))).containsExactly(open.id());
        assertThat(ids(list(ProgramState.MATCHING, tag))).containsExactly(matching.id());
        assertThat(ids(list(ProgramState.RUNNING, tag))).isEmpty();
        assertThat(ids(list(null, tag))).containsExactlyInAnyOrder(draft.id(), open.id(), matching.id());

        ProgramSummary row = list(ProgramState.ENROLLING, tag).items().get(0);
        assertThat(row).isEqualTo(new ProgramSummary(open.id(), "Announced " + tag, ProgramState.ENROLLING, START, END,
                Cadence.FORTNIGHTLY, 2));
    }

    @Test
    void theListFindsTextInNameOrPurposeIgnoringCase() {
        String word = Unique.username("Kaleidoscope");
        ProgramView byName = programs.create(new ProgramDraft("The " + word + " cohort " + tag, "Plain purpose",
                List.of(), List.of(), null, null, Cadence.WEEKLY, 1, null));
        ProgramView byPurpose = programs.create(new ProgramDraft("Second " + tag, "Learn the " + word.toUpperCase()
                + " way", List.of(), List.of(), null, null, Cadence.WEEKLY, 1, null));
        programs.create(draft("Unrelated"));

        assertThat(ids(list(null, word.toUpperCase()))).containsExactlyInAnyOrder(byName.id(), byPurpose.id());
        assertThat(ids(list(null, "  " + word + "  "))).as("surrounding blanks are ignored")
                .containsExactlyInAnyOrder(byName.id(), byPurpose.id());
        assertThat(ids(list(null, "THE " + word + " COHORT"))).containsExactly(byName.id());
        assertThat(list(null, tag.toUpperCase()).totalItems()).isEqualTo(3);
    }

    @Test
    void wildcardCharactersInTheSearchTextAreTakenLiterally() {
        ProgramView percent = programs.create(named("Budget 50% " + tag));
        ProgramView fiveHundred = programs.create(named("Budget 500 " + tag));
        ProgramView underscore = programs.create(named("Slot a_b " + tag));
        ProgramView letter = programs.create(named("Slot axb " + tag));
        ProgramView bang = programs.create(named("Wow! " + tag));

        assertThat(ids(list(null, "50% " + tag))).containsExactly(percent.id());
        assertThat(ids(list(null, "500 " + tag))).containsExactly(fiveHundred.id());
        assertThat(ids(list(null, "a_b " + tag))).containsExactly(underscore.id());
        assertThat(ids(list(null, "axb " + tag))).containsExactly(letter.id());
        assertThat(ids(list(null, "!" + " " + tag))).containsExactly(bang.id());
        assertThat(list(null, "%" + tag).totalItems()).isZero();
        assertThat(list(null, "_" + tag).totalItems()).isZero();
    }

    @Test
    void theListPagesNewestFirstWithStableBoundaries() {
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            created.add(programs.create(draft("Paged " + i)).id());
            clock.advance(Duration.ofSeconds(1));
        }
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        PageOf<ProgramSummary> first = programs.list(new ProgramQuery(null, tag, 0, 3));
        PageOf<ProgramSummary> second = programs.list(new ProgramQuery(null, tag, 1, 3));
        PageOf<ProgramSummary> last = programs.list(new ProgramQuery(null, tag, 2, 3));
        PageOf<ProgramSummary> beyond = programs.list(new ProgramQuery(null, tag, 3, 3));

        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(ids(last)).containsExactlyElementsOf(newestFirst.subList(6, 7));
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(7);
        assertThat(ids(programs.list(new ProgramQuery(null, tag, 0, 3)))).as("the same page twice")
                .isEqualTo(ids(first));

        ProgramView oldest = programs.get(created.get(0));
        clock.advance(Duration.ofSeconds(1));
        programs.update(oldest.id(), renamed(oldest, "Paged 1 edited"), oldest.version());
        assertThat(ids(programs.list(new ProgramQuery(null, tag, 0, 1)))).as("an edit moves a program to the top")
                .containsExactly(oldest.id());
    }

    @Test
    void employeesDoNotSeeDraftsInTheListOrByTheirId() {
        ProgramView draft = programs.create(draft("Hidden draft"));
        ProgramView open = programs.create(draft("Open program"));
        ProgramView enrolling = programs.transition(open.id(), ProgramState.ENROLLING, open.version());

        actAs(ProgramTestUsers.signedIn(Unique.username("emp"), Role.EMPLOYEE));

        assertThatThrownBy(() -> programs.get(draft.id())).isInstanceOf(NotFoundException.class);
        assertThat(programs.get(enrolling.id())).isEqualTo(enrolling);
        PageOf<ProgramSummary> visible = list(null, tag);
        assertThat(ids(visible)).containsExactly(enrolling.id());
        assertThat(visible.totalItems()).as("the count leaves drafts out too").isEqualTo(1);
        assertThat(list(ProgramState.DRAFT, tag).totalItems()).isZero();

        actAs(manager);
        assertThat(ids(list(null, tag))).containsExactlyInAnyOrder(draft.id(), enrolling.id());
    }

    private ProgramDraft draft(String name) {
        return new ProgramDraft(name + " " + tag, "Leaders learn digital tools from juniors.",
                List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY), ObjectiveChoice.custom("Use one AI tool weekly")),
                List.of("AI assistants", "Dashboards"), START, END, Cadence.FORTNIGHTLY, 2, "digital-leaders");
    }

    private static ProgramDraft named(String name) {
        return new ProgramDraft(name, "Plain purpose", List.of(), List.of(), null, null, Cadence.WEEKLY, 1, null);
    }

    private ProgramDraft renamed(ProgramView program, String name) {
        return new ProgramDraft(name + " " + tag, program.purpose(), program.objectives(), program.focusTopics(),
                program.startDate(), program.endDate(), program.cadence(), program.mentorCapacity(), null);
    }

    private PageOf<ProgramSummary> list(ProgramState state, String text) {
        return programs.list(new ProgramQuery(state, text, 0, 50));
    }

    private static List<Long> ids(PageOf<ProgramSummary> page) {
        return page.items().stream().map(ProgramSummary::id).toList();
    }
}
