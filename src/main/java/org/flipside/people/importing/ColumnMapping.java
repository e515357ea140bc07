package org.flipside.people.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the file fills which of our fields, by header name, and the one date format besides ISO
 * ({@code yyyy-MM-dd}) that the file's dates may use.
 *
 * @param columns    field → the file's header; unmapped fields are absent
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd/MM/yyyy}, or {@code null}
 */
public record ColumnMapping(Map<ImportField, String> columns, String dateFormat) {

    /** The date formats offered besides ISO. */
    public static final List<String> DATE_FORMATS = List.of("dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "d/M/yyyy", "M/d/yyyy");

    public ColumnMapping {
        EnumMap<ImportField, String> copy = new EnumMap<>(ImportField.class);
        if (columns != null) {
            columns.forEach((field, header) -> {
                if (field != null && header != null && !header.isBlank()) {
                    copy.put(field, header);
                }
            });
        }
        columns = Collections.unmodifiableMap(copy);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? null : dateFormat.strip();
    }

    /** A guess from the header names alone. */
    public static ColumnMapping suggest(List<String> headers) {
        EnumMap<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            headers.stream().filter(field::matchesHeader).findFirst().ifPresent(h -> columns.put(field, h));
        }
        return new ColumnMapping(columns, null);
    }

    /**
     * The remembered mapping where its headers are in this file, the guess from header names for the rest.
     */
    public static ColumnMapping prefill(ColumnMapping remembered, List<String> headers) {
        ColumnMapping suggested = suggest(headers);
        if (remembered == null) {
            return suggested;
        }
        EnumMap<ImportField, String> columns = new EnumMap<>(ImportField.class);
        columns.putAll(suggested.columns());
        remembered.columns().forEach((field, header) -> {
            if (headers.contains(header)) {
                columns.put(field, header);
            }
        });
        return new ColumnMapping(columns, remembered.dateFormat());
    }

    public String header(ImportField field) {
        return columns.get(field);
    }

    /** One line per field, {@code FIELD=header}; header names never contain line breaks once stored. */
    String encode() {
        List<String> lines = new ArrayList<>();
        columns.forEach((field, header) -> lines.add(field.name() + "=" + header.replaceAll("[\\r\\n]", " ")));
        return String.join("\n", lines);
    }

    static ColumnMapping decode(String text, String dateFormat) {
        EnumMap<ImportField, String> columns = new EnumMap<>(ImportField.class);
        if (text != null) {
            for (String line : text.split("\n")) {
                int at = line.indexOf('=');
                if (at > 0) {
                    try {
                        columns.put(ImportField.valueOf(line.substring(0, at)), line.substring(at + 1));
                    } catch (IllegalArgumentException ignored) {
                        // a field that no longer exists: forget it
                    }
                }
            }
        }
        return new ColumnMapping(columns, dateFormat);
    }
}
