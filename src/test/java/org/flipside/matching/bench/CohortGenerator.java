package org.flipside.matching.bench;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.matching.scoring.Candidate;
import org.flipside.matching.scoring.HardRules;
import org.flipside.matching.scoring.PairKey;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.people.Employee;
import org.flipside.people.reporting.ReportingForest;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;

/**
 * Realistic cohorts for benchmarks and property tests: structured profiles from an {@link Organisation}, popular
 * skills and interests drawn by rank ({@link Tastes}), availability in local working hours of real time zones,
 * about 1% of people with a do-not-match list, and a few earlier and forbidden pairs. The same seed gives the same
 * cohort.
 */
public final class CohortGenerator {

    static final List<Question> QUESTIONS = List.of(
            new Question(101, 1, 1, QuestionType.MULTIPLE_CHOICE, "Which topics could you show a leader?",
                    Tastes.TOPICS, true),
            new Question(102, 1, 2, QuestionType.TEXT, "What do you do outside work?", List.of(), false),
            new Question(201, 1, 3, QuestionType.MULTIPLE_CHOICE, "Which topics do you want to hear about?",
                    Tastes.TOPICS, true),
            new Question(202, 1, 4, QuestionType.TEXT, "What do you do to unwind?", List.of(), false));

    private final Random random;
    private final Zipf<String> wants = new Zipf<>(Tastes.SENIORS_WANT, 1.1);
    private final Zipf<String> offers = new Zipf<>(Tastes.JUNIORS_OFFER, 0.8);
    private final Zipf<String> interests = new Zipf<>(Tastes.INTERESTS, 0.9);
    private final Zipf<String> topics = new Zipf<>(Tastes.TOPICS, 0.8);
    private long nextId = 1;

    private CohortGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static GeneratedCohort generate(int mentees, int mentors, long seed) {
        return new CohortGenerator(seed).cohort(mentees, mentors);
    }

    private GeneratedCohort cohort(int menteeCount, int mentorCount) {
        Organisation org = Organisation.of(menteeCount, mentorCount, random);
        List<Candidate> mentees = new ArrayList<>();
        for (Employee senior : org.seniors) {
            mentees.add(new Candidate(profile(senior, Side.MENTEE, org.juniors), senior));
        }
        List<Candidate> mentors = new ArrayList<>();
        for (Employee junior : org.juniors) {
            mentors.add(new Candidate(profile(junior, Side.MENTOR, org.seniors), junior));
        }
        Set<PairKey> earlier = new HashSet<>();
        Set<PairKey> forbidden = new HashSet<>();
        for (Employee senior : org.seniors) {
            if (!org.juniors.isEmpty() && random.nextDouble() < 0.02) {
                earlier.add(new PairKey(senior.employeeNumber(), pick(org.juniors).employeeNumber()));
            }
            if (!org.juniors.isEmpty() && random.nextDouble() < 0.005) {
                forbidden.add(new PairKey(senior.employeeNumber(), pick(org.juniors).employeeNumber()));
            }
        }
        return new GeneratedCohort(mentees, mentors, settings(),
                QUESTIONS, new HardRules(ReportingForest.of(org.managerOf), earlier, forbidden));
    }

    /** The template defaults with the two generated question pairs linked. */
    static MatchingSettings settings() {
        MatchingSettings defaults = MatchingSettings.defaults(null);
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(defaults.criteria());
        criteria.put(Criterion.ANSWERS, CriterionSetting.weighted(2));
        return new MatchingSettings(criteria, defaults.workStyle(), 0, defaults.minimumGradeGap(),
                defaults.avoidEarlierPairs(), defaults.priority(), false, defaults.responseDays(),
                List.of(new QuestionLink(101, 201), new QuestionLink(102, 202)), 0);
    }

