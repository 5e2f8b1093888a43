package kz.citizensec.qorgan.cli;

import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.LanguageChoice;

/**
 * The options that decide a language, read from the arguments before picocli parses them, so that
 * picocli's help and error messages are already in that language and the warm-up knows ahead
 * which languages a command will speak; {@link LanguageChoice} decides.
 */
final class Languages {

    private Languages() {}

    /** The value given to an option ({@code --name value} or {@code --name=value}), before picocli parses them. */
    static Optional<String> optionValue(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The language of messages from the arguments, before picocli parses them. */
    static Lang forMessages(String[] args, Map<String, String> env) {
        return LanguageChoice.forMessages(optionValue(args, "--lang"), env);
    }
}
