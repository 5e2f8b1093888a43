package kz.citizensec.qorgan.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents as the terminal shows them. */
class MarkdownLinesTest {

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void headingsStandOutAndEmphasisMarkersAreGone() {
        List<Line> lines = new MarkdownLines(true).of("# Title\n\n*Made today.*\n\n**Act now.**\n\n## Steps\n");
        assertThat(lines)
                .containsExactly(
                        new Line(Line.Tone.QUESTION, "Title"),
                        Line.text(""),
                        Line.text("Made today."),
                        Line.text(""),
                        Line.text("Act now."),
                        Line.text(""),
                        new Line(Line.Tone.QUESTION, "Steps"));
    }

    @Test
    void stepsAreBoxesWithTheirItemsIndentedUnderThem() {
        String markdown = "- [ ] **Call your bank.** Why.\n  - Call the number.\n  - Contacts: 102.\n- [x] Done\n";
        assertThat(texts(new MarkdownLines(true).of(markdown)))
                .containsExactly("☐ Call your bank. Why.", "   • Call the number.", "   • Contacts: 102.", "☒ Done");
        assertThat(texts(new MarkdownLines(false).of(markdown)))
                .containsExactly(
                        "[ ] Call your bank. Why.", "   - Call the number.", "   - Contacts: 102.", "[x] Done");
    }

    @Test
    void typedTextEscapedForMarkdownIsShownAsTyped() {
        assertThat(texts(new MarkdownLines(true)
                        .of("**Applicant:** John \\<b\\>Smith\\</b\\> \\*x\\* 43\\*\\* \\_y\\_\n")))
                .containsExactly("Applicant: John <b>Smith</b> *x* 43** _y_");
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        assertThat(texts(new MarkdownLines(true).of("Red \u001B[31mtext\u0007 here\n")))
                .containsExactly("Red [31mtext here");
    }

    @Test
    void linksKeepWhereTheyGoAndTablesTheirCells() {
        String markdown = "See [the portal](https://egov.kz) or <https://1cb.kz>.\n\n"
                + "| Date | Amount |\n|---|---|\n| 20.11.2026 | 150 000 ₸ |\n\n---\n\n1. One\n2. Two\n";
        assertThat(texts(new MarkdownLines(false).of(markdown)))
                .containsExactly(
                        "See the portal (https://egov.kz) or https://1cb.kz.",
                        "",
                        "Date | Amount",
                        "20.11.2026 | 150 000 ₸",
                        "",
                        "---",
                        "",
                        "1. One",
                        "2. Two");
    }

    @Test
    void aWholeGoldenPlanKeepsEveryWordAndLosesEveryMarker() throws IOException {
        String markdown = Files.readString(
                Path.of("src/test/resources/golden/everything_full_report.kk.md"), StandardCharsets.UTF_8);
        String plan = markdown.substring(0, markdown.indexOf("\n---\n"));
        List<String> shown = texts(new MarkdownLines(true).of(plan));
        assertThat(shown).contains("Алаяқтарға код айтып қойсаңыз: іс-әрекет жоспары", "Қазір");
        assertThat(String.join("\n", shown)).doesNotContain("**", "- [ ]", "##").contains("☐ Банкке қоңырау шалыңыз.");
        assertThat(shown.stream()
                        .filter(l -> l.startsWith("☐ ") || l.startsWith("☒ "))
                        .count())
                .isEqualTo(plan.lines()
                        .filter(l -> l.startsWith("- [ ] ") || l.startsWith("- [x] "))
                        .count());
    }
}
