package kz.citizensec.qorgan.render;

import static org.assertj.core.api.Assertions.assertThat;

import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.RandomText;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(Cases.class)
class MarkdownEscaperTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "plain Кириллица text, 150 000 ₸ | plain Кириллица text, 150 000 ₸",
                "*bold* and _it_ | \\*bold\\* and \\_it\\_",
                "[click](http://evil.example) | \\[click\\](`http://evil.example)`",
                "see https://fake-bank.kz/login?a=1&b=2 now | see `https://fake-bank.kz/login?a=1&b=2` now",
                "www.kaspi-bonus.kz, then *call* | `www.kaspi-bonus.kz,` then \\*call\\*",
                "wa.me/77000000002 | wa.me/77000000002",
                "<b>x</b> | \\<b\\>x\\</b\\>",
                "`code` | \\`code\\`",
                "a \\ b | a \\\\ b",
                "~~gone~~ | \\~\\~gone\\~\\~",
                "&amp; &#60; & more | \\&amp; \\&#60; & more",
                "# heading | \\# heading",
                "#hashtag | #hashtag",
                "- item | \\- item",
                "+ item | \\+ item",
                "+7 701 234 56 78 | +7 701 234 56 78",
                "1. first | 1\\. first",
                "28.11.2026 | 28.11.2026",
                "2) second | 2\\) second",
                "--- | \\---",
                "=== | \\===",
                "\"    indented code\" | indented code",
                "\"trailing hard break  \" | trailing hard break",
            })
    void makesMarkdownSyntaxLiteral(String typed, String escaped) {
        assertThat(MarkdownEscaper.escape(typed)).isEqualTo(escaped);
    }

    @Test
    void aWebAddressEndsAtAPipeOrABacktick() {
        assertThat(MarkdownEscaper.escape("https://a.kz|b and `x`")).isEqualTo("`https://a.kz`\\|b and \\`x\\`");
    }

    @Test
    void escapesTableCellSeparators() {
        assertThat(MarkdownEscaper.escape("a | b")).isEqualTo("a \\| b");
    }

    @Test
    void keepsLineBreaksAndEscapesTheStartOfEachLine() {
        assertThat(MarkdownEscaper.escape("first\r\n# second\n\n> third\n1. fourth"))
                .isEqualTo("first\n\\# second\n\n\\> third\n1\\. fourth");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Айгүл Сәрсенова",
                "сумма 150 000 ₸",
                "ул. Абая, д. 5, кв. 12",
                "Kaspi Bank",
                "wa.me/77000000002",
                "Ww.example",
                "http:/x",
                "a+b=c-d",
                ""
            })
    void textWithNothingToEscapeIsReturnedAsItIs(String text) {
        assertThat(MarkdownEscaper.isInert(text)).isTrue();
        assertThat(MarkdownEscaper.escape(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a*b",
                "a&b",
                "x https://a.kz",
                "WWW.a.kz",
                "x\nb",
                "a\rb",
                "a\tb",
                " a",
                "a ",
                "\u2028a",
                "1. a",
                "9",
                "#a",
                "-",
                "+a",
                "=a",
                "a|b"
            })
    void textThatMayNeedAnEscapeTakesTheGeneralWay(String text) {
        assertThat(MarkdownEscaper.isInert(text)).isFalse();
    }

    /**
     * The shortcut is only a shortcut: on any text it gives what the general way gives. Each case
     * tries twenty texts, half of them hostile typing, half short strings of the characters the
     * shortcut looks at, most of which it lets through.
     */
    @RepeatedTest(value = 200, failureThreshold = 1)
    void theShortcutAgreesWithTheGeneralWay(Case c) {
        for (int i = 0; i < 20; i++) {
            String text = c.chance(0.5) ? RandomText.typed(c, 40) : nearlyInert(c);
            c.show("text", () -> text);
            assertThat(MarkdownEscaper.escape(text)).isEqualTo(MarkdownEscaper.escapeEachLine(text));
        }
    }

    private static String nearlyInert(Case c) {
        String alphabet = "aәқW w.:/1#-+=)|&*\t\n\u00a0";
        StringBuilder text = new StringBuilder();
        for (int i = c.between(0, 12); i > 0; i--) {
            text.append(alphabet.charAt(c.between(0, alphabet.length() - 1)));
        }
        return text.toString();
    }
}
