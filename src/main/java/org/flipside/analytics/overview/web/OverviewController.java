package org.flipside.analytics.overview.web;

import org.flipside.analytics.overview.OrganisationOverview;
import org.flipside.analytics.overview.OrganisationOverviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisation overview page: programs side by side, participation, cross-generation reach. */
@Controller
class OverviewController {

    static final String OVERSEERS = "hasAnyRole('ADMIN','SPONSOR')";

    private final OrganisationOverviews overviews;

    OverviewController(OrganisationOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/insight/organisation")
    @PreAuthorize(OVERSEERS)
    String overview(Model model) {
        OrganisationOverview overview = overviews.get();
        model.addAttribute("overview", overview);
        model.addAttribute("chart", GenerationChart.of(overview.byGeneration()));
        return "analytics/overview";
    }
}
