package org.flipside.analytics.web;

import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The outcomes report page: figures, a chart with its table twin, the learning table and the caveat. */
@Controller
class OutcomesController {

    private final OutcomesReports reports;

    OutcomesController(OutcomesReports reports) {
        this.reports = reports;
    }

    @GetMapping("/programs/{id}/outcomes")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN','SPONSOR')")
    String outcomes(@PathVariable long id, Model model) {
        OutcomesReport report = reports.of(id);
        model.addAttribute("report", report);
        model.addAttribute("chart", OutcomesChart.of(report));
        return "analytics/outcomes";
    }
}
