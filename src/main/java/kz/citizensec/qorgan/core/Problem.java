package kz.citizensec.qorgan.core;

/**
 * One thing wrong (or doubtful) in a file a person wrote: where it is and what was expected.
 *
 * @param file as shown to the user, e.g. {@code guides/default/steps.yaml}
 * @param line 1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 * @param field the path of the field, e.g. {@code steps[3].when.question}; empty when none
 * @param message what is wrong and what is expected, in the user's language
 */
public record Problem(Severity severity, String file, int line, int column, String field, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line:column: field: message}, the one-line form every message takes; the file
     * name ({@link TypedText#inertLine}) and the field, a key from the file ({@link TypedText#oneLine}),
     * quoted as input is.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(TypedText.inertLine(file));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(TypedText.oneLine(field)).append(": ");
        }
        return out.append(TypedText.inertLine(message)).toString();
    }
}
