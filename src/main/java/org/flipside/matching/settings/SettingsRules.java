package org.flipside.matching.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.program.Question;
import org.flipside.shared.FieldProblem;

/** What makes matching settings acceptable; every problem is reported with its field, all at once. */
final class SettingsRules {

    static final int MAX_CHAIN_LEVELS = 20;
    static final int MAX_GRADE_GAP = 10;
    static final int MIN_RESPONSE_DAYS = 1;
    static final int MAX_RESPONSE_DAYS = 60;

    private SettingsRules() {
    }

    /** The problems of {@code settings}; {@code questions} are the program's questions, retired ones included. */
    static List<FieldProblem> check(MatchingSettings settings, List<Question> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (settings.priority() == null) {
            problems.add(FieldProblem.of("priority", "matching.settings.priority.required",
                    "Choose what the optimiser maximises first."));
        }
        boolean anyWeight = false;
        for (Criterion criterion : Criterion.values()) {
            CriterionSetting setting = settings.criterion(criterion);
            String field = "criteria." + criterion.name();
            if (setting.weight() < 0 || setting.weight() > CriterionSetting.MAX_WEIGHT) {
                problems.add(FieldProblem.of(field + ".weight", "matching.settings.weight.range",
                        "A weight is from 0 to 10.", setting.weight()));
            }
            if (setting.threshold() < 0 || setting.threshold() > 100) {
                problems.add(FieldProblem.of(field + ".threshold", "matching.settings.threshold.range",
                        "A threshold is from 0 to 100 percent.", setting.threshold()));
            }
            anyWeight |= setting.weight() > 0;
        }
        if (!anyWeight) {
            problems.add(FieldProblem.of("criteria", "matching.settings.criteria.none",
                    "At least one criterion needs a weight above 0, or every pair would score the same."));
        }
        range(problems, "chainLevels", settings.chainLevels(), 0, MAX_CHAIN_LEVELS, "matching.settings.chain.range",
                "Levels of the management chain are from 0 (any depth) to 20.");
        range(problems, "minimumGradeGap", settings.minimumGradeGap(), 0, MAX_GRADE_GAP,
                "matching.settings.gap.range", "The grade gap is from 0 to 10 levels.");
        range(problems, "responseDays", settings.responseDays(), MIN_RESPONSE_DAYS, MAX_RESPONSE_DAYS,
                "matching.settings.days.range", "People have from 1 to 60 days to answer.");
        checkLinks(settings.questionLinks(), questions, problems);
        return problems;
    }

    private static void checkLinks(List<QuestionLink> links, List<Question> questions, List<FieldProblem> problems) {
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        for (int i = 0; i < links.size(); i++) {
            QuestionLink link = links.get(i);
            String field = "questionLinks[" + i + "]";
            if (link.mentorQuestionId() == link.menteeQuestionId()) {
                problems.add(FieldProblem.of(field, "matching.settings.link.same",
                        "A link compares two different questions."));
                continue;
            }
            for (long id : new long[] {link.mentorQuestionId(), link.menteeQuestionId()}) {
                Question question = byId.get(id);
                if (question == null) {
                    problems.add(FieldProblem.of(field, "matching.settings.link.unknown",
                            "Question " + id + " is not a question of this program.", id));
                } else if (question.retired()) {
                    problems.add(FieldProblem.of(field, "matching.settings.link.retired",
                            "Question " + id + " is retired and no longer asked.", id));
                }
            }
        }
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max, String code,
                              String message) {
        if (value < min || value > max) {
            problems.add(FieldProblem.of(field, code, message, value));
        }
    }
}
