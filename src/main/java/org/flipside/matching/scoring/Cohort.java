package org.flipside.matching.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.program.Question;

/**
 * The compatibility of every mentee–mentor pair of one matching run. {@link #of} compiles each candidate once into
 * primitive fields; {@link #score} then reads only arrays, allocates nothing and is safe from any number of threads,
 * because the optimiser asks for every pair of cohorts of tens of thousands. {@link #explain} builds the readable
 * reasons on demand and always agrees with {@link #score}.
 * <p>
 * The score is {@code Σ weight × fulfilment / Σ weight} over the criteria with a weight, in tenths of a point
 * (0–1000). A pair that breaks a hard constraint, or whose must-have criterion is below its threshold, is
 * {@link #FORBIDDEN}. A criterion with nothing to compare in the program (no linked questions, every work-style
 * dimension ignored) does not count, not even as a must-have.
 */
public final class Cohort implements PairScores {

    private final List<Candidate> menteeList;
    private final List<Candidate> mentorList;
    private final Person[] mentees;
    private final Person[] mentors;
    private final MatchingSettings settings;
    private final Fulfilment fulfilment;
    private final HardConstraints constraints;
    private final Reasons reasons;
    /** The criteria the score sums or checks, must-haves first so that a failing pair stops early. */
    private final Criterion[] counted;
    private final int[] weight;
    private final int[] threshold;
    private final int totalWeight;

    private Cohort(List<Candidate> menteeList, List<Candidate> mentorList, Person[] mentees, Person[] mentors,
                   MatchingSettings settings, Fulfilment fulfilment, HardConstraints constraints, Reasons reasons) {
        this.menteeList = menteeList;
        this.mentorList = mentorList;
        this.mentees = mentees;
        this.mentors = mentors;
        this.settings = settings;
        this.fulfilment = fulfilment;
        this.constraints = constraints;
        this.reasons = reasons;
        List<Criterion> order = new ArrayList<>();
        for (boolean mustHaves : new boolean[] {true, false}) {
            for (Criterion criterion : Criterion.values()) {
                CriterionSetting setting = settings.criterion(criterion);
                if (setting.mustHave() == mustHaves && fulfilment.applies(criterion)
                        && (setting.weight() > 0 || setting.mustHave())) {
                    order.add(criterion);
                }
            }
        }
        this.counted = order.toArray(Criterion[]::new);
        this.weight = new int[counted.length];
        this.threshold = new int[counted.length];
        int total = 0;
        for (int k = 0; k < counted.length; k++) {
            CriterionSetting setting = settings.criterion(counted[k]);
            weight[k] = Math.max(0, setting.weight());
            threshold[k] = setting.mustHave() ? setting.threshold() : 0;
            total += weight[k];
        }
        this.totalWeight = total;
    }

    /**
     * @param questions the program's application questions, to know how the linked answers compare
     * @param rules     reporting lines, earlier pairs and pairs the managers forbade
     */
    public static Cohort of(List<Candidate> mentees, List<Candidate> mentors, MatchingSettings settings,
                            List<Question> questions, HardRules rules) {
        Objects.requireNonNull(mentees, "mentees");
        Objects.requireNonNull(mentors, "mentors");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(rules, "rules");
        List<Candidate> menteeList = List.copyOf(mentees);
        List<Candidate> mentorList = List.copyOf(mentors);
        List<AnswerLink> links = AnswerLink.of(settings.questionLinks(), questions == null ? List.of() : questions);
        CohortCompiler compiler = new CohortCompiler(rules.reportingLines(), links);
        Person[] menteePeople = compiler.compile(menteeList, true);
        Person[] mentorPeople = compiler.compile(mentorList, false);
        compiler.fillOffers(mentorPeople, mentorList);
        compiler.rankWords();
        Map<String, List<Integer>> menteeAt = CohortCompiler.indexes(menteePeople);
        Map<String, List<Integer>> mentorAt = CohortCompiler.indexes(mentorPeople);
        CohortCompiler.doNotMatch(menteePeople, mentorPeople, menteeAt, mentorAt);
        Fulfilment fulfilment = new Fulfilment(Reasons.stylePreferences(settings),
                links.stream().map(AnswerLink::kind).toArray(AnswerLink.Kind[]::new));
        HardConstraints constraints = HardConstraints.of(menteeAt, mentorAt, settings, rules);
        return new Cohort(menteeList, mentorList, menteePeople, mentorPeople, settings, fulfilment, constraints,
                new Reasons(settings, fulfilment, links));
    }

