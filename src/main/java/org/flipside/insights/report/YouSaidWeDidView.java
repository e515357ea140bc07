package org.flipside.insights.report;

import java.util.List;
import org.flipside.insights.ProgramInsightFigures;

/** The "You said, we did" page of a program: its figures, its lines, and whether the reader may export them. */
public record YouSaidWeDidView(long programId, String programName, ProgramInsightFigures figures,
                               List<SaidAndDone> lines, boolean mayExport) {

    public YouSaidWeDidView {
        lines = List.copyOf(lines);
    }
}
