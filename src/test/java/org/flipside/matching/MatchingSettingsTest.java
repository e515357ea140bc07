package org.flipside.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Role;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Enrollment;
import org.flipside.program.NewQuestion;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.program.QuestionType;
import org.flipside.program.profile.ProfileService;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A program's matching settings: template defaults, every validation rule, stale edits, capacities, access. */
class MatchingSettingsTest extends WebTestBase {

    @Autowired
    MatchingSettingsService settings;
    @Autowired
    Enrollment enrollment;
    @Autowired
    Programs programs;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcClient jdbc;

    MatchingFixture fixture;

    @BeforeEach
    void program() {
        fixture = new MatchingFixture(accounts, directory, programs, profiles, jdbc);
        fixture.actAsManager();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTemplateDefaultsApplyUntilTheFirstSaveAndAStaleSaveIsRefused() {
        long id = fixture.program.id();
        MatchingSettings defaults = settings.get(id);
        assertThat(defaults).isEqualTo(MatchingSettings.defaults(null));

        MatchingSettings first = settings.update(id, withWeight(defaults, Criterion.INTERESTS, 9), 0);
        assertThat(first.version()).isEqualTo(1);
        assertThat(settings.get(id).criterion(Criterion.INTERESTS).weight()).isEqualTo(9);

        assertThatThrownBy(() -> settings.update(id, withWeight(defaults, Criterion.INTERESTS, 1), 0))
                .isInstanceOf(StaleEditException.class);
        assertThat(settings.get(id).criterion(Criterion.INTERESTS).weight()).as("unchanged").isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'MATCHING_SETTINGS_SAVED' "
                + "and target_id = :id and actor = :actor").param("id", String.valueOf(id))
                .param("actor", fixture.manager.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyBadValueIsReportedWithItsFieldAndNothingIsSaved() {
        long id = fixture.program.id();
        long asked = enrollment.addQuestion(id, new NewQuestion(QuestionType.TEXT, "Hobby?", List.of(), false)).id();
        long retired = enrollment.addQuestion(id, new NewQuestion(QuestionType.TEXT, "Old?", List.of(), false)).id();
        jdbc.sql("update application_question set retired_at = current_timestamp where id = :id").param("id", retired)
                .update();
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
        criteria.put(Criterion.SKILLS, new CriterionSetting(11, true, 101));
        criteria.put(Criterion.INTERESTS, new CriterionSetting(-1, false, -5));
        MatchingSettings bad = new MatchingSettings(criteria, Map.of(), 21, 11, true, null, false, 0,
                List.of(new QuestionLink(asked, asked), new QuestionLink(asked, 987654321L),
                        new QuestionLink(retired, asked)), 0);

        assertThatThrownBy(() -> settings.update(id, bad, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("priority", "matching.settings.priority.required"),
                        org.assertj.core.groups.Tuple.tuple("criteria.SKILLS.weight", "matching.settings.weight.range"),
                        org.assertj.core.groups.Tuple.tuple("criteria.SKILLS.threshold", "matching.settings.threshold.range"),
                        org.assertj.core.groups.Tuple.tuple("criteria.INTERESTS.weight", "matching.settings.weight.range"),
                        org.assertj.core.groups.Tuple.tuple("criteria.INTERESTS.threshold", "matching.settings.threshold.range"),
                        org.assertj.core.groups.Tuple.tuple("chainLevels", "matching.settings.chain.range"),
                        org.assertj.core.groups.Tuple.tuple("minimumGradeGap", "matching.settings.gap.range"),
                        org.assertj.core.groups.Tuple.tuple("responseDays", "matching.settings.days.range"),
                        org.assertj.core.groups.Tuple.tuple("questionLinks[0]", "matching.settings.link.same"),
                        org.assertj.core.groups.Tuple.tuple("questionLinks[1]", "matching.settings.link.unknown"),
                        org.assertj.core.groups.Tuple.tuple("questionLinks[2]", "matching.settings.link.retired")));

        MatchingSettings nothingWeighs = new MatchingSettings(Map.of(Criterion.SKILLS, new CriterionSetting(0, true,
                50)), Map.of(), 0, 2, true, org.flipside.matching.optimiser.Priority.SCORE_FIRST, false, 14,
                List.of(), 0);
        assertThatThrownBy(() -> settings.update(id, nothingWeighs, 0)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("matching.settings.criteria.none"));
        assertThat(settings.get(id).version()).as("nothing saved").isZero();
    }

    @Test
    void mentorsGetTheirOwnCapacityFromOneToTenAndOnlyApprovedMentorsHaveOne() {
        long id = fixture.program.id();
        MatchingFixture.Participant mentor = fixture.mentor("Sales", "cloud-files");
        MatchingFixture.Participant mentee = fixture.mentee("Sales", "cloud-files");
        fixture.actAsManager();

        settings.setCapacity(id, mentor.id(), 3);
        assertThat(settings.capacities(id)).containsExactly(Map.entry(mentor.id(), 3));
        assertThatThrownBy(() -> settings.setCapacity(id, mentor.id(), 11)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> settings.setCapacity(id, mentor.id(), 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> settings.setCapacity(id, mentee.id(), 2)).isInstanceOf(NotFoundException.class);
        settings.setCapacity(id, mentor.id(), null);
        assertThat(settings.capacities(id)).isEmpty();
    }

    @Test
    void managersOfOtherProgramsAreRefused() {
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn(Unique.username("other.pm"), Role.PROGRAM_MANAGER));
        assertThatThrownBy(() -> settings.get(fixture.program.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.update(fixture.program.id(), MatchingSettings.defaults(null), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static MatchingSettings withWeight(MatchingSettings s, Criterion criterion, int weight) {
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(s.criteria());
        criteria.put(criterion, CriterionSetting.weighted(weight));
        return new MatchingSettings(criteria, s.workStyle(), s.chainLevels(), s.minimumGradeGap(),
                s.avoidEarlierPairs(), s.priority(), s.selfMatch(), s.responseDays(), s.questionLinks(), s.version());
    }
}
