package org.flipside.people.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.flipside.people.DirectoryHistory;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.LevelChange;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backfills past level changes from a file of (employee number, effective date, grade): upload, preview with every
 * problem by row, then apply all rows or none. The directory's current grades are the directory import's business;
 * this only fills in the history behind them.
 */
@Service
public class LevelHistoryUploads {

    private static final Duration KEEP_UPLOADS = Duration.ofDays(1);

    private final LevelHistoryStore store;
    private final ImportWriter writer;
    private final DirectoryHistory history;
    private final DirectoryImports imports;
    private final AuditLog audit;
    private final Clock clock;

    LevelHistoryUploads(LevelHistoryStore store, ImportWriter writer, DirectoryHistory history,
                        DirectoryImports imports, AuditLog audit, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.history = history;
        this.imports = imports;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the file once its three columns are found, and answers with the preview. */
    @Transactional
    public LevelHistoryPreview upload(String fileName, byte[] content, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FieldProblem.of("file", "people.import.file.empty", "Choose a CSV file."));
        }
        if (content.length > imports.maxFileSize().toBytes()) {
            throw DirectoryImports.tooLarge(imports.maxFileSize());
        }
        List<String> headers = CsvFile.of(content).headers();
        Map<String, Integer> columns = LevelHistoryCheck.columns(headers);
        List<FieldProblem> missing = new ArrayList<>();
        for (String field : List.of(LevelHistoryCheck.NUMBER, LevelHistoryCheck.DATE, LevelHistoryCheck.GRADE)) {
            if (!columns.containsKey(field)) {
                missing.add(FieldProblem.of("file", "people.levels.column." + field,
                        "The file has no column for the " + field + "."));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Instant now = clock.instant();
        store.discardUploadedBefore(now.minus(KEEP_UPLOADS));
        String name = fileName == null || fileName.isBlank() ? "levels.csv" : fileName.strip();
        long id = store.add(name.length() > 255 ? name.substring(0, 255) : name, content, uploadedBy, now);
        audit.success("LEVEL_HISTORY_UPLOADED", "LevelHistoryUpload", id, "bytes=" + content.length);
        return preview(id);
    }

    /** What applying would record now, or, once applied, what was. */
    @Transactional(readOnly = true)
    public LevelHistoryPreview preview(long id) {
        LevelHistoryStore.Upload upload = find(id);
        Checked checked = check(id);
        boolean open = upload.status().equals("UPLOADED");
        int changes = open ? checked.result().rows().size() : upload.appliedCount();
        return new LevelHistoryPreview(id, upload.fileName(), upload.status(), upload.uploadedAt(),
                checked.result().rowCount(), changes, open ? checked.result().problems() : List.of(),
                open && checked.result().problems().isEmpty());
    }

    /** Records every row's level change, or refuses and records nothing while any row has a problem. */
    @Transactional
    public LevelHistoryPreview apply(long id) {
        LevelHistoryStore.Upload upload = find(id);
        if (!upload.status().equals("UPLOADED")) {
            throw alreadyApplied(id);
        }
        Checked checked = check(id);
        List<ImportProblem> problems = checked.result().problems();
        if (!problems.isEmpty()) {
            audit.record("LEVEL_HISTORY_APPLIED", Outcome.FAILURE, "LevelHistoryUpload", id,
                    "problems=" + problems.size());
            throw new RuleViolationException("people.levels.hasProblems",
                    "The file has " + problems.size() + " problem(s): nothing was recorded.", problems.size());
        }
        List<LevelChange> changes = LevelHistoryCheck.changes(checked.result().rows(), checked.people());
        Instant now = clock.instant();
        if (!store.finish(id, changes.size(), now)) {
            throw alreadyApplied(id);
        }
        writer.levelChanges(changes, "BACKFILL", Timestamp.from(now.truncatedTo(ChronoUnit.MICROS)));
        audit.success("LEVEL_HISTORY_APPLIED", "LevelHistoryUpload", id, "changes=" + changes.size());
        return preview(id);
    }

    private record Checked(LevelHistoryCheck.Result result, Map<String, EmploymentHistory> people) {
    }

    private Checked check(long id) {
        CsvFile file = CsvFile.of(store.content(id));
        List<String> headers = file.headers();
        Map<String, EmploymentHistory> people = history.of(LevelHistoryCheck.numbers(file, headers));
        return new Checked(LevelHistoryCheck.check(file, headers, people, LocalDate.now(clock)), people);
    }

    private LevelHistoryStore.Upload find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("LevelHistoryUpload", id));
    }

    private static RuleViolationException alreadyApplied(long id) {
        return new RuleViolationException("people.levels.applied", "This level history has already been applied.",
                id);
    }
}
