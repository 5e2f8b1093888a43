package kz.citizensec.qorgan.core;

/**
 * A controlled end of a command: a one-line message, already in the user's language, and the exit
 * status it maps to. The command line prints the message and exits; no stack trace.
 */
public class QorganException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitStatus status;

    public QorganException(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public QorganException(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }
}
