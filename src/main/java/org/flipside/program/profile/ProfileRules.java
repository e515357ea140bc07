package org.flipside.program.profile;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.SkillRating;
import org.flipside.shared.FieldProblem;

/**
 * The rules a profile must meet before it is saved. Every problem is reported with the field it is about
 * ({@code offered[2].level}, {@code availability[0].end}), all at once.
 */
public final class ProfileRules {

    public static final int MAX_SKILLS = 10;
    public static final int MAX_INTERESTS = 1000;
    public static final int MAX_SLOTS = 21;
    public static final int MAX_LANGUAGES = 10;
    public static final int MAX_DO_NOT_MATCH = 20;
    public static final int SLOT_MINUTES = 15;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * @param skills       finds a skill of the taxonomy by code
     * @param kept         skill codes already on the saved profile: they may stay even when retired
     * @param employee     whether an employee number is in the directory
     * @param ownNumber    the participant's own employee number
     */
    public record Context(Function<String, Optional<Skill>> skills, Set<String> kept, Predicate<String> employee,
                          String ownNumber) {
    }

    private ProfileRules() {
    }

    public static List<FieldProblem> check(ProfileContent content, Context context) {
        List<FieldProblem> problems = new ArrayList<>();
        skills("offered", content.offered(), context, problems);
        skills("wanted", content.wanted(), context, problems);
        if (content.interests() != null && content.interests().length() > MAX_INTERESTS) {
            problems.add(FieldProblem.of("interests", "profile.interests.tooLong",
                    "Keep your interests to " + MAX_INTERESTS + " characters.", MAX_INTERESTS));
        }
        answers(content.answers(), problems);
        availability(content, problems);
        languages(content.languages(), problems);
        doNotMatch(content.doNotMatch(), context, problems);
        return problems;
    }

