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
     * The first language of {@code --lang} if the arguments hold a supported one, read before
     * picocli parses them so that its help and error messages are already in that language.
     */
    static Optional<String> fromArguments(String[] args) {
        return optionValue(args, "--lang").flatMap(value -> list(value).stream().findFirst())
                .filter(SUPPORTED::contains);
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
        return Arrays.stream(value.split(",")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    static String forMessages(String[] args, Map<String, String> env) {
        return fromArguments(args).or(() -> fromEnvironment(env)).orElse(FALLBACK);
    }
}
