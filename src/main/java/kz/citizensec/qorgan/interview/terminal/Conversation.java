package kz.citizensec.qorgan.interview.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;

/**
 * The person at the keyboard, for as long as qorgan talks to them: the interview
 * ({@link Assessment#on}), then whatever comes after it (the documents shown, a question whether
 * to save them, a folder) in the same words and styles. On a terminal (JLine), or on streams when
 * a script types the answers.
 */
public final class Conversation implements AutoCloseable {

    private final Console console;
    private final Terminal terminal;
    private final boolean plain;

    private Conversation(Console console, Terminal terminal, boolean plain) {
        this.console = console;
        this.terminal = terminal;
        this.plain = plain;
    }

    /** The terminal the process runs in, in UTF-8 whatever the platform's default. */
    public static Terminal systemTerminal() {
        try {
            return TerminalBuilder.builder()
                    .system(true)
                    .encoding(StandardCharsets.UTF_8)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A person at this terminal; closing the conversation closes the terminal.
     *
     * @param plain plain text for screen readers (no colour, no redrawn lines, no boxes)
     */
    public static Conversation onTerminal(Terminal terminal, boolean plain) {
        return new Conversation(new TerminalConsole(terminal, plain, true), terminal, plain);
    }

    /**
     * A script: answers read one per line from {@code in}; everything shown, errors included,
     * goes to {@code shown}, so that standard output stays free for the documents.
     */
    public static Conversation onStreams(InputStream in, PrintWriter shown) {
        return new Conversation(new StreamConsole(in, shown, shown), null, true);
    }

    /**
     * The person at their terminal, opened now, when there is one; else a script on the streams
     * (see {@link #onStreams}).
     */
    public static Conversation open(
            Optional<TerminalOpener> terminal, InputStream in, PrintWriter shown, boolean plain) {
        return terminal.map(opener -> onTerminal(opener.open(), plain)).orElseGet(() -> onStreams(in, shown));
    }

    /**
     * A conversation of its own on the same terminal, for one visitor at a help desk: a new line
     * reader, because JLine keeps what was typed in it (text cut with Ctrl-U or Ctrl-W, the lines
     * last drawn). Closing it leaves the terminal open.
     */
    public Conversation forVisitor() {
        if (terminal == null) {
            throw new IllegalStateException("a visitor needs a terminal");
        }
        return new Conversation(new TerminalConsole(terminal, plain, false), terminal, plain);
    }

    /** Whether a person is at a terminal (else a script types the answers). */
    public boolean atTerminal() {
        return terminal != null;
    }

    /** Whether the screen and its scrollback can be cleared: a terminal, and not a dumb one. */
    public boolean canClear() {
        return terminal != null
                && !terminal.getType().startsWith(Terminal.TYPE_DUMB)
                && terminal.getStringCapability(Capability.clear_screen) != null;
    }

    Console console() {
        return console;
    }

    /** A Markdown document, shown readably (see {@link MarkdownLines}), set apart by an empty line. */
    public void showDocument(String markdown) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.text(""));
        lines.addAll(new MarkdownLines(console.decorated()).of(markdown));
        lines.add(Line.text(""));
        console.show(lines);
    }

    /**
     * The action plan a part at a time (see {@link PlanPager}), after the line that says where to
     * begin; on streams, whole.
     */
    public void showPlan(String markdown, String whereToStart, Lang lang) throws Interrupted {
        if (console.height() == 0) {
            showDocument(markdown);
            notice(whereToStart);
            return;
        }
        Texts texts = new Texts(lang);
        new PlanPager(console, texts, new Commands(texts)).show(markdown, whereToStart);
    }

    /** Lines of ordinary text. */
    public void say(String... lines) {
        console.show(Arrays.stream(lines).map(Line::text).toList());
    }

    /** A line to notice: what to do next, where the files are. */
    public void notice(String line) {
        console.show(List.of(new Line(Line.Tone.NOTICE, line)));
    }

    /** A line that says something went wrong. */
    public void error(String line) {
        console.show(List.of(new Line(Line.Tone.ERROR, line)));
    }

    /**
     * A yes-or-no question, answered by number (1 yes, 2 no), with the arrows, or by the word.
     *
     * @param lang the language of "yes", "no" and the hint
     */
    public boolean confirm(String question, Lang lang) throws Interrupted {
        Texts texts = new Texts(lang);
        List<String> options = List.of(texts.get("yes"), texts.get("no"));
        Page page = new Page(
                List.of(
                        new Line(Line.Tone.QUESTION, question),
                        new Line(Line.Tone.HINT, texts.get(console.arrows() ? "hint.arrows.single" : "hint.single"))),
                options,
                false,
                false);
        while (true) {
            String typed = console.read(page).strip().toLowerCase(Locale.ROOT);
            if (typed.equals("1") || typed.equals(options.get(0).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (typed.equals("2") || typed.equals(options.get(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
            page = new Page(List.of(new Line(Line.Tone.ERROR, texts.get("hint.single"))), options, false, true);
        }
    }

    /** A question answered by a line of text; returns the line, trimmed. */
    public String ask(String question, String hint) throws Interrupted {
        return console.read(new Page(
                        List.of(new Line(Line.Tone.QUESTION, question), new Line(Line.Tone.HINT, hint)),
                        List.of(),
                        false,
                        false))
                .strip();
    }

    /**
     * Clears the screen and the terminal's scrollback, so that the next person cannot scroll back
     * to the last one's answers. Nothing on streams.
     */
    public void clear() {
        console.clear();
    }

    @Override
    public void close() {
        console.close();
    }
}
