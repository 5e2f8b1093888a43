package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invisible characters and Unicode's line separators in typed text, and input quoted in a message. */
class TypedTextHygieneTest {

    /** Pairs of (input, expected); a table in code, since a CSV source cannot hold line breaks. */
    private static void assertTable(java.util.function.UnaryOperator<String> cleaning, String[][] table) {
        for (String[] row : table) {
            assertThat(cleaning.apply(row[0])).as("%s", row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void invisibleCharactersGoAndLineSeparatorsAreLineBreaks() {
        assertTable(typed -> TypedText.clean(typed).text(), new String[][] {
            {"Ай\u200Bгерим", "Айгерим"},
            {"Ай\u200Dгерим\u2060", "Айгерим"},
            {"\uFEFFАлматы", "Алматы"},
            {"Сады\u00ADкова", "Садыкова"},
            {"one\u2028two", "one\ntwo"},
            {"one\u2029two\u0085three", "one\ntwo\nthree"},
        });
    }

    @Test
    void inputQuotedInAMessageIsOneInertLine() {
        assertTable(TypedText::oneLine, new String[][] {
            {"a.yaml\nqorgan: all is well", "a.yaml\\nqorgan: all is well"},
            {"\u001B]52;c;aGk=\u0007key\tx", "key\\tx"},
            {"4111 1111 1111 1111", "**** **** **** 1111"},
        });
    }

    @Test
    void aFileNameIsOneInertLineButNeverMasked() {
        assertTable(TypedText::inertLine, new String[][] {
            {"/tmp/junit-4111111111111111/a.yaml", "/tmp/junit-4111111111111111/a.yaml"},
            {"/tmp/a\u001B[2J\nb.yaml", "/tmp/a\\nb.yaml"},
        });
    }
}
