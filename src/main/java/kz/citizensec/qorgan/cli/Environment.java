package kz.citizensec.qorgan.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a command may touch outside itself, injected so that tests can run commands with
 * captured streams, a fixed clock and a chosen environment, in parallel.
 *
 * @param env the process environment (LANG, NO_COLOR, ...)
 * @param stdinIsTerminal whether a person is typing (else answers are read one per line)
 */
public record Environment(
        PrintWriter out,
        PrintWriter err,
        InputStream in,
        Map<String, String> env,
        Clock clock,
        boolean stdinIsTerminal) {

    public Environment {
        env = Map.copyOf(env);
    }
}
