package kz.citizensec.qorgan.interview.terminal;

/** The person pressed Ctrl-C, or Ctrl-D (end of input) at a prompt: stop, save nothing. */
public final class Interrupted extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean endOfInput;
    private final boolean inputTooLong;

    /** @param endOfInput Ctrl-D, or the end of a script's input; else Ctrl-C */
    Interrupted(boolean endOfInput) {
        this(endOfInput, false);
    }

    private Interrupted(boolean endOfInput, boolean inputTooLong) {
        super("interrupted", null, false, false);
        this.endOfInput = endOfInput;
        this.inputTooLong = inputTooLong;
    }

    /** A script's input went beyond the limits of answers typed by a person: it was not read on. */
    static Interrupted ofInputTooLong() {
        return new Interrupted(true, true);
    }

    /** Whether the input stopped being read because it went beyond the limits of typed answers. */
    public boolean inputTooLong() {
        return inputTooLong;
    }

    /** Whether input ended (Ctrl-D, or a script's end) rather than Ctrl-C. */
    public boolean endOfInput() {
        return endOfInput;
    }
}