    @Override
    public int mentees() {
        return mentees.length;
    }

    @Override
    public int mentors() {
        return mentors.length;
    }

    public Candidate mentee(int i) {
        return menteeList.get(i);
    }

    public Candidate mentor(int j) {
        return mentorList.get(j);
    }

    @Override
    public int score(int mentee, int mentor) {
        Person a = mentees[mentee];
        Person b = mentors[mentor];
        if (constraints.broken(mentee, mentor, a, b) != 0) {
            return FORBIDDEN;
        }
        long sum = 0;
        for (int k = 0; k < counted.length; k++) {
            int f = fulfilment.of(counted[k], a, b);
            if (f < threshold[k]) {
                return FORBIDDEN;
            }
            sum += (long) weight[k] * f;
        }
        return total(sum);
    }

    /** Every criterion with its fulfilment and reason, and the block when the pair is not allowed. */
    public Explanation explain(int mentee, int mentor) {
        Person a = mentees[mentee];
        Person b = mentors[mentor];
        List<CriterionScore> parts = new ArrayList<>();
        long sum = 0;
        for (Criterion criterion : Criterion.values()) {
            boolean applies = fulfilment.applies(criterion);
            int f = applies ? fulfilment.of(criterion, a, b) : 0;
            int w = applies ? Math.max(0, settings.criterion(criterion).weight()) : 0;
            sum += (long) w * f;
            int points = totalWeight == 0 ? 0 : (int) ((20L * w * f + totalWeight) / (2L * totalWeight));
            parts.add(new CriterionScore(criterion, w, f, points, reasons.of(criterion, f, a, b)));
        }
        Block block = block(mentee, mentor);
        return new Explanation(block == null ? total(sum) : FORBIDDEN, parts, block);
    }

    /** Why the pair is not allowed, or {@code null}: the first broken constraint in the order of {@link Constraint}. */
    public Block block(int mentee, int mentor) {
        Person a = mentees[mentee];
        Person b = mentors[mentor];
        int broken = constraints.broken(mentee, mentor, a, b);
        if (broken != 0) {
            Constraint first = Constraint.values()[Integer.numberOfTrailingZeros(broken)];
            return new Block(first, null, reasons.block(first, a, b, constraints));
        }
        for (Criterion criterion : Criterion.values()) {
            CriterionSetting setting = settings.criterion(criterion);
            if (setting.mustHave() && fulfilment.applies(criterion)) {
                int f = fulfilment.of(criterion, a, b);
                if (f < setting.threshold()) {
                    return new Block(Constraint.MUST_HAVE, criterion, reasons.mustHave(criterion, f, setting.threshold()));
                }
            }
        }
        return null;
    }

    /** For each constraint, how many mentors it rules out for the mentee (a mentor may count under several). */
    public Map<Constraint, Integer> blockersOfMentee(int mentee) {
        int[] counts = new int[Constraint.values().length];
        for (int j = 0; j < mentors.length; j++) {
            count(counts, mentee, j);
        }
        return asMap(counts);
    }

    /** For each constraint, how many mentees it rules out for the mentor (a mentee may count under several). */
    public Map<Constraint, Integer> blockersOfMentor(int mentor) {
        int[] counts = new int[Constraint.values().length];
        for (int i = 0; i < mentees.length; i++) {
            count(counts, i, mentor);
        }
        return asMap(counts);
    }

    private void count(int[] counts, int i, int j) {
        Person a = mentees[i];
        Person b = mentors[j];
        int broken = constraints.broken(i, j, a, b);
        for (Constraint constraint : Constraint.values()) {
            if ((broken & (1 << constraint.ordinal())) != 0) {
                counts[constraint.ordinal()]++;
            }
        }
        for (int k = 0; k < counted.length; k++) {
            if (threshold[k] > 0 && fulfilment.of(counted[k], a, b) < threshold[k]) {
                counts[Constraint.MUST_HAVE.ordinal()]++;
                return;
            }
        }
    }

    private static Map<Constraint, Integer> asMap(int[] counts) {
        Map<Constraint, Integer> map = new EnumMap<>(Constraint.class);
        for (Constraint constraint : Constraint.values()) {
            map.put(constraint, counts[constraint.ordinal()]);
        }
        return map;
    }

    /** {@code 10 × sum / total weight} rounded half up: tenths of a point. */
    private int total(long sum) {
        return totalWeight == 0 ? 0 : (int) ((20L * sum + totalWeight) / (2L * totalWeight));
    }
}
