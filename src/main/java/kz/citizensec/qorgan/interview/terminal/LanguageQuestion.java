package kz.citizensec.qorgan.interview.terminal;

import java.util.List;
import java.util.Locale;

/**
 * The first question, asked before any language is known: the guide's languages, each named in
 * itself (Қазақ тілі, Русский, English), chosen by number or by code.
 */
final class LanguageQuestion {

    private final List<String> languages;
    private final Texts texts;

    /** @param fallback the language of the one line of instructions (the system's, or English) */
    LanguageQuestion(List<String> languages, String fallback) {
        this.languages = List.copyOf(languages);
        this.texts = new Texts(fallback);
    }

    String ask(Console console) throws Interrupted {
        List<String> names = languages.stream().map(LanguageQuestion::nameInItself).toList();
        Page page = new Page(List.of(new Line(Line.Tone.QUESTION, texts.get("language.choose"))), names, false, false);
        while (true) {
            String typed = console.read(page).strip();
            for (int i = 0; i < languages.size(); i++) {
                if (typed.equals(String.valueOf(i + 1)) || typed.equalsIgnoreCase(languages.get(i))) {
                    return languages.get(i);
                }
            }
            page = new Page(List.of(new Line(Line.Tone.ERROR, texts.get("language.invalid", languages.size()))),
                    names, false, true);
        }
    }

    static String nameInItself(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
