package org.flipside.feedback.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.flipside.feedback.survey.SurveyResponseStore.Stored;
import org.flipside.program.Side;

/**
 * A narrower view of a survey's results: one side, the instances opened in one month, one department (named surveys
 * only). Null means "all". Months rather than free date ranges, so that two overlapping ranges cannot be subtracted
 * to isolate the people of a single day.
 */
public record ResultFilter(Side side, YearMonth month, String department) {

    public static final ResultFilter NONE = new ResultFilter(null, null, null);

    public boolean any() {
        return side != null || month != null || department != null;
    }

    /** The tests this filter applies, one per dimension in use. */
    List<Predicate<Stored>> tests() {
        List<Predicate<Stored>> tests = new ArrayList<>();
        if (side != null) {
            tests.add(r -> r.side() == side);
        }
        if (month != null) {
            tests.add(r -> YearMonth.from(r.openedOn()).equals(month));
        }
        if (department != null) {
            tests.add(r -> department.equals(r.department()));
        }
        return tests;
    }
}
