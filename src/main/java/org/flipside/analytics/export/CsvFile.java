package org.flipside.analytics.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flipside.shared.export.CsvCells;

/** Builds one CSV file row by row; every cell goes through {@link CsvCells}, so none can run as a formula. */
final class CsvFile {

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    CsvFile() {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvFile row(Object... cells) {
        List<String> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(CsvCells.neutralise(cell == null ? null : cell.toString()));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CsvFile blank() {
        return row();
    }

    Download named(String fileName) {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(fileName, Download.CSV, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
