package org.flipside.people.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.flipside.people.DirectoryChanged;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports the employee directory from an HR export in steps: upload, map the columns, preview, confirm. Every step
 * is kept in the database, so any instance can serve the next one. Nothing reaches the directory before confirm,
 * and by default nothing at all while any row has a problem.
 */
@Service
public class DirectoryImports {

    /** There is one organisation per installation; the key leaves room for more. */
    static final String ORGANISATION = "default";
    private static final Duration KEEP_UPLOADS = Duration.ofDays(1);

    private final ImportStore store;
    private final ImportWriter writer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxFileSize;

    DirectoryImports(ImportStore store, ImportWriter writer, AuditLog audit, ApplicationEventPublisher events,
                     Clock clock, @Value("${flipside.import.max-file-size:20MB}") DataSize maxFileSize) {
        this.store = store;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /** Keeps the file and pre-fills the mapping from the one used last time and from the header names. */
    @Transactional
    public DirectoryImport upload(String fileName, byte[] content, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FieldProblem.of("file", "people.import.file.empty", "Choose a CSV file."));
        }
        if (content.length > maxFileSize.toBytes()) {
            throw tooLarge(maxFileSize);
        }
        List<String> headers = CsvFile.of(content).headers();
        if (headers.stream().allMatch(String::isBlank)) {
            throw new InvalidInputException(FieldProblem.of("file", "people.import.file.noHeader",
                    "The file has no header row."));
        }
        Instant now = clock.instant();
        store.discardUploadedBefore(now.minus(KEEP_UPLOADS));
        ColumnMapping mapping = ColumnMapping.prefill(store.rememberedMapping(ORGANISATION).orElse(null), headers);
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        long id = store.add(name.length() > 255 ? name.substring(0, 255) : name, content, uploadedBy, now, mapping);
        audit.success("DIRECTORY_IMPORT_UPLOADED", "DirectoryImport", id, "bytes=" + content.length);
        return get(id);
    }

    public static InvalidInputException tooLarge(DataSize limit) {
        return new InvalidInputException(FieldProblem.of("file", "people.import.file.tooLarge",
                "The file is larger than the limit of " + limit.toMegabytes() + " MB.", limit.toMegabytes()));
    }

    public DirectoryImport get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("DirectoryImport", id));
    }

    public List<String> headers(long id) {
        return CsvFile.of(store.content(get(id).id())).headers();
    }

    /** Saves the mapping and options, remembers the mapping for next time and answers with the preview. */
    @Transactional
    public ImportPreview map(long id, ColumnMapping mapping, ImportOptions options) {
        DirectoryImport found = get(id);
        if (found.status() == ImportStatus.DONE) {
            throw alreadyDone(id);
        }
        byte[] content = store.content(id);
        List<String> headers = CsvFile.of(content).headers();
        checkMapping(mapping, headers);
        ImportPlan plan = plan(content, headers, mapping, options);
        store.previewed(id, mapping, options, ImportCounts.of(plan));
        store.rememberMapping(ORGANISATION, mapping, clock.instant());
        return preview(get(id), headers, plan);
    }

    /** The preview worked out again against the directory as it is now; for a finished import, what was done. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long id) {
        DirectoryImport found = get(id);
        List<String> headers = headers(id);
        if (found.status() != ImportStatus.PREVIEWED) {
            return new ImportPreview(id, found.fileName(), found.status(), headers, found.mapping(), found.options(),
                    found.counts(), List.of(), false);
        }
        return preview(found, headers, plan(store.content(id), headers, found.mapping(), found.options()));
    }

    /**
     * Writes the import: all rows, or with a partial import the valid ones. Refused while an all-or-nothing import
     * has problems, and for an import already confirmed (by anyone, on any instance).
     */
    @Transactional
    public ImportPreview confirm(long id) {
        DirectoryImport found = get(id);
        if (found.status() == ImportStatus.DONE) {
            throw alreadyDone(id);
        }
        if (found.status() != ImportStatus.PREVIEWED) {
            throw new RuleViolationException("people.import.notMapped", "Map the columns and look at the preview first.");
        }
        byte[] content = store.content(id);
        List<String> headers = CsvFile.of(content).headers();
        ImportPlan plan = plan(content, headers, found.mapping(), found.options());
        ImportCounts counts = ImportCounts.of(plan);
        if (!found.options().partial() && !plan.problems().isEmpty()) {
            audit.record("DIRECTORY_IMPORTED", Outcome.FAILURE, "DirectoryImport", id,
                    counts.summary() + ", problems=" + plan.problems().size());
            throw new RuleViolationException("people.import.hasProblems",
                    "The file has " + plan.problems().size() + " problem(s): nothing was imported.",
                    plan.problems().size());
        }
        Instant now = clock.instant();
        if (!store.finish(id, counts, now)) {
            throw alreadyDone(id);
        }
        Timestamp at = Timestamp.from(now.truncatedTo(ChronoUnit.MICROS));
        writer.insert(plan.creates(), plan.leaveDates(), at);
        writer.update(plan.updates(), plan.leaveDates(), at);
        writer.update(plan.leavers(), plan.leaveDates(), at);
        writer.levelChanges(plan.levelChanges(), "IMPORT", at);
        audit.success("DIRECTORY_IMPORTED", "DirectoryImport", id, counts.summary());
        int affected = counts.created() + counts.updated() + counts.leavers();
        if (affected > 0) {
            events.publishEvent(new DirectoryChanged(affected));
        }
        return preview(get(id), headers, plan);
    }

    private ImportPlan plan(byte[] content, List<String> headers, ColumnMapping mapping, ImportOptions options) {
        return ImportCheck.plan(content, headers, mapping, options, writer.directory(), writer.leaveDates(),
                LocalDate.now(clock));
    }

    private static ImportPreview preview(DirectoryImport found, List<String> headers, ImportPlan plan) {
        boolean confirmable = found.status() == ImportStatus.PREVIEWED
                && (found.options().partial() || plan.problems().isEmpty());
        return new ImportPreview(found.id(), found.fileName(), found.status(), headers, found.mapping(),
                found.options(), ImportCounts.of(plan), plan.problems(), confirmable);
    }

    private static void checkMapping(ColumnMapping mapping, List<String> headers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            String header = mapping.header(field);
            if (header == null && field.required()) {
                problems.add(FieldProblem.of(field.key(), "people.import.mapping.required",
                        "Choose the column that holds this field."));
            } else if (header != null && !headers.contains(header)) {
                problems.add(FieldProblem.of(field.key(), "people.import.mapping.unknown",
                        "The file has no column '" + header + "'.", header));
            }
        }
        if (mapping.dateFormat() != null) {
            try {
                DateTimeFormatter.ofPattern(mapping.dateFormat());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("dateFormat", "people.import.mapping.dateFormat",
                        "'" + mapping.dateFormat() + "' is not a date format.", mapping.dateFormat()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static RuleViolationException alreadyDone(long id) {
        return new RuleViolationException("people.import.done", "This import has already been confirmed.", id);
    }
}
