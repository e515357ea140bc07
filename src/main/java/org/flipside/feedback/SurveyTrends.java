package org.flipside.feedback;

import java.time.YearMonth;
import java.util.List;

/**
 * Survey results over time for dashboards: per survey of a program, per month in which instances were opened, the
 * number of respondents and the mean (and net promoter score) of each scale question. Every figure follows the
 * small-group rule of {@link org.flipside.shared.privacy.SmallGroups}: a month covering too few people, or one whose
 * removal from the survey's total would leave too few, is withheld (its figures null). Free text never leaves here.
 * <p>
 * No per-record rule applies: the caller decides who may see a program's aggregates (its managers, sponsors,
 * administrators).
 */
public interface SurveyTrends {

    List<SurveyTrend> of(long programId);

    /** One survey's months, oldest first. */
    record SurveyTrend(long surveyId, String title, String trigger, boolean anonymous, List<Point> months) {

        public SurveyTrend {
            months = List.copyOf(months);
        }
    }

    /** One month: {@code respondents} and {@code figures} are null / empty when withheld. */
    record Point(YearMonth month, boolean withheld, Long respondents, List<Figure> figures) {

        public Point {
            figures = List.copyOf(figures);
        }
    }

    /** A scale question's mean, and for a 0–10 likelihood question its net promoter score. */
    record Figure(String question, String kind, Double mean, Integer nps) {
    }
}
