package kz.citizensec.qorgan.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordWrapTest {

    @Test
    void aShortLineStaysAsItIs() {
        assertThat(WordWrap.wrap("Банкке хабарласыңыз", 40)).containsExactly("Банкке хабарласыңыз");
    }

    @Test
    void breaksBetweenWordsWithinTheWidth() {
        String line =
                "Расскажите о каждом переводе или платеже, которого вы не хотели. Их видно в банковском приложении.";
        assertThat(WordWrap.wrap(line, 40))
                .containsExactly(
                        "Расскажите о каждом переводе или",
                        "платеже, которого вы не хотели. Их видно",
                        "в банковском приложении.")
                .allSatisfy(part -> assertThat(WordWrap.columns(part)).isLessThanOrEqualTo(40));
    }

    @Test
    void continuationLinesHangUnderTheBulletsText() {
        assertThat(WordWrap.wrap(
                        "   • Телефонды бірден қоя салыңыз. Кері қоңырау шалмаңыз, хабарламаларына жауап бермеңіз.",
                        40))
                .containsExactly(
                        "   • Телефонды бірден қоя салыңыз. Кері",
                        "     қоңырау шалмаңыз, хабарламаларына",
                        "     жауап бермеңіз.");
    }

    @Test
    void movesALongWordToItsOwnLineThenCutsItThere() {
        String link = "https://egov.kz/cms/ru/services/very/long/path/to/the/service/page";
        var lines = WordWrap.wrap("see " + link + " now", 24);
        assertThat(lines.get(0)).isEqualTo("see");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(link + " now");
        assertThat(lines).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(24));
    }

    @Test
    void aNarrowOrUnknownWidthLeavesTheLineToTheTerminal() {
        String line = "x ".repeat(50);
        assertThat(WordWrap.wrap(line, 0)).containsExactly(line);
        assertThat(WordWrap.wrap(line, 10)).containsExactly(line);
    }
}
