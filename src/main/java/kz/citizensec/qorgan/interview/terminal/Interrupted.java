package kz.citizensec.qorgan.interview.terminal;

/** The person pressed Ctrl-C, or Ctrl-D (end of input) at a prompt: stop, save nothing. */
public final class Interrupted extends Exception {

    private static final long serialVersionUID = 1L;

    Interrupted() {
        super("interrupted", null, false, false);
    }
}
