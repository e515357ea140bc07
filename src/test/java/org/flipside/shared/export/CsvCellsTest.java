package org.flipside.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A2)", "+49 30 1234", "-1", "@cmd", "\tindented", "\rreturn"})
    void aCellASpreadsheetWouldReadAsAFormulaGetsAQuoteInFront(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Writing good prompts", "3", "a=b", "x-1", " =not first", "'quoted"})
    void otherCellsStayAsTheyAre(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void emptyAndMissingCellsAreEmpty() {
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }
}
