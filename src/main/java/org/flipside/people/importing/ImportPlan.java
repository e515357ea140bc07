package org.flipside.people.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.people.LevelChange;
import org.flipside.people.NewEmployee;

/**
 * What an import would do, and every problem found on the way.
 *
 * @param leaveDates   the leave date each written person gets, by employee number (absent: none)
 * @param levelChanges the grade changes the updates apply, dated
 */
record ImportPlan(int rows, List<NewEmployee> creates, List<ImportCheck.Update> updates, int unchanged,
                  List<ImportCheck.Update> leavers, int rejected, List<ImportProblem> problems,
                  Map<String, LocalDate> leaveDates, List<LevelChange> levelChanges) {
}
