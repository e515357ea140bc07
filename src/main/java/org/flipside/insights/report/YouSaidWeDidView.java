package org.flipside.insights.report;

import java.time.Instant;
import java.util.List;
import org.flipside.insights.ProgramInsightFigures;

/**
 * The "You said, we did" page of a program: its figures, its lines, whether the reader may export them, and when
 * the figures and lines were read (one reading serves every reader for a minute).
 */
public record YouSaidWeDidView(long programId, String programName, ProgramInsightFigures figures,
                               List<SaidAndDone> lines, boolean mayExport, Instant asOf) {

    public YouSaidWeDidView {
        lines = List.copyOf(lines);
    }
}
