package kz.citizensec.qorgan.render;

/**
 * A template that cannot be rendered: a variable it names does not exist, or it is written with
 * the wrong number of braces. Carries the place (template file and line) for the message.
 *
 * @param key the message key in the render bundle; its arguments are the variable's name
 */
final class TemplateError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String variable;
    private final String key;

    TemplateError(String file, int line, String variable, String key) {
        super(file + ":" + line + ": " + key + ": " + variable);
        this.file = file;
        this.line = line;
        this.variable = variable;
        this.key = key;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    String variable() {
        return variable;
    }

    String key() {
        return key;
    }
}
