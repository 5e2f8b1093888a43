package kz.citizensec.qorgan.playbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.Problem.Severity;
import kz.citizensec.qorgan.core.Suggestions;

/**
 * Collects what the validator's rules find, worded in the user's language and placed at
 * file:line:column. A rule names a field by its JSON pointer; the file is re-read to place it
 * only when something is reported there.
 */
final class Findings {

    private final GuideSource source;
    private final Messages messages;
    private final Map<String, YamlLocator> locators = new HashMap<>();
    private final Map<String, List<String>> lines = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    Findings(GuideSource source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    String message(String key, Object... args) {
        return messages.get(key, args);
    }

    void error(String file, String pointer, String key, Object... args) {
        add(Severity.ERROR, file, pointer, messages.get(key, args));
    }

    void warning(String file, String pointer, String key, Object... args) {
        add(Severity.WARNING, file, pointer, messages.get(key, args));
    }

    /**
     * Like {@link #error} or {@link #warning} for a fact inside a text: placed at the fact itself
     * when it can be found on the lines from the text's key on, else at the key.
     */
    void inText(Severity severity, String file, String pointer, String needle, String key, Object... args) {
        YamlLocator.Position at = position(file, pointer);
        List<String> text = lines.computeIfAbsent(file, f -> read(f).lines().toList());
        for (int line = Math.max(at.line(), 1); line <= Math.min(text.size(), at.line() + 40); line++) {
            int column = text.get(line - 1).indexOf(needle, line == at.line() ? Math.max(at.column() - 1, 0) : 0);
            if (column >= 0) {
                at = new YamlLocator.Position(line, column + 1);
                break;
            }
        }
        problems.add(new Problem(
                severity,
                source.displayName(file),
                at.line(),
                at.column(),
                FieldPath.display(pointer),
                messages.get(key, args)));
    }

    /** The line a field is written on, to point at the first of two repeated ids. */
    int lineOf(String file, String pointer) {
        return position(file, pointer).line();
    }

    /**
     * "key.guess" with the closest known name when one is close, else "key" with all of them;
     * the first argument of both is what was typed.
     */
    void errorGuess(String file, String pointer, String key, String typed, Collection<String> known, Object... more) {
        add(Severity.ERROR, file, pointer, guess(key, typed, known, more));
    }

    /** The arguments are what was typed, the closest name (or all of them), then {@code more}. */
    String guess(String key, String typed, Collection<String> known, Object... more) {
        return Suggestions.closest(typed, known)
                .map(closest -> messages.get(key + ".guess", args(typed, closest, more)))
                .orElseGet(() -> messages.get(key, args(typed, String.join(", ", known), more)));
    }

    private static Object[] args(String typed, String second, Object... more) {
        Object[] all = new Object[more.length + 2];
        all[0] = typed;
        all[1] = second;
        System.arraycopy(more, 0, all, 2, more.length);
        return all;
    }

    /** A problem in a file that is not YAML (a template), at a known line and column. */
    void atPosition(Severity severity, String displayName, int line, int column, String key, Object... args) {
        problems.add(new Problem(severity, displayName, line, column, "", messages.get(key, args)));
    }

    private void add(Severity severity, String file, String pointer, String message) {
        YamlLocator.Position at = position(file, pointer);
        problems.add(new Problem(
                severity, source.displayName(file), at.line(), at.column(), FieldPath.display(pointer), message));
    }

    private YamlLocator.Position position(String file, String pointer) {
        return locators.computeIfAbsent(file, f -> YamlLocator.of(read(f))).locate(pointer);
    }

    private String read(String file) {
        try {
            return source.read(file).orElse("");
        } catch (IOException e) {
            // It was read a moment ago by the loader: the problem is still reported, without a line.
            return "";
        }
    }

    /** In file order, then by line and column, so that an editor can work down the list. */
    List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }
}
