package org.flipside.matching.scoring;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.people.ChainPosition;
import org.flipside.people.Employee;
import org.flipside.people.ReportingLines;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;

/**
 * Turns candidates into {@link Person}s: every text (skill code, word, language, department, location) gets a small
 * number that is only meaningful within this cohort, and everything else becomes primitive fields.
 */
final class CohortCompiler {

    private final Map<String, Integer> skills = new HashMap<>();
    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> languages = new HashMap<>();
    private final Map<String, Integer> departments = new HashMap<>();
    private final Map<String, Integer> locations = new HashMap<>();
    private final ReportingLines reportingLines;
    private final List<AnswerLink> links;
    private final WordRanking ranking = new WordRanking();

    CohortCompiler(ReportingLines reportingLines, List<AnswerLink> links) {
        this.reportingLines = reportingLines;
        this.links = links;
    }

    Person[] compile(List<Candidate> candidates, boolean mentees) {
        Person[] people = new Person[candidates.size()];
        long[] week = new long[people.length * WeeklySlots.WORDS];
        for (int i = 0; i < people.length; i++) {
            people[i] = person(candidates.get(i), mentees);
            ZoneId zone = zoneOf(candidates.get(i));
            if (zone != null) {
                long[] mask = WeeklySlots.mask(candidates.get(i).profile().availability(), zone);
                System.arraycopy(mask, 0, week, i * WeeklySlots.WORDS, WeeklySlots.WORDS);
                people[i].weekAt = i * WeeklySlots.WORDS;
                people[i].slotCount = WeeklySlots.count(mask);
            }
            people[i].week = week;
        }
        return people;
    }

    /** The profile's time zone, else the directory's; null when neither is a known zone. */
    private static ZoneId zoneOf(Candidate candidate) {
        ZoneId zone = WeeklySlots.zone(candidate.profile().timeZone());
        return zone != null || candidate.employee() == null ? zone : WeeklySlots.zone(candidate.employee().timeZone());
    }

    /** Offered levels by skill index need the whole cohort's skills first, so they are filled in a second pass. */
    void fillOffers(Person[] mentors, List<Candidate> candidates) {
        for (int j = 0; j < mentors.length; j++) {
            byte[] levels = new byte[skills.size()];
            for (SkillRating rating : candidates.get(j).profile().offered()) {
                int index = skills.get(rating.skillCode());
                levels[index] = (byte) Math.max(levels[index], level(rating));
            }
            mentors[j].offerLevel = levels;
        }
    }

