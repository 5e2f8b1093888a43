package kz.citizensec.qorgan.interview.terminal;

/** The person pressed Ctrl-C, or Ctrl-D (end of input) at a prompt: stop, save nothing. */
public final class Interrupted extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean endOfInput;

    /** @param endOfInput Ctrl-D, or the end of a script's input; else Ctrl-C */
    Interrupted(boolean endOfInput) {
        super("interrupted", null, false, false);
        this.endOfInput = endOfInput;
    }

    /** Whether input ended (Ctrl-D, or a script's end) rather than Ctrl-C. */
    public boolean endOfInput() {
        return endOfInput;
    }
}
