package kz.citizensec.qorgan.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.TerminalOpener;

/**
 * Everything a command may touch outside itself, injected so that tests can run commands with
 * captured streams, a fixed clock, a chosen environment and a terminal of their own, in parallel.
 *
 * @param env the process environment (LANG, NO_COLOR, PATH, ...)
 * @param terminal present when a person is typing: opens their terminal (only when needed, as
 *     opening one takes time); absent when a script types the answers, one per line, on {@code in}
 */
public record Environment(
        PrintWriter out,
        PrintWriter err,
        InputStream in,
        Map<String, String> env,
        Clock clock,
        Optional<TerminalOpener> terminal) {

    public Environment {
        env = Map.copyOf(env);
    }

    /**
     * The person typing: at their terminal, or a script on {@code in} whose prompts go to
     * {@code err}, so that {@code out} carries only the documents.
     *
     * @param plain plain text for screen readers; also when NO_COLOR is set
     */
    public Conversation conversation(boolean plain) {
        return Conversation.open(terminal, in, err, plain || env.containsKey("NO_COLOR"));
    }

    /** Standard input is not a terminal. */
    public Environment(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Clock clock) {
        this(out, err, in, env, clock, Optional.empty());
    }
}
