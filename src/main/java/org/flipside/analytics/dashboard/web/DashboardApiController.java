package org.flipside.analytics.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.dashboard.ProgramDashboard;
import org.flipside.analytics.dashboard.ProgramDashboards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of the program dashboard, for the program's managers, administrators and sponsors. */
@RestController
@RequestMapping("/api/v1/programs/{id}/dashboard")
@Tag(name = "Program dashboard", description = "A program's figures week by week, with its at-risk pairs")
class DashboardApiController {

    private final ProgramDashboards dashboards;

    DashboardApiController(ProgramDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN','SPONSOR')")
    @Operation(summary = "The program's dashboard",
            description = "Every figure of the dashboard page as of `asOf` (figures are kept up to a minute): "
                    + "people per enrolment stage (INVITED, APPLIED, APPROVED, MATCHED, ACTIVE), confirmed matches "
                    + "per score band, sessions held per week (weeks start on Monday, UTC; quiet weeks between the "
                    + "first and the last count zero), active pairs per cadence state (ON_TRACK, DUE, OVERDUE, "
                    + "AT_RISK — a pair with any at-risk reason counts as AT_RISK), how many pairs are at risk "
                    + "(`atRiskPairs`) and how many for each reason code (`atRiskReasons`; a pair with two reasons "
                    + "counts under each), the ten at-risk pairs furthest behind on their sessions (`atRisk`, then "
                    + "the oldest pair first) with each reason's code and sentence — every at-risk pair is at "
                    + "`/api/v1/programs/{id}/pairs/at-risk` for the program's managers —, goal progress per side, "
                    + "survey results per month, the "
                    + "psychological-safety trend per round, insights raised and acted upon, and role training "
                    + "completion per side. Survey and safety figures over fewer than `minimum` people are withheld "
                    + "(no values). 404 for programs the caller may not see, managers of other programs included; "
                    + "403 for participants.")
    ProgramDashboard get(@PathVariable long id) {
        return dashboards.of(id);
    }
}
