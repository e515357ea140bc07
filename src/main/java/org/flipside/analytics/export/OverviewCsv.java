package org.flipside.analytics.export;

import org.flipside.analytics.overview.Breakdown;
import org.flipside.analytics.overview.Count;
import org.flipside.analytics.overview.GenerationBand;
import org.flipside.analytics.overview.OrganisationOverview;
import org.flipside.analytics.overview.OrganisationOverviews;
import org.flipside.analytics.overview.ProgramLine;
import org.flipside.analytics.overview.Reach;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Service;

/** The organisation overview as CSV, section by section as on the page; the same people may download it. */
@Service
public class OverviewCsv {

    private final OrganisationOverviews overviews;
    private final UserMessages messages;

    OverviewCsv(OrganisationOverviews overviews, UserMessages messages) {
        this.overviews = overviews;
        this.messages = messages;
    }

    public Download get() {
        OrganisationOverview o = overviews.get();
        CsvFile csv = new CsvFile();
        csv.row(text("analytics.overview.title"), o.asOf());
        csv.blank();
        csv.row(text("analytics.overview.col.program"), text("analytics.overview.col.state"),
                text("analytics.overview.col.start"), text("analytics.overview.col.end"), text("analytics.side.MENTOR"),
                text("analytics.side.MENTEE"), text("analytics.overview.col.pairs"),
                text("analytics.overview.col.sessions"), text("analytics.overview.col.raised"),
                text("analytics.overview.col.acted"), text("analytics.overview.col.done"));
        for (ProgramLine p : o.programs()) {
            csv.row(p.name(), p.state(), p.startDate(), p.endDate(), p.mentors(), p.mentees(), p.pairs(),
                    p.sessionsHeld(), p.insightsRaised(), p.insightsActed(), p.actionsDone());
        }
        breakdown(csv, o.byDepartment());
        breakdown(csv, o.byGrade());
        breakdown(csv, o.byGeneration());
        csv.blank();
        Reach reach = o.reach();
        csv.row(text("analytics.overview.reach.title"));
        csv.row(text("analytics.overview.reach.known"), reach.known());
        csv.row(text("analytics.overview.reach.crossing"), cell(reach.crossing()), reach.percent());
        csv.row(text("analytics.overview.reach.mentorBand"), text("analytics.overview.reach.menteeBand"),
                text("analytics.overview.col.pairs"));
        for (Reach.BandPair pair : reach.bandPairs()) {
            csv.row(text(pair.mentorBand().messageKey()), text(pair.menteeBand().messageKey()), cell(pair.pairs()));
        }
        csv.blank();
        for (GenerationBand band : o.bands()) {
            csv.row(text(band.messageKey()), band.fromYear(), band.toYear());
        }
        csv.row(text("analytics.caveat.small", o.minimum()));
        return csv.named("organisation-overview-" + o.asOf() + ".csv");
    }

    private void breakdown(CsvFile csv, Breakdown breakdown) {
        csv.blank();
        csv.row(text("analytics.overview.by." + breakdown.attribute()), text("analytics.side.MENTOR"),
                text("analytics.side.MENTEE"));
        for (Breakdown.Row row : breakdown.rows()) {
            csv.row(label(breakdown.attribute(), row.label()), cell(row.mentors()), cell(row.mentees()));
        }
    }

    private String label(String attribute, String label) {
        if (label == null) {
            return text("analytics.overview.unknown");
        }
        return attribute.equals("generation") ? text(GenerationBand.valueOf(label).messageKey()) : label;
    }

    private Object cell(Count count) {
        return count.withheld() ? text("analytics.withheld") : count.value();
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
