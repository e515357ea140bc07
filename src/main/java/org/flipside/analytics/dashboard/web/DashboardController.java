package org.flipside.analytics.dashboard.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.flipside.analytics.dashboard.ProgramDashboard;
import org.flipside.analytics.dashboard.ProgramDashboards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The program dashboard page: every chart with its table twin, the at-risk list and when the figures were read. */
@Controller
class DashboardController {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final ProgramDashboards dashboards;
    private final DashboardCharts charts;

    DashboardController(ProgramDashboards dashboards, DashboardCharts charts) {
        this.dashboards = dashboards;
        this.charts = charts;
    }

    @GetMapping("/programs/{id}/dashboard")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN','SPONSOR')")
    String dashboard(@PathVariable long id, Model model) {
        ProgramDashboard dashboard = dashboards.of(id);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", charts.of(dashboard));
        model.addAttribute("asOf", AS_OF.format(dashboard.asOf().atZone(ZoneOffset.UTC)));
        return "analytics/dashboard";
    }
}
