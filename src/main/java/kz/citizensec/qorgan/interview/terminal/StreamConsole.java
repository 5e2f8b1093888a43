package kz.citizensec.qorgan.interview.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.utils.Signals;

/**
 * The console of a script: standard input is not a terminal, so no terminal is opened (that would
 * spawn processes and unpack native code for nothing). One answer is read per line, exactly as a
 * person would type it; prompts go to {@code out} and errors to {@code err}, without colour.
 *
 * <p>Lines are read on a daemon thread so that Ctrl-C (SIGINT) can end a wait for input that
 * would otherwise block forever; the process then reports the interruption instead of dying
 * silently.
 */
final class StreamConsole implements Console {

    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private final Thread reading = Thread.currentThread();
    private final Object previousHandler;
    private volatile boolean interrupted;
    /** The input went beyond {@link LimitedLines}' limits: what came before it is still answered. */
    private volatile boolean tooLong;

    private Thread pump;

    StreamConsole(InputStream in, PrintWriter out, PrintWriter err) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.previousHandler = Signals.register("INT", this::interrupt);
    }

    private void interrupt() {
        interrupted = true;
        reading.interrupt();
    }

    @Override
    public String read(Page page) throws Interrupted {
        show(page.lines());
        if (!page.repeat()) {
            for (int i = 0; i < page.options().size(); i++) {
                out.printf("%3d  %s%n", i + 1, page.options().get(i));
            }
        }
        out.print("> ");
        out.flush();
        try {
            return next();
        } finally {
            out.println();
            out.flush();
        }
    }

    private String next() throws Interrupted {
        if (pump == null) {
            pump = new Thread(this::pumpLines, "qorgan-stdin");
            pump.setDaemon(true);
            pump.start();
        }
        try {
            Optional<String> line = interrupted ? Optional.empty() : lines.take();
            if (line.isEmpty() || interrupted) {
                throw tooLong && !interrupted ? Interrupted.ofInputTooLong() : new Interrupted(!interrupted);
            }
            return line.get();
        } catch (InterruptedException e) {
            throw new Interrupted(false);
        }
    }

    private void pumpLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            LimitedLines limited = new LimitedLines(reader);
            for (Optional<String> line = limited.next(); line.isPresent(); line = limited.next()) {
                lines.add(line);
            }
        } catch (LimitedLines.TooLong e) {
            tooLong = true;
        } catch (IOException e) {
            // Input that cannot be read ends like input that has ended: nothing is saved.
        }
        lines.add(Optional.empty());
    }

    @Override
    public void show(List<Line> shown) {
        for (Line line : shown) {
            if (line.tone() == Line.Tone.ERROR) {
                out.flush();
                err.println(line.text());
                err.flush();
            } else {
                out.println(line.text());
            }
        }
        out.flush();
    }

    @Override
    public int width() {
        return 80;
    }

    @Override
    public int height() {
        return 0;
    }

    @Override
    public boolean decorated() {
        return false;
    }

    @Override
    public boolean arrows() {
        return false;
    }

    @Override
    public void clear() {
        // A script's output is a record the script keeps: there is no screen to clear.
    }

    @Override
    public void close() {
        Signals.unregister("INT", previousHandler);
        Thread.interrupted();
    }
}
