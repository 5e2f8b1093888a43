package kz.citizensec.qorgan.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which language to speak before the user chose one: from --lang, else from the system locale. */
final class Languages {

    /** The languages qorgan's own messages are written in. */
    static final List<String> SUPPORTED = List.of("kk", "ru", "en");

    static final String FALLBACK = "en";

    private Languages() {}

    /** The language of LC_ALL, LC_MESSAGES or LANG (e.g. ru_RU.UTF-8 gives ru), if supported. */
    static Optional<String> fromEnvironment(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.getOrDefault(name, "");
            if (!value.isEmpty()) {
                String lang = value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
                return SUPPORTED.contains(lang) ? Optional.of(lang) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The language of messages: the first language of a {@code --lang} value if qorgan speaks it,
     * else the system's, else English. {@code QorganCommand} asks with the value picocli parsed;
     * {@link #forMessages} with the one read before picocli parses, so that picocli's help and
     * error messages are already in that language.
     */
    static String forMessages(Optional<String> langOption, Map<String, String> env) {
        return langOption
                .flatMap(value -> list(value).stream().findFirst())
                .filter(SUPPORTED::contains)
                .or(() -> fromEnvironment(env))
                .orElse(FALLBACK);
    }

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

    /** The languages of a comma list such as {@code kk,ru}, in order, blanks and repeats left out. */
    static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    }

    /** The language of messages from the arguments, before picocli parses them. */
    static String forMessages(String[] args, Map<String, String> env) {
        return forMessages(optionValue(args, "--lang"), env);
    }
}
