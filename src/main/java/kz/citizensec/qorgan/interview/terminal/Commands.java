package kz.citizensec.qorgan.interview.terminal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.citizensec.qorgan.interview.Event;

/**
 * The commands a person can type at any prompt, alone on the line: a symbol that is the same in
 * every language ({@code <} back, {@code ?} why, {@code -} skip) or a word of their language.
 * Anything else is an answer.
 */
final class Commands {

    private final Texts texts;
    private final Set<String> back;
    private final Set<String> help;
    private final Set<String> skip;

    Commands(Texts texts) {
        this.texts = texts;
        this.back = spellings(texts, "command.back");
        this.help = spellings(texts, "command.help");
        this.skip = spellings(texts, "command.skip");
    }

    private static Set<String> spellings(Texts texts, String key) {
        return Stream.concat(
                        Stream.of(texts.get(key)),
                        Arrays.stream(texts.get(key + ".words").split(",")))
                .map(Commands::normalise)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    Event eventFor(String typed) {
        String word = normalise(typed);
        if (back.contains(word)) {
            return Event.back();
        }
        if (help.contains(word)) {
            return Event.help();
        }
        if (skip.contains(word)) {
            return Event.skip();
        }
        return Event.typed(typed);
    }

    /** The line that lists the commands, shown once at the start and again with help. */
    String summary() {
        return texts.get("commands", texts.get("command.back"), texts.get("command.help"), texts.get("command.skip"));
    }

    String helpSymbol() {
        return texts.get("command.help");
    }
}
