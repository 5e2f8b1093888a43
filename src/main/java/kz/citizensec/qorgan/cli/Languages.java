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
     * The value of {@code --lang} if the arguments hold a supported one, read before picocli
     * parses them so that its help and error messages are already in that language.
     */
    static Optional<String> fromArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                String first = value.split(",", 2)[0].trim();
                if (SUPPORTED.contains(first)) {
                    return Optional.of(first);
                }
            }
        }
        return Optional.empty();
    }

    /** The languages of a comma list such as {@code kk,ru}, in order, blanks and repeats left out. */
    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    static String forMessages(String[] args, Map<String, String> env) {
        return fromArguments(args).or(() -> fromEnvironment(env)).orElse(FALLBACK);
    }
}
