package kz.citizensec.qorgan.playbook;

import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error (SnakeYAML's, in English, often placed where the parser gave up rather than
 * where the mistake is) as the mistake a person made, in their language, where they made it: a
 * tab where it stands, a quotation mark left open where it was opened, a list or map left open,
 * a colon inside a text, an indentation. For guides and answers files alike.
 */
public final class YamlSyntax {

    /**
     * @param line 1-based
     * @param column 1-based
     * @param message what is wrong, in the user's language, without SnakeYAML's words
     * @param recognised whether the mistake is one of those above; else only its place is known
     */
    public record Explained(int line, int column, String message, boolean recognised) {}

    private YamlSyntax() {}

    /** The syntax error in the causes of {@code e}, explained; empty when there is none. */
    public static Optional<Explained> explain(Throwable e, String text, Lang lang) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return Optional.of(explain(marked, text, Messages.of(GuideLoader.BUNDLE, lang)));
            }
        }
        return Optional.empty();
    }

    private static Explained explain(MarkedYAMLException e, String text, Messages messages) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark mark = e.getProblemMark();
        int at = mark == null ? 0 : Math.min(mark.getIndex(), text.length());
        if (problem.contains("\\t(TAB)") || problem.contains("\t") || problem.contains("tab")) {
            // SnakeYAML marks the end of the token before: the tab is at or after it.
            int tab = text.indexOf('\t', at);
            return new Explained(
                    line(text, tab < 0 ? at : tab),
                    column(text, tab < 0 ? at : tab),
                    messages.get("yaml.syntax.tab"),
                    true);
        }
        int quote = openQuote(text, at);
        if (quote >= 0 || problem.contains("end of stream") && context.contains("quoted scalar")) {
            int where = quote >= 0 ? quote : contextIndex(e, at);
            return new Explained(line(text, where), column(text, where), messages.get("yaml.syntax.quote"), true);
        }
        String key;
        if (problem.contains("mapping values are not allowed")) {
            key = "yaml.syntax.colon";
        } else if (problem.contains("expected ',' or '}'")
                || problem.contains("expected ',' or ']'")
                || context.contains("flow sequence")
                || context.contains("flow mapping")) {
            key = "yaml.syntax.flow";
        } else if (problem.contains("<block end>")
                || problem.contains("could not find expected ':'")
                || problem.contains("did not find expected")) {
            key = "yaml.syntax.indent";
        } else {
            key = "yaml.syntax.other";
        }
        // A list or map left open is told where it opens: the parser stumbles only lines later.
        int where = key.equals("yaml.syntax.flow") ? contextIndex(e, at) : at;
        return new Explained(
                line(text, where), column(text, where), messages.get(key), !key.equals("yaml.syntax.other"));
    }

    /**
     * Where a double quotation mark opened before {@code before} is left open at the end of its
     * line: YAML lets a quoted text run on over lines, so the parser stumbles only lines later.
     */
    private static int openQuote(String text, int before) {
        int lineStart = 0;
        while (lineStart < before && lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            end = end < 0 ? text.length() : end;
            int open = unclosedQuote(text.substring(lineStart, end));
            if (open >= 0 && end < before) {
                return lineStart + open;
            }
            lineStart = end + 1;
        }
        return -1;
    }

    /** The offset of a double quote this line leaves open, or -1 (single quotes and comments heeded). */
    private static int unclosedQuote(String line) {
        int open = -1;
        boolean single = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (open < 0 && !single && c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                break;
            }
            if (open >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    open = -1;
                }
            } else if (c == '\'') {
                single = !single;
            } else if (c == '"' && !single) {
                open = i;
            }
        }
        return open;
    }

    private static int contextIndex(MarkedYAMLException e, int fallback) {
        return e.getContextMark() == null ? fallback : e.getContextMark().getIndex();
    }

    private static int line(String text, int index) {
        int line = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String text, int index) {
        int clamped = Math.min(index, text.length());
        return clamped - text.lastIndexOf('\n', clamped - 1);
    }
}
