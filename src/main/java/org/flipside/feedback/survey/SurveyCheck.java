package org.flipside.feedback.survey;

import java.util.ArrayList;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** The rules a survey's settings and questions follow; every problem is reported at once, by field. */
final class SurveyCheck {

    static final int TITLE_MAX = 200;
    static final int QUESTIONS_MAX = 40;
    static final int TEXT_MAX = 500;
    static final int SECTION_MAX = 100;
    static final int CHOICES_MIN = 2;
    static final int CHOICES_MAX = 12;
    static final int CHOICE_MAX = 100;
    /** The longest free-text answer any question may allow, and the limit when a question sets none. */
    static final int ANSWER_MAX = 4000;
    static final int ANSWER_DEFAULT = 1000;

    private SurveyCheck() {
    }

    /** The draft with text stripped and defaults applied, or every problem found. */
    static SurveyDraft check(SurveyDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = strip(draft.title());
        if (title == null) {
            problems.add(Problems.of("title", "survey.field.title.required", "Give the survey a title."));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problems.of("title", "survey.field.title.long",
                    "The title has at most {0} characters.", TITLE_MAX));
        }
        if (draft.audience() == null) {
            problems.add(Problems.of("audience", "survey.field.audience.required",
                    "Choose who answers: mentors, mentees or both."));
        }
        if (draft.questions().isEmpty()) {
            problems.add(Problems.of("questions", "survey.field.questions.none", "Ask at least one question."));
        } else if (draft.questions().size() > QUESTIONS_MAX) {
            problems.add(Problems.of("questions", "survey.field.questions.many",
                    "A survey asks at most {0} questions.", QUESTIONS_MAX));
        }
        List<QuestionDraft> questions = new ArrayList<>();
        for (int i = 0; i < draft.questions().size(); i++) {
            questions.add(question(draft.questions().get(i), "questions[" + i + "].", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SurveyDraft(title, Boolean.TRUE.equals(draft.anonymous()), draft.audience(),
                !Boolean.FALSE.equals(draft.enabled()), questions, draft.version());
    }

    private static QuestionDraft question(QuestionDraft question, String at, List<FieldProblem> problems) {
        if (question == null) {
            problems.add(Problems.of(at + "kind", "survey.field.question.kind", "Choose the kind of question."));
            return null;
        }
        String text = strip(question.text());
        if (text == null) {
            problems.add(Problems.of(at + "text", "survey.field.question.text.required", "Write the question."));
        } else if (text.length() > TEXT_MAX) {
            problems.add(Problems.of(at + "text", "survey.field.question.text.long",
                    "A question has at most {0} characters.", TEXT_MAX));
        }
        String section = strip(question.section());
        if (section != null && section.length() > SECTION_MAX) {
            problems.add(Problems.of(at + "section", "survey.field.question.section.long",
                    "A section heading has at most {0} characters.", SECTION_MAX));
        }
        QuestionKind kind = question.kind();
        if (kind == null) {
            problems.add(Problems.of(at + "kind", "survey.field.question.kind", "Choose the kind of question."));
            return question;
        }
        Integer maxLength = null;
        if (kind == QuestionKind.FREE_TEXT) {
            maxLength = question.maxLength() == null ? ANSWER_DEFAULT : question.maxLength();
            if (maxLength < 1 || maxLength > ANSWER_MAX) {
                problems.add(Problems.of(at + "maxLength", "survey.field.question.maxLength",
                        "The longest answer is between 1 and {0} characters.", ANSWER_MAX));
            }
        }
        List<String> choices = List.of();
        if (kind.choice()) {
            choices = question.choices().stream().map(SurveyCheck::strip).filter(c -> c != null).toList();
            if (choices.size() < CHOICES_MIN || choices.size() > CHOICES_MAX) {
                problems.add(Problems.of(at + "choices", "survey.field.question.choices.count",
                        "Offer between {0} and {1} choices.", CHOICES_MIN, CHOICES_MAX));
            } else if (choices.stream().anyMatch(c -> c.length() > CHOICE_MAX || c.contains("\n"))) {
                problems.add(Problems.of(at + "choices", "survey.field.question.choices.long",
                        "A choice is one line of at most {0} characters.", CHOICE_MAX));
            } else if (choices.stream().distinct().count() != choices.size()) {
                problems.add(Problems.of(at + "choices", "survey.field.question.choices.repeated",
                        "Each choice is offered once."));
            }
        }
        return new QuestionDraft(section, kind, text, !Boolean.FALSE.equals(question.required()), maxLength, choices);
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
