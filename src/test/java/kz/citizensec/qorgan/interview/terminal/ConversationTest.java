package kz.citizensec.qorgan.interview.terminal;

import static kz.citizensec.qorgan.interview.terminal.FakeTerminal.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import kz.citizensec.qorgan.core.Lang;
import org.junit.jupiter.api.Test;

/** What comes after the interview: questions, notices and clearing, on the fake terminal. */
class ConversationTest {

    @Test
    void aYesOrNoQuestionTakesNumbersOrWordsInTheLanguageAndAsksAgainOtherwise() throws Interrupted {
        FakeTerminal fake = FakeTerminal.dumb(lines("3", "иә", "2"));
        try (Conversation conversation = Conversation.onTerminal(fake.terminal(), false)) {
            assertThat(conversation.confirm("Сақтайық па?", Lang.KK)).isTrue();
            assertThat(conversation.confirm("Сақтайық па?", Lang.KK)).isFalse();
        }
        assertThat(fake.screen()).contains("Сақтайық па?", "  1  Иә", "  2  Жоқ");
        assertThat(fake.screen().split("Жауаптың нөмірін жазыңыз.", -1))
                .as("the hint, then the error")
                .hasSize(4);
    }

    @Test
    void aQuestionEndedByCtrlDIsInterrupted() {
        FakeTerminal fake = FakeTerminal.dumb("");
        try (Conversation conversation = Conversation.onTerminal(fake.terminal(), false)) {
            assertThatThrownBy(() -> conversation.ask("Folder?", "Enter for the default"))
                    .isInstanceOf(Interrupted.class);
        }
    }

    @Test
    void aScriptsConversationGoesToOneStreamAndIsNotATerminal() throws Interrupted {
        StringWriter shown = new StringWriter();
        try (Conversation conversation = Conversation.onStreams(
                new ByteArrayInputStream("  my folder \n".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(shown, true))) {
            assertThat(conversation.atTerminal()).isFalse();
            assertThat(conversation.ask("Folder?", "Enter for the default")).isEqualTo("my folder");
            conversation.error("Wrong.");
            conversation.clear();
        }
        assertThat(shown.toString())
                .contains("Folder?", "Enter for the default", "> ", "Wrong.")
                .doesNotContain("\u001B");
    }

    @Test
    void clearingErasesTheScreenAndTheScrollback() {
        FakeTerminal fake = FakeTerminal.xterm("");
        try (Conversation conversation = Conversation.onTerminal(fake.terminal(), false)) {
            conversation.say("secret answer");
            conversation.clear();
        }
        String raw = fake.raw();
        assertThat(raw.substring(raw.indexOf("secret answer"))).contains("\u001B[H\u001B[2J", "\u001B[3J");
    }

    @Test
    void noHistoryIsKeptEvenInMemory() throws Interrupted {
        FakeTerminal fake = FakeTerminal.xterm("Aigerim Sadykova\r" + "\u001B[A" + "\r");
        try (Conversation conversation = Conversation.onTerminal(fake.terminal(), false)) {
            assertThat(conversation.ask("Name?", "")).isEqualTo("Aigerim Sadykova");
            assertThat(conversation.ask("Folder?", "").isEmpty())
                    .as("the up arrow recalls nothing")
                    .isTrue();
        }
    }

    @Test
    void aVisitorsConversationLeavesTheTerminalOpenForTheNext() throws Interrupted {
        FakeTerminal fake = FakeTerminal.xterm("first\r" + "second\r");
        try (Conversation desk = Conversation.onTerminal(fake.terminal(), false)) {
            try (Conversation visitor = desk.forVisitor()) {
                assertThat(visitor.ask("?", "")).isEqualTo("first");
            }
            assertThat(desk.ask("?", "")).isEqualTo("second");
            assertThat(desk.canClear()).isTrue();
        }
        try (Conversation script = Conversation.onStreams(
                        new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()));
                Conversation dumb =
                        Conversation.onTerminal(FakeTerminal.dumb("").terminal(), false)) {
            assertThat(script.canClear()).isFalse();
            assertThat(dumb.canClear()).isFalse();
        }
    }
}
