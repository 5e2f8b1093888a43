package kz.citizensec.qorgan.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import org.jline.terminal.Terminal;

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
        Optional<Supplier<Terminal>> terminal) {

    public Environment {
        env = Map.copyOf(env);
    }

    /**
     * The person typing: at their terminal, or a script on {@code in} whose prompts go to
     * {@code err}, so that {@code out} carries only the documents.
     *
     * @param plain plain text for screen readers; also when NO_COLOR is set
     */
    Conversation conversation(boolean plain) {
        boolean noColour = plain || env.containsKey("NO_COLOR");
        return terminal.map(open -> Conversation.onTerminal(open.get(), noColour))
                .orElseGet(() -> Conversation.onStreams(in, err));
    }

    /** Standard input is not a terminal. */
    public Environment(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Clock clock) {
        this(out, err, in, env, clock, Optional.empty());
    }
}