    private static void skills(String field, List<SkillRating> ratings, Context context, List<FieldProblem> problems) {
        if (ratings.size() > MAX_SKILLS) {
            problems.add(FieldProblem.of(field, "profile.skills.tooMany", "Choose at most " + MAX_SKILLS + " skills.", MAX_SKILLS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            String at = field + "[" + i + "]";
            SkillRating rating = ratings.get(i);
            String code = rating == null ? null : rating.skillCode();
            Optional<Skill> skill = code == null || code.isBlank() ? Optional.empty() : context.skills().apply(code);
            if (skill.isEmpty()) {
                problems.add(FieldProblem.of(at + ".skill", "profile.skill.unknown", "Choose a skill from the list.", String.valueOf(code)));
            } else if (skill.get().retired() && !context.kept().contains(code)) {
                problems.add(FieldProblem.of(at + ".skill", "profile.skill.retired", "This skill is no longer offered.", code));
            } else if (!seen.add(code)) {
                problems.add(FieldProblem.of(at + ".skill", "profile.skill.duplicate", "Each skill only once, please.", code));
            }
            Integer level = rating == null ? null : rating.level();
            if (level == null || level < 1 || level > 5) {
                problems.add(FieldProblem.of(at + ".level", "profile.skill.level", "Choose a level from 1 to 5."));
            }
        }
    }

    private static void answers(Map<Integer, Integer> answers, List<FieldProblem> problems) {
        answers.forEach((number, answer) -> {
            String at = "answers[" + number + "]";
            if (!WorkStyle.isStatement(number)) {
                problems.add(FieldProblem.of(at, "profile.answer.unknown", "There is no statement " + number + ".", number));
            } else if (answer != null && !WorkStyle.isAnswer(answer)) {
                problems.add(FieldProblem.of(at, "profile.answer.range", "Answer from 1 (disagree) to 5 (agree)."));
            }
        });
    }

    private static void availability(ProfileContent content, List<FieldProblem> problems) {
        List<AvailabilitySlot> slots = content.availability();
        String zone = content.timeZone();
        if (zone == null || zone.isBlank()) {
            if (!slots.isEmpty()) {
                problems.add(FieldProblem.of("timeZone", "profile.timeZone.required", "Choose the time zone of your times."));
            }
        } else if (!validZone(zone)) {
            problems.add(FieldProblem.of("timeZone", "profile.timeZone.unknown", "Choose a time zone from the list.", zone));
        }
        if (slots.size() > MAX_SLOTS) {
            problems.add(FieldProblem.of("availability", "profile.slots.tooMany", "At most " + MAX_SLOTS + " time slots.", MAX_SLOTS));
        }
        for (int i = 0; i < slots.size(); i++) {
            slot(i, slots, problems);
        }
    }

    private static void slot(int i, List<AvailabilitySlot> slots, List<FieldProblem> problems) {
        String at = "availability[" + i + "]";
        AvailabilitySlot slot = slots.get(i);
        if (slot == null || slot.day() == null) {
            problems.add(FieldProblem.of(at + ".day", "profile.slot.day", "Choose a day."));
        }
        if (slot == null || slot.start() == null) {
            problems.add(FieldProblem.of(at + ".start", "profile.slot.time", "Enter a time such as 09:30."));
        } else if (!onGrid(slot.start())) {
            problems.add(FieldProblem.of(at + ".start", "profile.slot.grid", "Use quarter hours (:00, :15, :30, :45)."));
        }
        if (slot == null || slot.end() == null) {
            problems.add(FieldProblem.of(at + ".end", "profile.slot.time", "Enter a time such as 09:30."));
        } else if (!onGrid(slot.end())) {
            problems.add(FieldProblem.of(at + ".end", "profile.slot.grid", "Use quarter hours (:00, :15, :30, :45)."));
        } else if (slot.start() != null && !slot.end().isAfter(slot.start())) {
            problems.add(FieldProblem.of(at + ".end", "profile.slot.order", "The end must be after the start."));
        } else if (slot.start() != null && slot.day() != null && overlapsEarlier(i, slots)) {
            problems.add(FieldProblem.of(at, "profile.slot.overlap", "This slot overlaps another one on the same day."));
        }
    }

    private static boolean overlapsEarlier(int i, List<AvailabilitySlot> slots) {
        AvailabilitySlot slot = slots.get(i);
        for (int j = 0; j < i; j++) {
            AvailabilitySlot other = slots.get(j);
            if (other != null && other.day() == slot.day() && other.start() != null && other.end() != null
                    && other.start().isBefore(slot.end()) && slot.start().isBefore(other.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onGrid(java.time.LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % SLOT_MINUTES == 0;
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC");
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void languages(List<String> languages, List<FieldProblem> problems) {
        if (languages.size() > MAX_LANGUAGES) {
            problems.add(FieldProblem.of("languages", "profile.languages.tooMany", "At most " + MAX_LANGUAGES + " languages.", MAX_LANGUAGES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (language == null || !LANGUAGES.contains(language)) {
                problems.add(FieldProblem.of("languages[" + i + "]", "profile.language.unknown",
                        "Use a two-letter language code such as en or de.", String.valueOf(language)));
            } else if (!seen.add(language)) {
                problems.add(FieldProblem.of("languages[" + i + "]", "profile.language.duplicate", "Each language only once, please."));
            }
        }
    }

    private static void doNotMatch(List<String> numbers, Context context, List<FieldProblem> problems) {
        if (numbers.size() > MAX_DO_NOT_MATCH) {
            problems.add(FieldProblem.of("doNotMatch", "profile.doNotMatch.tooMany", "At most " + MAX_DO_NOT_MATCH + " people.", MAX_DO_NOT_MATCH));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            String at = "doNotMatch[" + i + "]";
            if (number == null || number.isBlank() || !context.employee().test(number)) {
                problems.add(FieldProblem.of(at, "profile.doNotMatch.unknown", "Choose people from the directory.", String.valueOf(number)));
            } else if (number.equals(context.ownNumber())) {
                problems.add(FieldProblem.of(at, "profile.doNotMatch.self", "You cannot list yourself."));
            } else if (!seen.add(number)) {
                problems.add(FieldProblem.of(at, "profile.doNotMatch.duplicate", "Each person only once, please."));
            }
        }
    }
}
