package org.flipside.insights.report;

/**
 * Cells of an exported file that a spreadsheet would read as a formula get a leading apostrophe: text starting with
 * =, +, -, @, a tab or a carriage return is shown as written instead of being run.
 */
final class SafeCells {

    private SafeCells() {
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
