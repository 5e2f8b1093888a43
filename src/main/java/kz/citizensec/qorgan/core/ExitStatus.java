package kz.citizensec.qorgan.core;

/**
 * The exit codes of qorgan, as DESIGN.md fixes them: 0 ok; 1 internal error; 2 bad command line;
 * 3 invalid playbook or answers file; 4 output could not be written; 130 the user interrupted.
 */
public enum ExitStatus {
    OK(0),
    INTERNAL_ERROR(1),
    USAGE(2),
    INVALID_INPUT(3),
    OUTPUT_FAILED(4),
    INTERRUPTED(130);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