    private Person person(Candidate candidate, boolean mentee) {
        ProfileSnapshot profile = candidate.profile();
        Employee employee = candidate.employee();
        Person p = new Person(candidate);
        if (mentee) {
            wishes(p, profile.wanted());
        } else {
            profile.offered().forEach(rating -> id(skills, rating.skillCode()));
        }
        int[] interestIds = wordIds(profile.interests());
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            Integer score = profile.workStyle().get(dimension);
            if (score != null) {
                p.style(dimension.ordinal(), Math.max(0, Math.min(100, score)));
            }
        }
        ZoneId zone = zoneOf(candidate);
        if (zone != null) {
            p.offset = WeeklySlots.offsetMinutes(zone);
        }
        for (String language : spoken(candidate)) {
            int id = id(languages, language);
            if (id < 64) {
                p.languageMask |= 1L << id;
            } else {
                int word = (id - 64) >>> 6;
                if (p.moreLanguages.length <= word) {
                    p.moreLanguages = Arrays.copyOf(p.moreLanguages, word + 1);
                }
                p.moreLanguages[word] |= 1L << (id & 63);
            }
        }
        p.mode = profile.meetingMode() == null ? Person.UNKNOWN : switch (profile.meetingMode()) {
            case IN_PERSON -> Person.IN_PERSON;
            case VIDEO -> Person.VIDEO;
            case EITHER -> Person.EITHER;
        };
        if (employee != null) {
            p.department = idOrUnknown(departments, employee.department());
            p.location = idOrUnknown(locations, employee.location());
            p.birthYear = employee.birthYear() == null ? Person.UNKNOWN : employee.birthYear();
            p.grade = employee.grade() == null ? Person.UNKNOWN : employee.grade();
        }
        Optional<ChainPosition> position = reportingLines.position(profile.employeeNumber());
        if (position.isPresent()) {
            p.enter = position.get().enter();
            p.exit = position.get().exit();
            p.depth = position.get().depth();
        }
        ranking.add(p, interestIds, answers(p, profile, mentee));
        return p;
    }

    private void wishes(Person p, List<SkillRating> wanted) {
        Map<Integer, Integer> levels = new HashMap<>();
        for (SkillRating rating : wanted) {
            levels.merge(id(skills, rating.skillCode()), level(rating), Math::max);
        }
        p.wantSkill = new int[levels.size()];
        p.wantLevel = new int[levels.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> entry : levels.entrySet()) {
            p.wantSkill[k] = entry.getKey();
            p.wantLevel[k] = entry.getValue();
            p.wantTotal += entry.getValue();
            k++;
        }
        p.skillPercent = new int[p.wantTotal + 1];
        for (int covered = 0; p.wantTotal > 0 && covered <= p.wantTotal; covered++) {
            p.skillPercent[covered] = Fulfilment.percent(covered, p.wantTotal);
        }
    }

    /** Chosen values or words per link, by first-seen id; scales go straight into the person. */
    private int[][] answers(Person p, ProfileSnapshot profile, boolean mentee) {
        int[][] ids = new int[links.size()][];
        p.answerScale = new int[links.size()];
        for (int l = 0; l < links.size(); l++) {
            AnswerLink link = links.get(l);
            List<String> values = profile.answers().get(mentee ? link.menteeQuestion() : link.mentorQuestion());
            p.answerScale[l] = Person.UNKNOWN;
            if (values == null || values.isEmpty()) {
                continue;
            }
            switch (link.kind()) {
                case SCALE -> p.answerScale[l] = scale(values.get(0));
                case CHOICE -> ids[l] = values.stream().map(AnswerLink::choiceKey)
                        .mapToInt(value -> id(words, value)).distinct().toArray();
                case WORDS -> ids[l] = nullWhenEmpty(wordIds(String.join(" ", values)));
            }
        }
        return ids;
    }

    /** Ranks the words by use and fills every person's word sets; call once both sides are compiled. */
    void rankWords() {
        ranking.fill(words.size());
    }

    private int[] wordIds(String text) {
        return Words.of(text).keySet().stream().mapToInt(word -> id(words, word))
                .toArray();
    }

    /** The languages of the profile, else those of the directory entry, as ISO codes. */
    static List<String> spoken(Candidate candidate) {
        List<String> given = candidate.profile().languages();
        if (given.isEmpty() && candidate.employee() != null) {
            given = candidate.employee().languages();
        }
        List<String> codes = new ArrayList<>();
        for (String language : given) {
            if (language != null && !language.isBlank() && !codes.contains(Languages.canonical(language))) {
                codes.add(Languages.canonical(language));
            }
        }
        return codes;
    }

    static int level(SkillRating rating) {
        return rating.level() == null ? 1 : Math.max(1, Math.min(5, rating.level()));
    }

    private static int scale(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return Person.UNKNOWN;
        }
    }

    private static int[] nullWhenEmpty(int[] ids) {
        return ids.length == 0 ? null : ids;
    }

    private static int idOrUnknown(Map<String, Integer> ids, String text) {
        return text == null || text.isBlank() ? Person.UNKNOWN : id(ids, text.strip().toLowerCase(Locale.ROOT));
    }

    private static int id(Map<String, Integer> ids, String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    /** Sets {@code doNotMatch} on each mentee: the mentors either of the two lists names. */
    static void doNotMatch(Person[] mentees, Person[] mentors, Map<String, List<Integer>> menteeAt,
                           Map<String, List<Integer>> mentorAt) {
        Map<Integer, Set<Integer>> barred = new HashMap<>(); // only the few people with a list, or named on one
        for (int i = 0; i < mentees.length; i++) {
            for (String number : mentees[i].candidate.profile().doNotMatch()) {
                for (int j : mentorAt.getOrDefault(number, List.of())) {
                    barred.computeIfAbsent(i, k -> new java.util.TreeSet<>()).add(j);
                }
            }
        }
        for (int j = 0; j < mentors.length; j++) {
            for (String number : mentors[j].candidate.profile().doNotMatch()) {
                for (int i : menteeAt.getOrDefault(number, List.of())) {
                    barred.computeIfAbsent(i, k -> new java.util.TreeSet<>()).add(j);
                }
            }
        }
        barred.forEach((i, js) -> mentees[i].doNotMatch = js.stream().mapToInt(Integer::intValue).toArray());
    }

    static Map<String, List<Integer>> indexes(Person[] people) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < people.length; i++) {
            at.computeIfAbsent(people[i].candidate.employeeNumber(), n -> new ArrayList<>()).add(i);
        }
        return at;
    }
}
