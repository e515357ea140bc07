package org.flipside.people.importing;

import java.util.List;
import org.flipside.people.NewEmployee;

/** What an import would do, and every problem found on the way. */
record ImportPlan(int rows, List<NewEmployee> creates, List<ImportCheck.Update> updates, int unchanged,
                  List<ImportCheck.Update> leavers, int rejected, List<ImportProblem> problems) {
}
