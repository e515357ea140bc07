package org.flipside.shared.export;

/**
 * The one rule for cells of every exported CSV file: a cell starting with =, +, -, @, a tab or a carriage return gets
 * a single quote in front, so names and texts people typed cannot run as formulas when a spreadsheet opens the file.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
