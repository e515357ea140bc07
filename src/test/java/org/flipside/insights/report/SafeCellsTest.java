package org.flipside.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCellsTest {

    @Test
    void cellsASpreadsheetWouldRunGetALeadingApostrophe() {
        for (String formula : new String[] {"=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"}) {
            assertThat(SafeCells.neutralise(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void everythingElseIsLeftAsWritten() {
        assertThat(SafeCells.neutralise("Agendas = late")).isEqualTo("Agendas = late");
        assertThat(SafeCells.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(SafeCells.neutralise("")).isEmpty();
        assertThat(SafeCells.neutralise(null)).isEmpty();
    }
}
