package kz.citizensec.qorgan.interview.terminal;

import java.io.PrintWriter;
import kz.citizensec.qorgan.core.ShutdownHooks;

/**
 * While the person answers, a SIGTERM or SIGHUP (a closed terminal window, a killed session)
 * ends the interview with the same line as Ctrl-C, so that they know nothing was saved.
 */
final class Farewell implements AutoCloseable {

    private final Thread hook;
    private final boolean held;

    Farewell(PrintWriter err, String line) {
        this.hook = new Thread(() -> {
            err.println(line);
            err.flush();
        }, "qorgan-farewell");
        this.held = ShutdownHooks.add(hook);
    }

    @Override
    public void close() {
        if (held) {
            ShutdownHooks.remove(hook);
        }
    }
}
