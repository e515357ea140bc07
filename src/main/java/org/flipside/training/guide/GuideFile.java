package org.flipside.training.guide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flipside.program.Objective;
import org.flipside.shared.FieldProblem;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;

/**
 * Reads one file of the guide library. The format is line by line, {@code name: value}, so the texts can be written
 * and reviewed without tooling; blank lines and lines starting with {@code #} are ignored. An {@code exercise:} line
 * names an exercise and the {@code step:} lines right after it are its steps. Anything else is refused with the line
 * and the reason, because a guide that quietly lost an item would be worse than an application that does not start.
 */
final class GuideFile {

    static final int MIN_QUESTIONS = 5;
    static final int MIN_EXERCISES = 2;
    static final int MIN_UPWARD = 2;
    static final int MIN_RECEIVING = 2;
    static final int MIN_STEPS = 2;

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,50}");
    private static final Set<String> SINGLE = Set.of("code", "objective", "keywords", "title", "introduction");
    private static final Map<String, GuideItemKind> ITEMS = Map.of("question", GuideItemKind.OPENING_QUESTION,
            "exercise", GuideItemKind.EXERCISE, "upward", GuideItemKind.GIVING_FEEDBACK_UPWARD,
            "receiving", GuideItemKind.RECEIVING_FEEDBACK);

    private final String file;
    private final Map<String, String> fields = new HashMap<>();
    private final List<GuideItem> items = new ArrayList<>();
    private StringBuilder exercise;
    private int exerciseLine;
    private int steps;

    private GuideFile(String file) {
        this.file = file;
    }

    static LibraryGuide parse(String file, String content) {
        return new GuideFile(file).read(content);
    }

    private LibraryGuide read(String content) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line(i + 1, lines[i].strip());
        }
        closeExercise();
        return guide();
    }

    private void line(int number, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw fail(number, "expected 'name: value' but found '" + abbreviate(line) + "'");
        }
        String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty()) {
            throw fail(number, "'" + name + "' has no value");
        }
        if (SINGLE.contains(name)) {
            closeExercise();
            if (fields.put(name, value) != null) {
                throw fail(number, "'" + name + "' is given twice");
            }
        } else if (name.equals("step")) {
            if (exercise == null) {
                throw fail(number, "a step must follow an 'exercise:' line or another step");
            }
            exercise.append('\n').append(value);
            steps++;
        } else if (ITEMS.containsKey(name)) {
            closeExercise();
            if (ITEMS.get(name) == GuideItemKind.EXERCISE) {
                exercise = new StringBuilder(value);
                exerciseLine = number;
                steps = 0;
            } else {
                items.add(new GuideItem(items.size() + 1, ITEMS.get(name), value));
            }
        } else {
            throw fail(number, "unknown name '" + name + "' (expected one of code, objective, keywords, title, "
                    + "introduction, question, exercise, step, upward, receiving)");
        }
    }

    private void closeExercise() {
        if (exercise == null) {
            return;
        }
        if (steps < MIN_STEPS) {
            throw fail(exerciseLine, "the exercise has " + steps + " steps; give it at least " + MIN_STEPS);
        }
        items.add(new GuideItem(items.size() + 1, GuideItemKind.EXERCISE, exercise.toString()));
        exercise = null;
    }

    private LibraryGuide guide() {
        String code = required("code");
        if (!CODE.matcher(code).matches()) {
            throw fail(0, "the code '" + code + "' must be 1 to 50 lower-case letters, digits or dashes");
        }
        List<String> keywords = List.of(required("keywords").toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        if (keywords.stream().anyMatch(String::isBlank)) {
            throw fail(0, "the keywords contain an empty entry");
        }
        LibraryGuide guide = new LibraryGuide(code, objective(code), keywords, required("title"),
                required("introduction"), items);
        counts(guide);
        List<FieldProblem> problems = GuideRules.check(guide.asEdit(), Set.of());
        if (!problems.isEmpty()) {
            throw fail(0, problems.stream().map(p -> p.field() + ": " + p.defaultMessage())
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        return guide;
    }

    private Objective objective(String code) {
        String objective = fields.get("objective");
        if (objective == null) {
            if (!code.equals(LibraryGuide.GENERAL)) {
                throw fail(0, "only the general guide has no objective");
            }
            return null;
        }
        try {
            return Objective.valueOf(objective);
        } catch (IllegalArgumentException e) {
            throw fail(0, "unknown objective '" + objective + "' (expected one of "
                    + List.of(Objective.values()) + ")");
        }
    }

    private void counts(LibraryGuide guide) {
        Map<GuideItemKind, Integer> counts = new EnumMap<>(GuideItemKind.class);
        guide.items().forEach(item -> counts.merge(item.kind(), 1, Integer::sum));
        minimum(counts, GuideItemKind.OPENING_QUESTION, MIN_QUESTIONS, "opening questions ('question:')");
        minimum(counts, GuideItemKind.EXERCISE, MIN_EXERCISES, "exercises ('exercise:')");
        minimum(counts, GuideItemKind.GIVING_FEEDBACK_UPWARD, MIN_UPWARD, "items on giving feedback upward ('upward:')");
        minimum(counts, GuideItemKind.RECEIVING_FEEDBACK, MIN_RECEIVING, "items on receiving feedback ('receiving:')");
    }

    private void minimum(Map<GuideItemKind, Integer> counts, GuideItemKind kind, int minimum, String what) {
        int count = counts.getOrDefault(kind, 0);
        if (count < minimum) {
            throw fail(0, "it has " + count + " " + what + "; a guide needs at least " + minimum);
        }
    }

    private String required(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw fail(0, "'" + name + ":' is missing");
        }
        return value;
    }

    private MalformedGuideException fail(int line, String reason) {
        return new MalformedGuideException(file, line, reason);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
