package org.flipside.people.importing;

import java.util.List;

/**
 * One thing wrong with the file.
 *
 * @param row     the row as a spreadsheet numbers it: the header is row 1, the first person row 2; 0 for the whole file
 * @param column  the file's header of the column at fault, or {@code null} for the whole row
 * @param code    message-bundle key; {@code arguments} fill it in; {@code message} is the English text
 */
public record ImportProblem(long row, String column, String code, List<Object> arguments, String message) {

    public ImportProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ImportProblem of(long row, String column, String code, String message, Object... arguments) {
        return new ImportProblem(row, column, code, List.of(arguments), message);
    }
}
