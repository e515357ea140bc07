package org.flipside.matching.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.matching.settings.StylePreference;
import org.flipside.program.WorkStyleDimension;
import org.flipside.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The settings page's fields, read from the posted form: {@code weight.SKILLS}, {@code mustHave.SKILLS},
 * {@code threshold.SKILLS}, {@code style.PACE}, {@code link.mentor}/{@code link.mentee} (pairs in order, empty pairs
 * ignored) and the plain numbers. Values that are not numbers become problems for their field.
 */
final class SettingsForm {

    private final MultiValueMap<String, String> params;
    private final List<FieldProblem> problems = new ArrayList<>();

    private SettingsForm(MultiValueMap<String, String> params) {
        this.params = params;
    }

    /** The settings the form describes, and the values that could not be read. */
    static Parsed parse(MultiValueMap<String, String> params) {
        SettingsForm form = new SettingsForm(params);
        return new Parsed(form.settings(), List.copyOf(form.problems));
    }

    record Parsed(MatchingSettings settings, List<FieldProblem> problems) {
    }

    private MatchingSettings settings() {
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            criteria.put(c, new CriterionSetting(number("weight." + c.name(), "criteria." + c.name() + ".weight", 0),
                    params.containsKey("mustHave." + c.name()),
                    number("threshold." + c.name(), "criteria." + c.name() + ".threshold", 0)));
        }
        Map<WorkStyleDimension, StylePreference> styles = new EnumMap<>(WorkStyleDimension.class);
        for (WorkStyleDimension d : WorkStyleDimension.values()) {
            String value = params.getFirst("style." + d.name());
            styles.put(d, enumValue(StylePreference.class, value, "workStyle." + d.name(), StylePreference.IGNORE));
        }
        return new MatchingSettings(criteria, styles, number("chainLevels", "chainLevels", 0),
                number("minimumGradeGap", "minimumGradeGap", 0), params.containsKey("avoidEarlierPairs"),
                enumValue(Priority.class, params.getFirst("priority"), "priority", null),
                params.containsKey("selfMatch"), number("responseDays", "responseDays", 0), links(),
                number("version", "version", 0));
    }

    private List<QuestionLink> links() {
        List<String> mentors = params.getOrDefault("link.mentor", List.of());
        List<String> mentees = params.getOrDefault("link.mentee", List.of());
        List<QuestionLink> links = new ArrayList<>();
        for (int i = 0; i < Math.min(mentors.size(), mentees.size()); i++) {
            if (mentors.get(i).isBlank() && mentees.get(i).isBlank()) {
                continue;
            }
            try {
                links.add(new QuestionLink(Long.parseLong(mentors.get(i).trim()), Long.parseLong(mentees.get(i).trim())));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("questionLinks[" + links.size() + "]", "matching.settings.link.incomplete",
                        "Choose both questions of a link."));
            }
        }
        return links;
    }

    private int number(String param, String field, int fallback) {
        String value = params.getFirst(param);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "matching.value.invalid", "'" + value + "' is not a whole number.",
                    value));
            return fallback;
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "matching.value.invalid", "'" + value + "' is not a valid value here.",
                    value));
            return fallback;
        }
    }
}
