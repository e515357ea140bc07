package org.flipside.pairing.record;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.PairRecordPart;
import org.flipside.shared.export.CsvCells;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The downloadable record of a pair: a short head, then every {@link PairRecordPart} in its order as a titled block.
 * For the pair's two people and its program's managers (a manager's download is audited). Private notes are no part:
 * no part may carry them, and this service reads nothing but the parts.
 */
@Service
@Transactional
public class PairRecord {

    private final PairAccess access;
    private final List<PairRecordPart> parts;
    private final UserMessages messages;
    private final AuditLog audit;

    PairRecord(PairAccess access, List<PairRecordPart> parts, UserMessages messages, AuditLog audit) {
        this.access = access;
        this.parts = parts.stream().sorted(Comparator.comparingInt(PairRecordPart::order)).toList();
        this.messages = messages;
        this.audit = audit;
    }

    /** The record as CSV (UTF-8) with the file name to offer. */
    public Download csv(long pairId) {
        Access allowed = access.require(pairId);
        PairView pair = allowed.pair();
        if (allowed.role() == PairRole.MANAGER) {
            audit.success("PAIR_RECORD_DOWNLOADED", PairAccess.KIND, pairId, "program=" + pair.programId());
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            row(csv, List.of(messages.text("pair.record.title")));
            row(csv, List.of(messages.text("pair.record.program"), pair.programName()));
            row(csv, List.of(messages.text("pair.side.MENTEE"), pair.mentee().fullName()));
            row(csv, List.of(messages.text("pair.side.MENTOR"), pair.mentor().fullName()));
            row(csv, List.of(messages.text("pair.state"), messages.text(pair.state().messageKey())));
            row(csv, List.of(messages.text("pair.formedAt"),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(pair.formedAt().atZone(ZoneOffset.UTC))));
            for (PairRecordPart part : parts) {
                csv.println();
                row(csv, List.of(messages.text(part.titleKey())));
                for (List<String> cells : part.rows(pair)) {
                    row(csv, cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download("pair-" + pairId + "-record.csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(CsvCells::neutralise).toList());
    }

    /** A file to send: its name and its bytes. */
    public record Download(String fileName, byte[] content) {
    }
}
