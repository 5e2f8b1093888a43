package kz.citizensec.qorgan.interview.terminal;

import org.jline.terminal.Terminal;

/**
 * Opens the terminal a person types at, only when a conversation needs it: opening one takes
 * time. What the application injects, so that only this package and the command line know JLine.
 */
@FunctionalInterface
public interface TerminalOpener {

    Terminal open();
}
