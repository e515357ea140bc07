package org.flipside.pairing.record;

/**
 * Cells a spreadsheet would read as a formula are neutralised: a cell starting with =, +, -, @, a tab or a carriage
 * return gets a single quote in front, so names and texts people typed cannot run as formulas when the record is
 * opened.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
