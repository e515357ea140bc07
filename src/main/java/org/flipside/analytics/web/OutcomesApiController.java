package org.flipside.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A program's outcomes against its comparison group, for the program's managers, administrators and sponsors. */
@RestController
@RequestMapping("/api/v1/programs/{id}/outcomes")
@Tag(name = "Outcomes", description = "Retention, promotion and two-way learning of a program's participants")
class OutcomesApiController {

    private final OutcomesReports reports;

    OutcomesApiController(OutcomesReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN','SPONSOR')")
    @Operation(summary = "The program's outcomes report",
            description = "For mentors and mentees separately: 12-month retention and promotion rate of the "
                    + "participants and of their comparison group (non-participants chosen when the program started: "
                    + "same department, grade and tenure band, drawn with `seed`), with group sizes; before 12 months "
                    + "have passed the figures cover the months so far (monthsElapsed, complete=false). Mean "
                    + "self-ratings before and after per skill and side. Any figure over fewer than `minimum` people "
                    + "is withheld "
                    + "(withheld=true, no count or percent). 404 for programs the caller may not see, managers of "
                    + "other programs included.")
    OutcomesReport get(@PathVariable long id) {
        return reports.of(id);
    }
}
