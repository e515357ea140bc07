package org.flipside.program.definition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.shared.FieldProblem;

/**
 * The rules a program's fields must follow. Every check runs, so a manager sees all problems at once. Field names
 * are those of the program form, so the error summary can link to each input.
 */
public final class ProgramRules {

    public static final int NAME_MAX = 200;
    public static final int PURPOSE_MAX = 4000;
    public static final int CUSTOM_OBJECTIVE_MAX = 300;
    public static final int OBJECTIVES_MAX = 20;
    public static final int TOPIC_MAX = 100;
    public static final int TOPICS_MAX = 30;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 5;

    private ProgramRules() {
    }

    /** Trims what people type around their words; empty optional entries stay in, so they are reported. */
    public static ProgramDraft normalise(ProgramDraft draft) {
        List<ObjectiveChoice> objectives = draft.objectives().stream()
                .map(choice -> choice == null ? null : new ObjectiveChoice(choice.catalogue(), strip(choice.custom())))
                .toList();
        List<String> topics = draft.focusTopics().stream().map(ProgramRules::strip).toList();
        return new ProgramDraft(strip(draft.name()), strip(draft.purpose()), objectives, topics,
                draft.startDate(), draft.endDate(), draft.cadence(), draft.mentorCapacity(), strip(draft.templateCode()));
    }

    /**
     * Checks a draft. With {@code complete}, it must also be ready to run (dates and at least one objective), as
     * every program that has left DRAFT must be.
     */
    public static List<FieldProblem> check(ProgramDraft draft, boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        checkText(problems, "name", draft.name(), NAME_MAX);
        checkText(problems, "purpose", draft.purpose(), PURPOSE_MAX);
        checkObjectives(problems, draft.objectives());
        checkTopics(problems, draft.focusTopics());
        checkDates(problems, draft.startDate(), draft.endDate());
        if (draft.cadence() == null) {
            problems.add(FieldProblem.of("cadence", "program.cadence.required", "Choose how often pairs meet."));
        }
        checkCapacity(problems, draft.mentorCapacity());
        if (complete) {
            problems.addAll(missingToLeaveDraft(draft.startDate(), draft.endDate(), draft.objectives().size()));
        }
        return problems;
    }

    /** What a program still lacks before it can leave DRAFT. */
    public static List<FieldProblem> missingToLeaveDraft(LocalDate start, LocalDate end, int objectiveCount) {
        List<FieldProblem> missing = new ArrayList<>();
        if (start == null) {
            missing.add(FieldProblem.of("startDate", "program.startDate.required", "Set a start date."));
        }
        if (end == null) {
            missing.add(FieldProblem.of("endDate", "program.endDate.required", "Set an end date."));
        }
        if (objectiveCount == 0) {
            missing.add(FieldProblem.of("objectives", "program.objectives.required", "Choose or write at least one objective."));
        }
        return missing;
    }

    private static void checkText(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "program." + field + ".required", "Enter the " + field + "."));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "program." + field + ".tooLong",
                    "Use at most " + max + " characters (this has " + value.length() + ").", max, value.length()));
        }
    }

    private static void checkObjectives(List<FieldProblem> problems, List<ObjectiveChoice> objectives) {
        if (objectives.size() > OBJECTIVES_MAX) {
            problems.add(FieldProblem.of("objectives", "program.objectives.tooMany",
                    "Choose at most " + OBJECTIVES_MAX + " objectives (there are " + objectives.size() + ").",
                    OBJECTIVES_MAX, objectives.size()));
        }
        Set<Objective> catalogue = EnumSet.noneOf(Objective.class);
        Set<String> custom = new HashSet<>();
        for (ObjectiveChoice choice : objectives) {
            if (choice == null || (choice.catalogue() == null) == (choice.custom() == null)) {
                problems.add(FieldProblem.of("objectives", "program.objective.invalid",
                        "Each objective is either one from the catalogue or a text of your own, not both or neither."));
            } else if (choice.catalogue() != null) {
                if (!catalogue.add(choice.catalogue())) {
                    problems.add(FieldProblem.of("objectives", "program.objective.duplicate",
                            "The objective " + choice.catalogue() + " is listed twice.", choice.catalogue().name()));
                }
            } else {
                checkCustomObjective(problems, choice.custom(), custom);
            }
        }
    }

    private static void checkCustomObjective(List<FieldProblem> problems, String text, Set<String> seen) {
        if (text.isBlank()) {
            problems.add(FieldProblem.of("customObjectives", "program.customObjective.empty",
                    "A custom objective is empty."));
        } else if (text.length() > CUSTOM_OBJECTIVE_MAX) {
            problems.add(FieldProblem.of("customObjectives", "program.customObjective.tooLong",
                    "Write each objective in at most " + CUSTOM_OBJECTIVE_MAX + " characters (one has " + text.length() + ").",
                    CUSTOM_OBJECTIVE_MAX, text.length()));
        } else if (!seen.add(text.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of("customObjectives", "program.customObjective.duplicate",
                    "The objective '" + text + "' is listed twice.", text));
        }
    }

    private static void checkTopics(List<FieldProblem> problems, List<String> topics) {
        if (topics.size() > TOPICS_MAX) {
            problems.add(FieldProblem.of("focusTopics", "program.focusTopics.tooMany",
                    "List at most " + TOPICS_MAX + " focus topics (there are " + topics.size() + ").", TOPICS_MAX, topics.size()));
        }
        Set<String> seen = new HashSet<>();
        for (String topic : topics) {
            if (topic == null || topic.isBlank()) {
                problems.add(FieldProblem.of("focusTopics", "program.focusTopic.empty", "A focus topic is empty."));
            } else if (topic.length() > TOPIC_MAX) {
                problems.add(FieldProblem.of("focusTopics", "program.focusTopic.tooLong",
                        "Keep each focus topic to " + TOPIC_MAX + " characters ('" + abbreviate(topic) + "' has " + topic.length() + ").",
                        TOPIC_MAX, abbreviate(topic), topic.length()));
            } else if (!seen.add(topic.toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("focusTopics", "program.focusTopic.duplicate",
                        "The focus topic '" + topic + "' is listed twice.", topic));
            }
        }
    }

    private static void checkDates(List<FieldProblem> problems, LocalDate start, LocalDate end) {
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(FieldProblem.of("endDate", "program.endDate.notAfterStart", "The end date must be after the start date."));
        }
    }

    private static void checkCapacity(List<FieldProblem> problems, Integer capacity) {
        if (capacity == null) {
            problems.add(FieldProblem.of("mentorCapacity", "program.mentorCapacity.required",
                    "Enter how many mentees one mentor may take."));
        } else if (capacity < CAPACITY_MIN || capacity > CAPACITY_MAX) {
            problems.add(FieldProblem.of("mentorCapacity", "program.mentorCapacity.range",
                    "A mentor takes " + CAPACITY_MIN + " to " + CAPACITY_MAX + " mentees.", CAPACITY_MIN, CAPACITY_MAX));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
