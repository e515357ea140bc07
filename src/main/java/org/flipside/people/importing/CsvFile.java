package org.flipside.people.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An HR export as it arrives: UTF-8 with or without a byte-order mark, {@code ,} or {@code ;} between fields (whichever
 * the header line uses more), CRLF or LF line ends, and quoted fields that may hold separators and line breaks.
 * Rows are streamed, never all held as text at once. Cells are only ever read as text: nothing is evaluated.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] content;
    private final int start;
    private final char separator;

    private CsvFile(byte[] content) {
        this.content = content;
        this.start = hasBom(content) ? BOM.length : 0;
        this.separator = detectSeparator(content, start);
    }

    public static CsvFile of(byte[] content) {
        return new CsvFile(content);
    }

    public char separator() {
        return separator;
    }

    /** The header row, stripped; empty when the file is empty. */
    public List<String> headers() {
        try (CSVParser parser = parser()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return List.of();
            }
            List<String> headers = new ArrayList<>();
            records.next().forEach(h -> headers.add(h.strip()));
            return headers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row after the header, with its row number (the header is row 1). */
    public void forEachRow(Consumer<CsvRow> action) {
        try (CSVParser parser = parser()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                records.next();
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                action.accept(new CsvRow(record.getRecordNumber(), record.values()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CSVParser parser() throws IOException {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader);
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    /** Counts {@code ,} and {@code ;} outside quotes on the first line; a tie means a comma. */
    static char detectSeparator(byte[] content, int start) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** One row of cells as text, numbered as a spreadsheet would number it. */
    public record CsvRow(long number, String[] cells) {

        String cell(int index) {
            return index >= 0 && index < cells.length ? cells[index] : null;
        }
    }
}