    private ProfileSnapshot profile(Employee person, Side side, List<Employee> otherSide) {
        boolean mentee = side == Side.MENTEE;
        List<SkillRating> offered = mentee ? List.of() : ratings(offers, 3 + random.nextInt(5), 2);
        List<SkillRating> wanted = mentee ? ratings(wants, 2 + random.nextInt(5), 2) : List.of();
        String interestText = random.nextDouble() < 0.06 ? null : String.join(", ", interests.distinct(random,
                2 + random.nextInt(4)));
        Map<WorkStyleDimension, Integer> style = new EnumMap<>(WorkStyleDimension.class);
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            if (random.nextDouble() < 0.05) {
                continue; // statements of this dimension left unanswered
            }
            double mean = 50 + (dimension == WorkStyleDimension.PACE ? (mentee ? -10 : 15) : 0)
                    + (dimension == WorkStyleDimension.STRUCTURE ? (mentee ? 12 : -8) : 0);
            style.put(dimension, (int) Math.max(0, Math.min(100, Math.round(mean + random.nextGaussian() * 18))));
        }
        String zone = random.nextDouble() < 0.8 ? person.timeZone() : null; // else the directory's applies
        MeetingMode mode = random.nextDouble() < 0.03 ? null
                : new MeetingMode[] {MeetingMode.VIDEO, MeetingMode.VIDEO, MeetingMode.EITHER, MeetingMode.EITHER,
                MeetingMode.IN_PERSON, MeetingMode.VIDEO, MeetingMode.EITHER}[random.nextInt(7)];
        List<String> languages = random.nextDouble() < 0.85
                ? person.languages().stream().map(CohortGenerator::code).toList() : List.of();
        Set<String> doNotMatch = new HashSet<>();
        if (!otherSide.isEmpty() && random.nextDouble() < 0.01) {
            for (int k = 0; k <= random.nextInt(2); k++) {
                doNotMatch.add(pick(otherSide).employeeNumber());
            }
        }
        Map<Long, List<String>> answers = new HashMap<>();
        answers.put(mentee ? 201L : 101L, topics.distinct(random, 1 + random.nextInt(3)));
        if (interestText != null && random.nextDouble() < 0.7) {
            answers.put(mentee ? 202L : 102L, List.of("Mostly " + interestText + " with friends"));
        }
        return new ProfileSnapshot(nextId++, 1, person.employeeNumber(), side, offered, wanted, interestText, style,
                zone, availability(), mode, languages, doNotMatch, 100, answers);
    }

    private List<SkillRating> ratings(Zipf<String> ranked, int count, int lowest) {
        return ranked.distinct(random, count).stream()
                .map(code -> new SkillRating(code, lowest + random.nextInt(6 - lowest))).toList();
    }

    /** Two to five windows of 30 minutes to 2 hours on weekdays in local working hours; a few give none. */
    private List<AvailabilitySlot> availability() {
        if (random.nextDouble() < 0.04) {
            return List.of();
        }
        List<AvailabilitySlot> slots = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        Set<DayOfWeek> used = new HashSet<>();
        while (slots.size() < count) {
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
            if (!used.add(day)) {
                continue;
            }
            int startQuarter = 8 * 4 + random.nextInt(9 * 4); // 08:00 to 16:45
            int length = 2 + random.nextInt(7);               // 30 minutes to 2 hours
            int endQuarter = Math.min(startQuarter + length, 19 * 4);
            slots.add(new AvailabilitySlot(day, LocalTime.of(startQuarter / 4, startQuarter % 4 * 15),
                    LocalTime.of(endQuarter / 4, endQuarter % 4 * 15)));
        }
        return slots;
    }

    private Employee pick(List<Employee> people) {
        return people.get(random.nextInt(people.size()));
    }

    private static String code(String languageName) {
        return switch (languageName) {
            case "English" -> "en";
            case "French" -> "fr";
            case "German" -> "de";
            case "Spanish" -> "es";
            case "Portuguese" -> "pt";
            case "Chinese" -> "zh";
            case "Hindi" -> "hi";
            case "Japanese" -> "ja";
            default -> throw new IllegalArgumentException(languageName);
        };
    }
}
