package kz.citizensec.qorgan.answers;

import java.util.Collection;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.Suggestions;

/**
 * The problems of one answers file, in the user's language, each naming the file, line, column
 * and field; a reader stops at the first (an {@link InvalidInputException}, exit 3).
 */
final class FileProblems {

    private final Messages messages;
    private final String name;

    /** @param name how to name the file in messages */
    FileProblems(Messages messages, String name) {
        this.messages = messages;
        this.name = name;
    }

    Messages messages() {
        return messages;
    }

    InvalidInputException fail(int line, int column, String field, String key, Object... args) {
        return new InvalidInputException(
                new Problem(Problem.Severity.ERROR, name, line, column, field, messages.get(key, args)));
    }

    /** A problem with {@code node}, at its place. */
    InvalidInputException at(YamlTree node, String field, String key, Object... args) {
        return fail(node.line(), node.column(), field, key, args);
    }

    /**
     * An id that is none of {@code known}: the message {@code key} is given the id as typed, the
     * known ones listed, and "did you mean" the closest one (or nothing), in that order.
     */
    InvalidInputException unknown(YamlTree node, String field, String key, String typed, Collection<String> known) {
        String didYouMean = Suggestions.closest(typed, known)
                .map(closest -> messages.get("file.didYouMean", closest))
                .orElse("");
        return at(node, field, key, typed, String.join(", ", known), didYouMean);
    }
}
