package org.flipside.insights.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.flipside.shared.export.CsvCells;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" for a program: the insights its pairs proposed beyond the pair and what became of them, with the
 * figures at the top. Authors are named only when they chose so; anyone outside the {@link Audience} gets 404.
 */
@Service
@Transactional(readOnly = true)
public class YouSaidWeDid {

    private final ReportStore store;
    private final Audience audience;
    private final Programs programs;
    private final Directory directory;
    private final UserMessages messages;
    private final SnapshotCache<Long, YouSaidWeDidView> readings;

    YouSaidWeDid(ReportStore store, Audience audience, Programs programs, Directory directory,
                 UserMessages messages, Clock clock, Snapshots snapshots) {
        this.store = store;
        this.audience = audience;
        this.programs = programs;
        this.directory = directory;
        this.messages = messages;
        this.readings = snapshots.cache(1_000, programId -> read(programId, clock));
    }

    public YouSaidWeDidView of(long programId) {
        if (!audience.reads(programId)) {
            throw new NotFoundException("Program", programId);
        }
        YouSaidWeDidView read = readings.get(programId).value();
        return new YouSaidWeDidView(programId, read.programName(), read.figures(), read.lines(),
                audience.exports(programId), read.asOf());
    }

    /** The figures and lines for every reader alike; whether one may export is added per reader. */
    private YouSaidWeDidView read(long programId, Clock clock) {
        ProgramView program = programs.get(programId);
        List<ReportRow> rows = store.proposed(programId);
        ProgramInsightFigures figures = FigureCalculator.of(programId, rows, store.actionsDone(programId));
        // Only credited authors are looked up: an anonymous author's name is never read.
        Map<String, Employee> credited = directory.byNumbers(rows.stream().filter(ReportRow::creditByName)
                .map(ReportRow::authorNumber).toList());
        List<SaidAndDone> lines = rows.stream().map(r -> line(r, credited.get(r.authorNumber()))).toList();
        return new YouSaidWeDidView(programId, program.name(), figures, lines, false, clock.instant());
    }

    /** The page as a CSV file (UTF-8): the figures, then one row per insight. Managers, the sponsor, admins. */
    public Export csv(long programId) {
        if (!audience.exports(programId)) {
            throw new NotFoundException("Program", programId);
        }
        YouSaidWeDidView view = of(programId);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            ProgramInsightFigures f = view.figures();
            row(csv, text("insight.yswd.title"), view.programName());
            row(csv, text("insight.yswd.raised"), Integer.toString(f.raised()));
            row(csv, text("insight.yswd.respondedPercent"), orEmpty(f.respondedPercent()));
            row(csv, text("insight.yswd.actionsPercent"), orEmpty(f.actionsPercent()));
            row(csv, text("insight.yswd.medianDays"), orEmpty(f.medianDaysToResponse()));
            row(csv, text("insight.yswd.actionsDone"), Integer.toString(f.actionsDone()));
            csv.println();
            row(csv, text("insight.yswd.col.title"), text("insight.yswd.col.credit"), text("insight.yswd.col.topic"),
                    text("insight.yswd.col.proposed"), text("insight.yswd.col.response"),
                    text("insight.yswd.col.action"), text("insight.yswd.col.due"),
                    text("insight.yswd.col.expected"), text("insight.yswd.col.outcome"));
            for (SaidAndDone l : view.lines()) {
                row(csv, l.title(), l.creditedTo() != null ? l.creditedTo() : l.anonymousSide(), l.topic(),
                        l.proposedAt().toString().substring(0, 10),
                        l.response() == null ? text("insight.yswd.waiting") : text("insight.yswd.response." + l.response()),
                        l.actionStatus() == null ? "" : text("insight.action.status." + l.actionStatus()),
                        l.dueOn() == null ? "" : l.dueOn().toString(), l.expectedOutcome(), l.outcome());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export("you-said-we-did-" + programId + ".csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A file to download. */
    public record Export(String fileName, byte[] content) {
    }

    private SaidAndDone line(ReportRow r, Employee author) {
        String credited = r.creditByName() && author != null ? author.fullName() : null;
        String anonymous = credited != null ? null
                : text(r.authorSide() == Side.MENTOR ? "insight.yswd.aJuniorMentor" : "insight.yswd.aSeniorMentee");
        return new SaidAndDone(r.insightId(), r.title(), r.significance(), r.topic(), credited, anonymous,
                r.proposedAt(), r.response(), r.actionStatus(), r.dueOn(), r.expectedOutcome(), r.outcome());
    }

    private static void row(CSVPrinter csv, String... cells) throws IOException {
        List<String> safe = new ArrayList<>();
        for (String cell : cells) {
            safe.add(CsvCells.neutralise(cell));
        }
        csv.printRecord(safe);
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private String text(String key) {
        return messages.text(key);
    }
}
