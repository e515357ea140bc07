package org.flipside.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;

/**
 * A manager's link between a mentor question and a mentee question, with how the two answers are compared: chosen
 * values when both are choice questions, the distance on the scale when both are scales, meaningful words otherwise.
 *
 * @param text the mentee question's text (else the mentor's), to name the link in reasons
 */
record AnswerLink(long mentorQuestion, long menteeQuestion, Kind kind, String text) {

    enum Kind { CHOICE, SCALE, WORDS }

    static List<AnswerLink> of(List<QuestionLink> links, List<Question> questions) {
        Map<Long, Question> byId = questions.stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a));
        List<AnswerLink> compiled = new ArrayList<>();
        for (QuestionLink link : links) {
            Question mentor = byId.get(link.mentorQuestionId());
            Question mentee = byId.get(link.menteeQuestionId());
            QuestionType a = mentor == null ? QuestionType.TEXT : mentor.type();
            QuestionType b = mentee == null ? QuestionType.TEXT : mentee.type();
            Kind kind = choice(a) && choice(b) ? Kind.CHOICE
                    : a == QuestionType.SCALE && b == QuestionType.SCALE ? Kind.SCALE : Kind.WORDS;
            String text = mentee != null ? mentee.text() : mentor != null ? mentor.text() : "#" + link.menteeQuestionId();
            compiled.add(new AnswerLink(link.mentorQuestionId(), link.menteeQuestionId(), kind, text));
        }
        return compiled;
    }

    /** Chosen values compare without regard to case or spacing, apart from free-text words. */
    static String choiceKey(String value) {
        return "\u0000" + value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean choice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }
}
