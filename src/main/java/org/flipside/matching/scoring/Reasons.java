package org.flipside.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.StylePreference;
import org.flipside.people.Employee;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;

/**
 * The readable reason for each criterion's fulfilment and for each block, as message keys of
 * {@code i18n/matching-scoring.properties}. Slow on purpose: only explanations use it. Reasons name what the two
 * have in common, never what one of them keeps to themself (a do-not-match list, an answer the other does not share).
 */
final class Reasons {

    /** At most this many skills, words or values are listed; the rest are counted. */
    static final int LISTED = 6;
    private static final int QUESTION_TEXT = 80;

    private final Fulfilment fulfilment;
    private final List<AnswerLink> links;
    private final ProfileReasons profiles;

    Reasons(MatchingSettings settings, Fulfilment fulfilment, List<AnswerLink> links) {
        this.fulfilment = fulfilment;
        this.links = links;
        this.profiles = new ProfileReasons(settings);
    }

    static int[] stylePreferences(MatchingSettings settings) {
        int[] preferences = new int[WorkStyleDimension.values().length];
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            StylePreference preference = settings.style(dimension);
            preferences[dimension.ordinal()] = preference == StylePreference.SIMILAR ? Fulfilment.SIMILAR
                    : preference == StylePreference.COMPLEMENTARY ? Fulfilment.COMPLEMENTARY : Fulfilment.IGNORE;
        }
        return preferences;
    }

    Reason of(Criterion criterion, int f, Person mentee, Person mentor) {
        return switch (criterion) {
            case SKILLS -> skills(mentee, mentor);
            case INTERESTS -> profiles.interests(mentee, mentor);
            case WORK_STYLE -> profiles.workStyle(f, mentee, mentor);
            case AVAILABILITY -> profiles.availability(mentee, mentor);
            case TIME_ZONE -> profiles.timeZone(mentee, mentor);
            case LANGUAGE -> profiles.language(mentee, mentor);
            case MEETING_MODE -> profiles.meetingMode(f, mentee, mentor);
            case ANSWERS -> answers(f, mentee, mentor);
            case CROSS_DEPARTMENT -> DirectoryReasons.crossing("department", mentee, mentor, Employee::department);
            case CROSS_LOCATION -> DirectoryReasons.crossing("location", mentee, mentor, Employee::location);
            case CROSS_GENERATION -> DirectoryReasons.generation(mentee, mentor);
        };
    }

    Reason block(Constraint constraint, Person mentee, Person mentor, HardConstraints constraints) {
        return DirectoryReasons.block(constraint, mentee, mentor, constraints);
    }

    Reason mustHave(Criterion criterion, int f, int threshold) {
        return Reason.of(Constraint.MUST_HAVE.messageKey(), Term.of(criterion.messageKey()), f, threshold);
    }

    private Reason skills(Person mentee, Person mentor) {
        List<SkillRating> wanted = distinctWishes(mentee.candidate.profile().wanted());
        String name = name(mentee);
        if (wanted.isEmpty()) {
            return Reason.of("matching.reason.skills.noWishes", name);
        }
        List<Object> taught = new ArrayList<>();
        int lower = 0;
        int count = 0;
        for (SkillRating wish : wanted) {
            int offered = offeredLevel(mentor, wish.skillCode());
            if (offered > 0) {
                count++;
                lower += offered < CohortCompiler.level(wish) ? 1 : 0;
                taught.add(new Term("skill." + wish.skillCode(), List.of(), wish.skillCode()));
            }
        }
        if (count == 0) {
            return Reason.of("matching.reason.skills.none", wanted.size(), name);
        }
        if (count == wanted.size()) {
            return Reason.of("matching.reason.skills.all", count, name, listed(taught), lower);
        }
        return Reason.of("matching.reason.skills.some", count, wanted.size(), name, listed(taught), lower);
    }

    private static int offeredLevel(Person mentor, String code) {
        int level = 0;
        for (SkillRating rating : mentor.candidate.profile().offered()) {
            if (rating.skillCode().equals(code)) {
                level = Math.max(level, CohortCompiler.level(rating));
            }
        }
        return level;
    }

    /** The wishes in the profile's order, each skill once at the highest level given (as the compiler counts them). */
    private static List<SkillRating> distinctWishes(List<SkillRating> wanted) {
        Map<String, SkillRating> byCode = new java.util.LinkedHashMap<>();
        for (SkillRating rating : wanted) {
            byCode.merge(rating.skillCode(), rating,
                    (x, y) -> CohortCompiler.level(x) >= CohortCompiler.level(y) ? x : y);
        }
        return List.copyOf(byCode.values());
    }

    private Reason answers(int f, Person mentee, Person mentor) {
        if (!fulfilment.applies(Criterion.ANSWERS)) {
            return Reason.of("matching.reason.answers.noLinks");
        }
        List<Object> parts = new ArrayList<>();
        for (int l = 0; l < links.size(); l++) {
            AnswerLink link = links.get(l);
            String text = shorten(link.text());
            List<String> a = mentee.candidate.profile().answers().get(link.menteeQuestion());
            List<String> b = mentor.candidate.profile().answers().get(link.mentorQuestion());
            int part = fulfilment.answer(l, mentee, mentor);
            if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
                String missing = a == null || a.isEmpty() ? name(mentee) : name(mentor);
                parts.add(Term.of("matching.answer.missing", text, missing));
            } else if (link.kind() == AnswerLink.Kind.SCALE) {
                parts.add(Term.of("matching.answer.scale", text, part));
            } else {
                parts.add(Term.of("matching.answer.shared", text, part, listed(sharedValues(link.kind(), a, b))));
            }
        }
        return Reason.of("matching.reason.answers", f, parts);
    }

    private static List<Object> sharedValues(AnswerLink.Kind kind, List<String> mentee, List<String> mentor) {
        List<Object> shared = new ArrayList<>();
        if (kind == AnswerLink.Kind.CHOICE) {
            Set<String> other = new java.util.HashSet<>();
            mentor.forEach(value -> other.add(AnswerLink.choiceKey(value)));
            Set<String> seen = new java.util.HashSet<>();
            for (String value : mentee) {
                if (other.contains(AnswerLink.choiceKey(value)) && seen.add(AnswerLink.choiceKey(value))) {
                    shared.add(value.strip());
                }
            }
        } else {
            Map<String, String> other = Words.of(String.join(" ", mentor));
            Words.of(String.join(" ", mentee)).forEach((word, written) -> {
                if (other.containsKey(word)) {
                    shared.add(written);
                }
            });
        }
        return shared;
    }

    /** The first {@link #LISTED} items, and "n more" for the rest. */
    static List<Object> listed(List<Object> items) {
        if (items.size() <= LISTED) {
            return List.copyOf(items);
        }
        List<Object> shown = new ArrayList<>(items.subList(0, LISTED));
        shown.add(Term.of("matching.reason.more", items.size() - LISTED));
        return shown;
    }

    static String name(Person person) {
        return person.candidate.displayName();
    }

    private static String shorten(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= QUESTION_TEXT ? plain : plain.substring(0, QUESTION_TEXT - 1).strip() + "…";
    }
}
