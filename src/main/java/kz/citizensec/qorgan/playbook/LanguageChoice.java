package kz.citizensec.qorgan.playbook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;

/**
 * Which language to speak, decided here for every command: the languages a {@code --lang} value
 * lists, the system's, the language of qorgan's own messages, and which of a guide's languages to
 * speak to a person: the one the command line asks for, else the answers file's, else the
 * system's, else the guide's first. Whether a guide speaks a language is {@link Guide#spoken}.
 */
public final class LanguageChoice {

    /** The language of messages when neither {@code --lang} nor the system names one of qorgan's own. */
    public static final Lang FALLBACK = Lang.EN;

    private LanguageChoice() {}

    /**
     * The tags of a comma list such as {@code kk,ru}, in order, blanks and repeats left out; as
     * typed, for a guide to say whether it speaks each ({@link Guide#spoken}).
     */
    public static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    }

    /** The language of LC_ALL, LC_MESSAGES or LANG (e.g. ru_RU.UTF-8 gives ru), if qorgan's messages are written in it. */
    public static Optional<Lang> fromEnvironment(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.getOrDefault(name, "");
            if (!value.isEmpty()) {
                return own(value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /**
     * The language of messages: the first language of a {@code --lang} value if qorgan's messages
     * are written in it, else the system's, else {@link #FALLBACK}.
     */
    public static Lang forMessages(Optional<String> langOption, Map<String, String> env) {
        return langOption
                .flatMap(value -> list(value).stream().findFirst())
                .flatMap(LanguageChoice::own)
                .or(() -> fromEnvironment(env))
                .orElse(FALLBACK);
    }

    /**
     * The language asked for: {@code --lang} (the first of a list, which the caller has checked
     * the guide speaks), else the answers file's if the guide speaks it.
     */
    public static Optional<Lang> asked(Guide guide, Optional<Lang> option, Optional<Lang> file) {
        return option.or(() -> file.filter(guide::speaks));
    }

    /** The language {@link #asked}, else {@code otherwise} if the guide speaks it, else the guide's first. */
    public static Lang of(Guide guide, Optional<Lang> option, Optional<Lang> file, Optional<Lang> otherwise) {
        return asked(guide, option, file)
                .or(() -> otherwise.filter(guide::speaks))
                .orElseGet(guide::firstLanguage);
    }

    private static Optional<Lang> own(String tag) {
        return Lang.parse(tag).filter(Lang::isOwn);
    }
}
