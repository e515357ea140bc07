package org.flipside.pairing.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.workspace.PairRecordPart;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The rules of a pair's goals through their service, on a real database. */
abstract class GoalContract {

    @Autowired
    GoalService goals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    List<PairRecordPart> recordParts;

    PairFixture fixture;
    Scene scene;

    @BeforeEach
    void aPair() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
    }

    static KeyResultDraft kr(Long id, String description, String start, String target) {
        return new KeyResultDraft(id, description, "talks", new BigDecimal(start), new BigDecimal(target));
    }

    static GoalDraft learning(String title, KeyResultDraft... keyResults) {
        return new GoalDraft(title, "My teams work with these tools every day.", 1, null, LocalDate.of(2027, 6, 1),
                List.of(keyResults));
    }

    static GoalDraft growth(String title, KeyResultDraft... keyResults) {
        return new GoalDraft(title, "I want to be heard higher up.", null, GrowthArea.PRESENTING_TO_EXECUTIVES, null,
                List.of(keyResults));
    }

    GoalView create(Person who, GoalDraft draft) {
        return as(who, () -> goals.create(scene.pairId(), draft));
    }

    GoalView record(Person who, GoalView goal, int keyResult, String value) {
        return as(who, () -> goals.record(scene.pairId(), goal.id(), goal.keyResults().get(keyResult).id(),
                new BigDecimal(value), "after our third session"));
    }

    @Test
    void bothSidesHaveGoalsWhoseProgressFollowsTheRecordedValues() {
        GoalView learning = create(scene.mentee(), learning("Use AI assistants with my team",
                kr(null, "Team meetings run with an AI summary", "0", "4"),
                kr(null, "Hours spent on status reports per week", "10", "2")));
        GoalView growth = create(scene.mentor(), growth("Present to the executive board",
                kr(null, "Talks given to executives", "0", "2")));

        assertThat(learning.side()).isEqualTo(Side.MENTEE);
        assertThat(learning.objective()).isEqualTo(1);
        assertThat(learning.progress()).isZero();
        assertThat(growth.side()).isEqualTo(Side.MENTOR);
        assertThat(growth.growthArea()).isEqualTo(GrowthArea.PRESENTING_TO_EXECUTIVES);

        record(scene.mentee(), learning, 0, "1");
        GoalView updated = record(scene.mentee(), learning, 1, "4");

        // 1 of 4 meetings is 25 %; from 10 hours down to 4 of the way to 2 is 75 %; the goal is at their mean.
        assertThat(updated.keyResults()).extracting(GoalView.KeyResult::progress).containsExactly(25, 75);
        assertThat(updated.keyResults().get(1).current()).isEqualByComparingTo("4");
        assertThat(updated.progress()).isEqualTo(50);
        GoalView.Update last = updated.keyResults().get(1).updates().get(0);
        assertThat(last.side()).isEqualTo(Side.MENTEE);
        assertThat(last.comment()).isEqualTo("after our third session");
        assertThat(last.by()).isEqualTo("Name " + scene.mentee().employeeNumber());

        List<GoalView> seenByPartner = as(scene.mentor(), () -> goals.list(scene.pairId()));
        assertThat(seenByPartner).extracting(GoalView::id).containsExactly(learning.id(), growth.id());
        assertThat(as(scene.manager(), () -> goals.list(scene.pairId()))).hasSize(2);
    }

    @Test
    void eachPersonChangesOnlyTheirOwnSidesGoals() {
        GoalView learning = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4")));

        assertThatThrownBy(() -> as(scene.mentor(), () -> goals.update(scene.pairId(), learning.id(),
                learning("Taken over", kr(null, "Meetings", "0", "4")), learning.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record(scene.mentor(), learning, 0, "4")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scene.mentor(), () -> goals.archive(scene.pairId(), learning.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(scene.manager(), learning("Managed", kr(null, "x", "0", "1"))))
                .isInstanceOf(AccessDeniedException.class);
        GoalView unchanged = as(scene.mentee(), () -> goals.get(scene.pairId(), learning.id()));
        assertThat(unchanged.title()).isEqualTo("Use AI");
        assertThat(unchanged.progress()).isZero();
    }

    @Test
    void aSideKeepsAtMostFiveGoalsAndArchivedOnesStayWithoutCounting() {
        for (int i = 1; i <= GoalService.MAX_GOALS_PER_SIDE; i++) {
            create(scene.mentor(), growth("Goal " + i, kr(null, "Talks", "0", "1")));
        }
        assertThatThrownBy(() -> create(scene.mentor(), growth("Goal 6", kr(null, "Talks", "0", "1"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("goal.limit");
        // The other side's limit is its own.
        create(scene.mentee(), learning("Mine", kr(null, "Meetings", "0", "4")));

        GoalView first = as(scene.mentor(), () -> goals.list(scene.pairId())).stream()
                .filter(g -> g.title().equals("Goal 1")).findFirst().orElseThrow();
        GoalView archived = as(scene.mentor(), () -> goals.archive(scene.pairId(), first.id(), first.version()));
        assertThat(archived.archived()).isTrue();
        create(scene.mentor(), growth("Goal 6", kr(null, "Talks", "0", "1")));

        assertThatThrownBy(() -> record(scene.mentor(), archived, 0, "1")).isInstanceOf(RuleViolationException.class);
        List<GoalView> all = as(scene.mentor(), () -> goals.list(scene.pairId()));
        assertThat(all).hasSize(7);
        assertThat(all.get(all.size() - 1).title()).isEqualTo("Goal 1");
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerGoalStays() {
        GoalView goal = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4")));
        Long keyResult = goal.keyResults().get(0).id();
        as(scene.mentee(), () -> goals.update(scene.pairId(), goal.id(),
                learning("Use AI every week", kr(keyResult, "Meetings", "0", "6")), goal.version()));

        assertThatThrownBy(() -> as(scene.mentee(), () -> goals.update(scene.pairId(), goal.id(),
                learning("Older text", kr(keyResult, "Meetings", "0", "4")), goal.version())))
                .isInstanceOf(StaleEditException.class);
        GoalView current = as(scene.mentee(), () -> goals.get(scene.pairId(), goal.id()));
        assertThat(current.title()).isEqualTo("Use AI every week");
        assertThat(current.keyResults().get(0).target()).isEqualByComparingTo("6");
    }

    @Test
    void keyResultsWithRecordedProgressAreNeverDroppedByAnEdit() {
        GoalView goal = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4"),
                kr(null, "Reports", "10", "2")));
        GoalView recorded = record(scene.mentee(), goal, 0, "2");
        Long reports = goal.keyResults().get(1).id();

        assertThatThrownBy(() -> as(scene.mentee(), () -> goals.update(scene.pairId(), goal.id(),
                learning("Use AI", kr(reports, "Reports", "10", "2")), recorded.version())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).code())
                .isEqualTo("goal.field.keyResult.hasUpdates");

        // The one without updates may go; a new one joins, and the history of the first is kept through the edit.
        GoalView edited = as(scene.mentee(), () -> goals.update(scene.pairId(), goal.id(),
                learning("Use AI", kr(goal.keyResults().get(0).id(), "Meetings with AI notes", "0", "4"),
                        kr(null, "Prompts shared with the team", "0", "10")), recorded.version()));
        assertThat(edited.keyResults()).extracting(GoalView.KeyResult::description)
                .containsExactly("Meetings with AI notes", "Prompts shared with the team");
        assertThat(edited.keyResults().get(0).updates()).hasSize(1);
        assertThat(edited.keyResults().get(0).progress()).isEqualTo(50);
        assertThat(edited.version()).isEqualTo(recorded.version() + 1);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsSaved() {
        GoalDraft bad = new GoalDraft("", "why", 7, null, null, List.of(kr(null, "Meetings", "3", "3")));
        assertThatThrownBy(() -> create(scene.mentee(), bad)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(FieldProblem::field).toList())
                .isEqualTo(List.of("title", "objective", "keyResults[0].target"));
        GoalView goal = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4")));
        assertThatThrownBy(() -> as(scene.mentee(), () -> goals.record(scene.pairId(), goal.id(),
                goal.keyResults().get(0).id(), new BigDecimal("1.234"), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(scene.mentee(), () -> goals.list(scene.pairId()))).hasSize(1)
                .allSatisfy(g -> assertThat(g.keyResults().get(0).updates()).isEmpty());
    }

    @Test
    void goalsOfAClosedPairAreKeptAsTheyWere() {
        GoalView goal = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4")));
        jdbc.sql("update mentoring_pair set state = 'ENDED_EARLY', version = version + 1 where id = :id")
                .param("id", scene.pairId()).update();

        assertThatThrownBy(() -> record(scene.mentee(), goal, 0, "1")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("goal.closed");
        assertThatThrownBy(() -> create(scene.mentee(), learning("More", kr(null, "x", "0", "1"))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(as(scene.manager(), () -> goals.list(scene.pairId()))).hasSize(1);
    }

    @Test
    void peopleOutsideThePairAndGoalsOfOtherPairsAreNotFound() {
        GoalView goal = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4")));
        Scene other = fixture.pairIn(scene.program(), scene.manager());
        for (Person outsider : List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN),
                fixture.person(Role.PROGRAM_MANAGER))) {
            assertThatThrownBy(() -> as(outsider, () -> goals.list(scene.pairId())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> create(outsider, learning("x", kr(null, "x", "0", "1"))))
                    .isInstanceOf(NotFoundException.class);
        }
        // The other pair's mentee cannot reach this goal through their own pair.
        assertThatThrownBy(() -> as(other.mentee(), () -> goals.record(other.pairId(), goal.id(),
                goal.keyResults().get(0).id(), BigDecimal.ONE, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePairRecordListsEveryKeyResultWithItsValuesAndProgress() {
        GoalView goal = create(scene.mentee(), learning("Use AI", kr(null, "Meetings", "0", "4"),
                kr(null, "Report hours", "10", "2")));
        record(scene.mentee(), goal, 1, "6.5");
        PairRecordPart part = recordParts.stream().filter(p -> p.titleKey().equals("pair.record.goals"))
                .findFirst().orElseThrow();

        List<List<String>> rows = part.rows(as(scene.mentee(), () -> pairs.get(scene.pairId())));

        assertThat(rows.get(0)).containsExactly("Owner", "Goal", "Status", "Key result", "Unit", "Start", "Target",
                "Current", "Progress");
        String owner = "Name " + scene.mentee().employeeNumber();
        assertThat(rows.subList(1, rows.size())).containsExactly(
                List.of(owner, "Use AI", "Active", "Meetings", "talks", "0", "4", "0", "0 %"),
                List.of(owner, "Use AI", "Active", "Report hours", "talks", "10", "2", "6.5", "43 %"));
    }
}
