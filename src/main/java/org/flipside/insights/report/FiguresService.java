package org.flipside.insights.report;

import org.flipside.insights.InsightFigures;
import org.flipside.insights.ProgramInsightFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link InsightFigures} from the program's proposed insights and its actions. */
@Service
@Transactional(readOnly = true)
class FiguresService implements InsightFigures {

    private final ReportStore store;

    FiguresService(ReportStore store) {
        this.store = store;
    }

    @Override
    public ProgramInsightFigures of(long programId) {
        return FigureCalculator.of(programId, store.proposed(programId), store.actionsDone(programId));
    }
}
