package kz.citizensec.qorgan.interview.terminal;

import java.io.IOException;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;

/**
 * The console of a person at a terminal, through JLine: line editing in UTF-8, colour where the
 * terminal has it, options also chosen with the arrow keys. Plain mode ({@code --plain} or
 * {@code NO_COLOR}) is for screen readers: no colour, no redrawn lines, no box drawing. No
 * history is kept, not even in memory.
 */
final class TerminalConsole implements Console {

    private final Terminal terminal;
    private final LineReaderImpl reader;
    private final Styles styles;
    private final boolean decorated;
    private final boolean arrows;
    private final OptionSelector selector;
    private final Thread reading = Thread.currentThread();
    private final Terminal.SignalHandler previousHandler;
    private final Attributes original;
    private final boolean ownsTerminal;
    private volatile boolean interrupted;

    /**
     * @param terminal the process's, or one built on byte streams in tests
     * @param ownsTerminal closing the console closes the terminal (else it only restores its modes)
     */
    TerminalConsole(Terminal terminal, boolean plain, boolean ownsTerminal) {
        this.terminal = terminal;
        this.ownsTerminal = ownsTerminal;
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        this.reader = (LineReaderImpl) LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("qorgan")
                .parser(parser)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
        boolean capable = !plain && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        this.styles = new Styles(capable && colours != null && colours >= 8);
        this.decorated = !plain;
        this.arrows = capable && terminal.getStringCapability(Capability.cursor_up) != null;
        this.selector = new OptionSelector(reader, terminal, styles);
        this.previousHandler = terminal.handle(Terminal.Signal.INT, signal -> {
            interrupted = true;
            reading.interrupt();
        });
        // Without echo between prompts too: keys typed ahead appear once, at the next prompt.
        this.original = terminal.enterRawMode();
    }

    @Override
    public String read(Page page) throws Interrupted {
        if (interrupted) {
            throw new Interrupted(false);
        }
        show(page.lines());
        try {
            if (!page.options().isEmpty() && arrows && selector.fits(page.options())) {
                return selector.read(page.options(), page.multi(), page.chosen());
            }
            if (!page.repeat()) {
                for (int i = 0; i < page.options().size(); i++) {
                    for (String part : WordWrap.hanging(
                            String.format("%3d  ", i + 1), page.options().get(i), width() - 1)) {
                        print(new Line(Line.Tone.OPTION, part));
                    }
                }
            }
            terminal.flush();
            return reader.readLine("> ");
        } catch (UserInterruptException e) {
            throw new Interrupted(false);
        } catch (EndOfFileException e) {
            throw new Interrupted(true);
        }
    }

    @Override
    public void show(List<Line> lines) {
        lines.forEach(this::print);
        terminal.flush();
    }

    private void print(Line line) {
        for (String part : WordWrap.wrap(line.text(), width() - 1)) {
            terminal.writer().println(styles.ansi(new AttributedString(part, styles.of(line.tone())), terminal));
        }
    }

    /** A terminal that does not say its size (a dumb one) is taken as 80 by 24. */
    @Override
    public int width() {
        return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    }

    @Override
    public int height() {
        return terminal.getHeight() > 0 ? terminal.getHeight() : 24;
    }

    @Override
    public boolean decorated() {
        return decorated;
    }

    @Override
    public boolean arrows() {
        return arrows;
    }

    /**
     * The screen's clear capability (home, erase), then ESC [3J, which erases the scrollback in
     * xterm, tmux, the Linux console and Windows Terminal; terminals without it ignore it.
     */
    @Override
    public void clear() {
        if (!terminal.puts(Capability.clear_screen)) {
            terminal.writer().print("\033[H\033[2J");
        }
        terminal.writer().print("\033[3J");
        terminal.flush();
    }

    @Override
    public void close() {
        terminal.setAttributes(original);
        terminal.handle(Terminal.Signal.INT, previousHandler);
        Thread.interrupted();
        if (!ownsTerminal) {
            return;
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing only restores the terminal's modes; there is nothing left to save.
        }
    }
}
