package kz.citizensec.qorgan.interview.terminal;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.render.Documents;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;

/**
 * The fixture every interview test shares: a JLine terminal on byte streams, fed what a person
 * types ("2\n"), whose screen is read back. {@link #dumb} is a terminal without cursor control;
 * {@link #xterm} understands escape sequences, so arrows and colour can be tested. Public, so
 * that the command-line tests can give qorgan this terminal as the person's.
 */
public final class FakeTerminal {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StringWriter errors = new StringWriter();
    private final Terminal terminal;

    private FakeTerminal(boolean xterm, String typed) {
        this(xterm, false, typed, new Size(200, 40));
    }

    private FakeTerminal(boolean xterm, boolean synchronous, String typed) {
        this(xterm, synchronous, typed, new Size(200, 40));
    }

    private FakeTerminal(boolean xterm, boolean synchronous, String typed, Size size) {
        ByteArrayInputStream keys = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
        try {
            terminal = xterm && !synchronous
                    ? TerminalBuilder.builder()
                            .system(false)
                            .provider("exec")
                            .type("xterm-256color")
                            .streams(keys, screen)
                            .encoding(StandardCharsets.UTF_8)
                            .size(size)
                            .build()
                    : new DumbTerminal(
                            "fake",
                            xterm ? "xterm-256color" : Terminal.TYPE_DUMB,
                            keys,
                            screen,
                            StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.setSize(size);
        if (synchronous) {
            // As a real terminal's line discipline does: Ctrl-C is the interrupt signal.
            Attributes attributes = terminal.getAttributes();
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
            terminal.setAttributes(attributes);
        }
    }

    public static FakeTerminal dumb(String typed) {
        return new FakeTerminal(false, typed);
    }

    public static FakeTerminal xterm(String typed) {
        return new FakeTerminal(true, typed);
    }

    /** An xterm of a given size, to see what a narrow or short screen shows. */
    public static FakeTerminal xterm(String typed, int columns, int rows) {
        return new FakeTerminal(true, false, typed, new Size(columns, rows));
    }

    /**
     * An xterm whose keys are read when the program reads them, so that Ctrl-C interrupts the
     * prompt it is typed at ({@link #xterm} reads all keys ahead on a thread of its own, and
     * raises Ctrl-C's signal then).
     */
    public static FakeTerminal xtermKeyByKey(String typed) {
        return new FakeTerminal(true, true, typed);
    }

    /** The lines typed, each ended by Enter. */
    public static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static Assessment.Request request(Optional<String> lang) {
        return new Assessment.Request(
                lang,
                Optional.empty(),
                Lang.EN,
                GuideSource.bundled(),
                Optional.empty(),
                Optional.empty(),
                TODAY,
                PREVIEW,
                false);
    }

    /** The action plan as the documents stage renders it; where to start, as a fixed line. */
    static final PlanPreview PREVIEW = (guide, lang, answers) -> new PlanPreview.Shown(
            Documents.of(guide).render(answers, lang, lang, TODAY).actionPlan(), "START-HERE");

    Assessment.Outcome run(Assessment.Request request, boolean plain) {
        try (Conversation conversation = Conversation.onTerminal(terminal, plain)) {
            return Assessment.start(request, new PrintWriter(errors, true)).on(conversation);
        }
    }

    /** The terminal, to hand to the code under test. */
    public Terminal terminal() {
        return terminal;
    }

    /** Everything written to the terminal, escape sequences included. */
    public String raw() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** What a person sees: the text without escape sequences. */
    public String screen() {
        // fromAnsi knows colours, not the private modes (ESC [ ? … h/l) nor the keypad's ESC = and ESC >.
        return AttributedString.fromAnsi(raw().replaceAll("\u001B\\[\\?[0-9;]*[hl]|\u001B[=>]", ""))
                .toString();
    }

    String errors() {
        return errors.toString();
    }
}
