package org.flipside.feedback;

import java.util.List;
import java.util.Optional;

/**
 * The final evaluation survey of a program (the one sent at its end) as aggregates per section and question, for
 * evaluation pages and reports. Every figure follows the small-group rule of
 * {@link org.flipside.shared.privacy.SmallGroups}: a survey or question answered by too few people is withheld.
 * Free-text answers never leave here, named or anonymous. No per-record rule applies: the caller decides who may see a
 * program's aggregates (its managers, sponsors, administrators).
 */
public interface EvaluationResults {

    /** The program's final evaluation; empty when the program has none. The latest one if there are several. */
    Optional<Evaluation> of(long programId);

    /**
     * @param respondents how many answered; {@code null} when withheld
     * @param withheld    whether too few answered for any figure to be shown (then {@code questions} is empty)
     */
    record Evaluation(long surveyId, String title, boolean anonymous, Long respondents, boolean withheld,
                      List<QuestionFigures> questions) {

        public Evaluation {
            questions = List.copyOf(questions);
        }

        /** The questions of one section, in survey order. */
        public List<QuestionFigures> section(String section) {
            return questions.stream().filter(q -> section.equals(q.section())).toList();
        }
    }

    /**
     * One closed question's figures.
     *
     * @param kind     AGREEMENT (1–5), LIKELIHOOD (0–10), SINGLE_CHOICE or MULTIPLE_CHOICE
     * @param answered how many answered it; {@code null} when withheld
     * @param mean     the mean of a scale; {@code null} for choices and when withheld
     * @param nps      the net promoter score of a likelihood question
     * @param choices  how many chose each choice (choice questions), in the question's order
     */
    record QuestionFigures(String section, String kind, String text, Long answered, Double mean, Integer nps,
                           List<Choice> choices, boolean withheld) {

        public QuestionFigures {
            choices = List.copyOf(choices);
        }
    }

    /** One choice and how many chose it. */
    record Choice(String label, long count) {
    }
}
