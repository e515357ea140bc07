package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.scoring.CohortScoringTest.dana;
import static org.flipside.matching.scoring.CohortScoringTest.sam;
import static org.flipside.matching.scoring.HardConstraintTest.cohort;
import static org.flipside.matching.scoring.HardConstraintTest.none;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.matching.settings.StylePreference;
import org.flipside.program.WorkStyleDimension;
import org.junit.jupiter.api.Test;

/** Must-have thresholds and weights of 0 on the hand-built pair (skills 80%, interests 50%, no common German). */
class WeightsAndMustHavesTest {

    @Test
    void aMustHaveBelowItsThresholdBlocksThePairAndSaysByHowMuch() {
        Cohort cohort = cohort(dana(), sam(), only(Criterion.SKILLS, new CriterionSetting(10, true, 81)), none());

        assertThat(cohort.score(0, 0)).isEqualTo(PairScores.FORBIDDEN);
        Block block = cohort.block(0, 0);
        assertThat(block.constraint()).isEqualTo(Constraint.MUST_HAVE);
        assertThat(block.criterion()).isEqualTo(Criterion.SKILLS);
        assertThat(Texts.of(block.reason()))
                .isEqualTo("Skills is a must-have: this pair reaches 80%, below the 81% the program asks for");
    }

    @Test
    void aMustHaveExactlyAtItsThresholdIsAllowed() {
        Cohort cohort = cohort(dana(), sam(), only(Criterion.SKILLS, new CriterionSetting(10, true, 80)), none());

        assertThat(cohort.block(0, 0)).isNull();
        assertThat(cohort.score(0, 0)).isEqualTo(800);
    }

    @Test
    void criteriaWithWeightZeroDoNotCountButAreStillExplained() {
        Cohort cohort = cohort(dana(), sam(), only(Criterion.SKILLS, CriterionSetting.weighted(10)), none());

        Explanation explanation = cohort.explain(0, 0);

        assertThat(explanation.score()).isEqualTo(800);
        CriterionScore interests = explanation.criteria().get(Criterion.INTERESTS.ordinal());
        assertThat(interests.weight()).isZero();
        assertThat(interests.points()).isZero();
        assertThat(interests.fulfilment()).isEqualTo(50);
        assertThat(explanation.criteria().get(Criterion.SKILLS.ordinal()).points()).isEqualTo(800);
    }

    @Test
    void aMustHaveWithWeightZeroStillBlocks() {
        Map<Criterion, CriterionSetting> criteria = weights(Criterion.SKILLS, CriterionSetting.weighted(10));
        criteria.put(Criterion.LANGUAGE, new CriterionSetting(0, true, 100));
        Someone sam = sam();
        sam.directoryLanguages.clear();
        sam.directoryLanguages.add("German");

        Cohort blocked = cohort(dana(), sam, settings(criteria, List.of()), none());
        Cohort allowed = cohort(dana(), sam(), settings(criteria, List.of()), none());

        assertThat(blocked.block(0, 0)).isEqualTo(new Block(Constraint.MUST_HAVE, Criterion.LANGUAGE,
                Reason.of("matching.block.MUST_HAVE", Term.of("matching.criterion.LANGUAGE"), 0, 100)));
        assertThat(Texts.of(blocked.explain(0, 0).criteria().get(Criterion.LANGUAGE.ordinal()).reason()))
                .isEqualTo("No language in common");
        assertThat(allowed.score(0, 0)).isEqualTo(800);
    }

    @Test
    void aCriterionWithNothingToCompareNeitherCountsNorBlocks() {
        Map<Criterion, CriterionSetting> criteria = weights(Criterion.SKILLS, CriterionSetting.weighted(10));
        criteria.put(Criterion.ANSWERS, new CriterionSetting(10, true, 50));
        criteria.put(Criterion.WORK_STYLE, new CriterionSetting(10, true, 50));
        Map<WorkStyleDimension, StylePreference> ignored = new EnumMap<>(WorkStyleDimension.class);
        MatchingSettings base = settings(criteria, List.of());
        MatchingSettings settings = new MatchingSettings(criteria, ignored, 0, 2, true, base.priority(), false, 14,
                List.of(), 0);

        Explanation explanation = cohort(dana(), sam(), settings, none()).explain(0, 0);

        assertThat(explanation.score()).isEqualTo(800);
        assertThat(Texts.of(explanation.criteria().get(Criterion.ANSWERS.ordinal()).reason()))
                .isEqualTo("No application questions are linked");
        assertThat(Texts.of(explanation.criteria().get(Criterion.WORK_STYLE.ordinal()).reason()))
                .isEqualTo("The program does not compare work styles");
    }

    @Test
    void withEveryWeightZeroAnAllowedPairScoresZero() {
        Cohort cohort = cohort(dana(), sam(), settings(new EnumMap<>(Criterion.class), List.of()), none());

        assertThat(cohort.score(0, 0)).isZero();
        assertThat(cohort.explain(0, 0).score()).isZero();
    }

    private static MatchingSettings only(Criterion criterion, CriterionSetting setting) {
        return settings(weights(criterion, setting), List.of());
    }

    private static Map<Criterion, CriterionSetting> weights(Criterion criterion, CriterionSetting setting) {
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
        criteria.put(criterion, setting);
        return criteria;
    }

    private static MatchingSettings settings(Map<Criterion, CriterionSetting> criteria, List<QuestionLink> links) {
        MatchingSettings defaults = MatchingSettings.defaults(null);
        return new MatchingSettings(criteria, defaults.workStyle(), 0, 2, true, defaults.priority(), false, 14, links, 0);
    }
}
