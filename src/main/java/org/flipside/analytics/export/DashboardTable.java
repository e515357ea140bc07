package org.flipside.analytics.export;

import java.util.List;

/**
 * One part of the program dashboard as a plain table, the same for the CSV file and the PDF report: its title,
 * its column headings and its rows, every cell already in the reader's words (a withheld figure is the word the page
 * uses, never a number).
 */
public record DashboardTable(String id, String title, List<String> headers, List<List<String>> rows) {

    public DashboardTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
