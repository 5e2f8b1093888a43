package kz.citizensec.qorgan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @org.junit.jupiter.api.Test
    void aWebAddressEndsAtAPipeOrABacktick() {
        assertThat(MarkdownEscaper.escape("https://a.kz|b and `x`")).isEqualTo("`https://a.kz`\\|b and \\`x\\`");
    }

    @org.junit.jupiter.api.Test
    void escapesTableCellSeparators() {
        assertThat(MarkdownEscaper.escape("a | b")).isEqualTo("a \\| b");
    }

    @org.junit.jupiter.api.Test
    void keepsLineBreaksAndEscapesTheStartOfEachLine() {
        assertThat(MarkdownEscaper.escape("first\r\n# second\n\n> third\n1. fourth"))
                .isEqualTo("first\n\\# second\n\n\\> third\n1\\. fourth");
    }
}
