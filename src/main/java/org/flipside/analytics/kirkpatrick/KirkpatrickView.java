package org.flipside.analytics.kirkpatrick;

import java.time.Instant;
import java.util.List;
import org.flipside.analytics.outcomes.LearningRow;
import org.flipside.analytics.outcomes.SideOutcomes;
import org.flipside.feedback.EvaluationResults.QuestionFigures;
import org.flipside.insights.ProgramInsightFigures;

/**
 * A program evaluated on Kirkpatrick's four levels, on one page: 1 how it felt (reaction), 2 what was learned,
 * 3 what changed at work (behaviour), 4 what it meant for the organisation (results). Aggregates only.
 *
 * @param survey      the final evaluation survey as a whole: whether there is one, and how many answered
 * @param reaction    the survey's reaction questions
 * @param learning    the survey's learning questions
 * @param selfRatings mean self-ratings before and after, per side and skill
 * @param behaviour   the survey's behaviour questions
 * @param goals       goal progress per side
 * @param results     the survey's results questions
 * @param outcomes    retention and promotion against the comparison group, per side; empty before the start
 * @param insights    what became of the insights the pairs raised
 */
public record KirkpatrickView(long programId, String programName, SurveyState survey, List<QuestionFigures> reaction,
                              List<QuestionFigures> learning, List<LearningRow> selfRatings,
                              List<QuestionFigures> behaviour, List<GoalLine> goals, List<QuestionFigures> results,
                              List<SideOutcomes> outcomes, ProgramInsightFigures insights, int minimum,
                              Instant asOf) {

    public KirkpatrickView {
        reaction = List.copyOf(reaction);
        learning = List.copyOf(learning);
        selfRatings = List.copyOf(selfRatings);
        behaviour = List.copyOf(behaviour);
        goals = List.copyOf(goals);
        results = List.copyOf(results);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The final evaluation survey's state.
     *
     * @param present     whether the program has one
     * @param respondents how many answered; {@code null} when withheld or absent
     * @param withheld    whether too few answered for any figure
     */
    public record SurveyState(boolean present, String title, Long respondents, boolean withheld) {
    }

    /**
     * One side's goals; when fewer pairs than the minimum set goals on the side, the figures are withheld.
     *
     * @param reached      goals reached; {@code null} when withheld
     * @param meanProgress whole percent; {@code null} when withheld
     */
    public record GoalLine(String side, int pairs, Integer goals, Integer reached, Integer meanProgress,
                           boolean withheld) {
    }
}
