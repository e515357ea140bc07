package org.flipside.analytics.overview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.overview.OrganisationOverview;
import org.flipside.analytics.overview.OrganisationOverviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation overview for administrators and sponsors. */
@RestController
@Tag(name = "Organisation overview", description = "Every program side by side and participation across the organisation")
class OverviewApiController {

    private final OrganisationOverviews overviews;

    OverviewApiController(OrganisationOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/api/v1/insight/organisation")
    @PreAuthorize(OverviewController.OVERSEERS)
    @Operation(summary = "The organisation overview",
            description = "Administrators and sponsors (everyone else: 403). Every program with its state, dates, "
                    + "approved participants per side, pairs ever formed, sessions held, insights raised and turned "
                    + "into actions, actions done; distinct approved participants per side by department, by grade "
                    + "and by generation band (bands and their birth years in `bands`); cross-generation reach: the "
                    + "pairs across two generation bands and which band pairs. Any count over fewer than `minimum` "
                    + "people (or pairs) is withheld (withheld=true, value null).")
    OrganisationOverview get() {
        return overviews.get();
    }
}
