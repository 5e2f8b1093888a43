package kz.citizensec.qorgan.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.cli.Main;
import kz.citizensec.qorgan.interview.terminal.FakeTerminal;

/**
 * The command line run in this process, as {@code cli.Main} runs it but with captured streams:
 * standard input empty, the clock stopped at {@link TestClock#NOW}, no terminal, only the
 * environment variables given. Each setting returns this builder; {@link #run} runs it once.
 */
public final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private InputStream in = new ByteArrayInputStream(new byte[0]);
    private Clock clock = TestClock.fixed();
    private Optional<FakeTerminal> terminal = Optional.empty();
    private Optional<Writer> stdout = Optional.empty();

    private Cli() {}

    /** No environment variable at all: the language is the default one. */
    public static Cli cli() {
        return new Cli();
    }

    /** {@code LANG=en_US.UTF-8}, as most tests have it. */
    public static Cli english() {
        return cli().env(Map.of("LANG", "en_US.UTF-8"));
    }

    /** Adds these variables (or replaces those already set). */
    public Cli env(Map<String, String> variables) {
        env.putAll(variables);
        return this;
    }

    /** Standard input is {@code text}, in UTF-8. */
    public Cli stdin(String text) {
        return stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    public Cli stdin(InputStream stream) {
        in = stream;
        return this;
    }

    /** A script types {@code lines} on standard input, one answer a line; none: input is empty. */
    public Cli typed(List<String> lines) {
        return stdin(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    /** The clock stopped at {@code now} instead. */
    public Cli at(Instant now) {
        clock = TestClock.at(now);
        return this;
    }

    /** A person at {@code fake}, standard input then unused. */
    public Cli terminal(FakeTerminal fake) {
        terminal = Optional.of(fake);
        return this;
    }

    /** Standard output goes to {@code writer} (a full disk, a closed pipe); the run's {@code out} is then empty. */
    public Cli stdout(Writer writer) {
        stdout = Optional.of(writer);
        return this;
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(
                new PrintWriter(stdout.orElse(out), true),
                new PrintWriter(err, true),
                in,
                env,
                clock,
                terminal.map(fake -> fake::terminal));
        int code = new Main(environment).run(args);
        return new Run(code, out.toString(), err.toString(), terminal);
    }

    /** How a run ended and what it wrote: on its streams and, if it had one, on its terminal. */
    public record Run(int code, String out, String err, Optional<FakeTerminal> terminal) {

        /** Both streams, standard output first. */
        public String all() {
            return out + err;
        }

        /** Everything written to the terminal, escape sequences included; empty without one. */
        public String raw() {
            return terminal.map(FakeTerminal::raw).orElse("");
        }

        /** What a person saw on the terminal: its text without escape sequences. */
        public String screen() {
            return terminal.map(FakeTerminal::screen).orElse("");
        }
    }
}
