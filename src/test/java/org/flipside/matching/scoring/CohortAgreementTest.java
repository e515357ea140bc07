package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.flipside.matching.bench.CohortGenerator;
import org.flipside.matching.bench.GeneratedCohort;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.StylePreference;
import org.flipside.people.Employee;
import org.flipside.program.WorkStyleDimension;

/**
 * On generated cohorts with random settings, the fast score agrees exactly with the explanation, the explanation's
 * parts add up to the score, and the hard constraints agree with a plain reference that looks people up by number.
 */
class CohortAgreementTest {

    @Property(tries = 60)
    void theScoreIsWhatTheExplanationSays(@ForAll @IntRange(min = 1, max = 25) int mentees,
                                         @ForAll @IntRange(min = 1, max = 25) int mentors, @ForAll long seed) {
        GeneratedCohort generated = CohortGenerator.generate(mentees, mentors, seed);
        MatchingSettings settings = randomSettings(new Random(seed), generated.settings());
        Cohort cohort = Cohort.of(generated.mentees(), generated.mentors(), settings, generated.questions(),
                generated.rules());

        for (int i = 0; i < cohort.mentees(); i++) {
            for (int j = 0; j < cohort.mentors(); j++) {
                int score = cohort.score(i, j);
                Explanation explanation = cohort.explain(i, j);
                assertThat(explanation.score()).as("pair %d, %d", i, j).isEqualTo(score);
                assertThat(explanation.block()).isEqualTo(cohort.block(i, j));
                assertThat(explanation.block() == null).isEqualTo(score != PairScores.FORBIDDEN);
                Constraint hard = referenceHardBlock(cohort, generated, settings, i, j);
                if (hard != null) {
                    assertThat(explanation.block().constraint()).isEqualTo(hard);
                } else if (explanation.block() != null) {
                    assertThat(explanation.block().constraint()).isEqualTo(Constraint.MUST_HAVE);
                    CriterionScore failing = explanation.criteria().get(explanation.block().criterion().ordinal());
                    assertThat(failing.fulfilment())
                            .isLessThan(settings.criterion(failing.criterion()).threshold());
                } else {
                    assertThat(score).isBetween(0, PairScores.MAX_SCORE).isEqualTo(sumOf(explanation));
                }
                if ((i + j) % 7 == 0) {
                    assertThat(ExplanationCodec.read(ExplanationCodec.write(explanation))).isEqualTo(explanation);
                }
            }
        }
        for (int i = 0; i < cohort.mentees(); i++) {
            Map<Constraint, Integer> blockers = cohort.blockersOfMentee(i);
            int forbidden = 0;
            for (int j = 0; j < cohort.mentors(); j++) {
                forbidden += cohort.score(i, j) == PairScores.FORBIDDEN ? 1 : 0;
            }
            assertThat(blockers.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(forbidden);
        }
    }

    /** {@code 10 × Σ weight × fulfilment / Σ weight}, rounded half up, from the explanation's own parts. */
    private static int sumOf(Explanation explanation) {
        long sum = 0;
        long weights = 0;
        for (CriterionScore part : explanation.criteria()) {
            sum += (long) part.weight() * part.fulfilment();
            weights += part.weight();
        }
        return weights == 0 ? 0 : BigDecimal.valueOf(10 * sum).divide(BigDecimal.valueOf(weights), 0,
                RoundingMode.HALF_UP).intValueExact();
    }

    /** The first broken hard constraint, worked out by employee number with the plain string-based reports. */
    private static Constraint referenceHardBlock(Cohort cohort, GeneratedCohort generated, MatchingSettings settings,
                                                 int i, int j) {
        Candidate mentee = cohort.mentee(i);
        Candidate mentor = cohort.mentor(j);
        String a = mentee.employeeNumber();
        String b = mentor.employeeNumber();
        var lines = generated.rules().reportingLines();
        boolean chain = settings.chainLevels() == 0 ? lines.inChainOf(a, b)
                : lines.position(a).isPresent() && lines.position(b).isPresent()
                && lines.position(a).get().inChainWith(lines.position(b).get(), settings.chainLevels());
        if (chain) {
            return Constraint.MANAGEMENT_CHAIN;
        }
        Integer ga = grade(mentee.employee());
        Integer gb = grade(mentor.employee());
        if (ga == null || gb == null ? settings.minimumGradeGap() > 0 : ga < gb + settings.minimumGradeGap()) {
            return Constraint.GRADE_GAP;
        }
        if (mentee.profile().doNotMatch().contains(b) || mentor.profile().doNotMatch().contains(a)) {
            return Constraint.DO_NOT_MATCH;
        }
        if (settings.avoidEarlierPairs() && generated.rules().earlierPairs().contains(new PairKey(a, b))) {
            return Constraint.EARLIER_PAIR;
        }
        if (generated.rules().forbidden().contains(new PairKey(a, b))) {
            return Constraint.FORBIDDEN_BY_MANAGER;
        }
        return null;
    }

    private static Integer grade(Employee employee) {
        return employee == null ? null : employee.grade();
    }

    static MatchingSettings randomSettings(Random random, MatchingSettings base) {
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            boolean mustHave = random.nextInt(5) == 0;
            criteria.put(criterion, new CriterionSetting(random.nextInt(11), mustHave, mustHave ? random.nextInt(101) : 0));
        }
        Map<WorkStyleDimension, StylePreference> styles = new EnumMap<>(WorkStyleDimension.class);
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            styles.put(dimension, StylePreference.values()[random.nextInt(3)]);
        }
        return new MatchingSettings(criteria, styles, random.nextInt(4), random.nextInt(4), random.nextBoolean(),
                Priority.MOST_MATCHES_FIRST, false, 14, random.nextBoolean() ? base.questionLinks() : List.of(), 0);
    }
}
