package org.flipside.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real HR exports: byte-order marks, semicolons, Windows line ends and quoted fields. */
class CsvFileTest {

    @Test
    void readsPlainCommaSeparatedUtf8() {
        CsvFile file = CsvFile.of(bytes("id,name\n1,Zoë Ångström\n"));

        assertThat(file.separator()).isEqualTo(',');
        assertThat(file.headers()).containsExactly("id", "name");
        assertThat(rows(file)).containsExactly(List.of("1", "Zoë Ångström"));
    }

    @Test
    void skipsTheByteOrderMarkSoTheFirstHeaderIsClean() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("id;name\r\n1;Ana\r\n"));

        CsvFile file = CsvFile.of(withBom);

        assertThat(file.headers()).containsExactly("id", "name");
        assertThat(rows(file)).containsExactly(List.of("1", "Ana"));
    }

    @Test
    void detectsSemicolonsEvenWhenFieldsContainCommas() {
        CsvFile file = CsvFile.of(bytes("id;name;languages\n1;\"Doe, Jane\";English, French\n"));

        assertThat(file.separator()).isEqualTo(';');
        assertThat(rows(file)).containsExactly(List.of("1", "Doe, Jane", "English, French"));
    }

    @Test
    void commasWinWhenTheHeaderHasMoreOfThem() {
        assertThat(CsvFile.of(bytes("a,b;c,d\n")).separator()).isEqualTo(',');
        assertThat(CsvFile.of(bytes("\"a;b\",c\n")).separator()).isEqualTo(',');
    }

    @Test
    void readsCrlfAndQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        CsvFile file = CsvFile.of(bytes("id,title,name\r\n1,\"Head of Sales, EMEA\",\"Ann \"\"Nan\"\" Lee\"\r\n"
                + "2,\"Two\r\nlines\",Bo\r\n3,Plain,Cy\r\n"));

        List<List<String>> rows = rows(file);

        assertThat(rows).containsExactly(List.of("1", "Head of Sales, EMEA", "Ann \"Nan\" Lee"),
                List.of("2", "Two\r\nlines", "Bo"), List.of("3", "Plain", "Cy"));
    }

    @Test
    void numbersRowsAsASpreadsheetDoesAndSkipsBlankLines() {
        CsvFile file = CsvFile.of(bytes("id\n1\n\n2\n"));
        List<Long> numbers = new ArrayList<>();

        file.forEachRow(row -> numbers.add(row.number()));

        assertThat(numbers).containsExactly(2L, 3L);
    }

    @Test
    void anEmptyFileHasNoHeaders() {
        assertThat(CsvFile.of(new byte[0]).headers()).isEmpty();
    }

    private static List<List<String>> rows(CsvFile file) {
        List<List<String>> rows = new ArrayList<>();
        file.forEachRow(row -> rows.add(List.of(row.cells())));
        return rows;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
