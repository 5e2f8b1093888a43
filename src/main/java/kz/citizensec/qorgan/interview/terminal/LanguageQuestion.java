package kz.citizensec.qorgan.interview.terminal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;

/**
 * A choice among the guide's languages, each named in itself (Қазақ тілі, Русский, English), by
 * number or by code: the first question, asked before any language is known, or the language of
 * the police report.
 */
final class LanguageQuestion {

    private final List<Lang> languages;
    private final Texts texts;
    private final List<Line> question;
    private final Optional<Lang> onEnter;

    private LanguageQuestion(List<Lang> languages, Texts texts, List<Line> question, Optional<Lang> onEnter) {
        this.languages = List.copyOf(languages);
        this.texts = texts;
        this.question = List.copyOf(question);
        this.onEnter = onEnter;
    }

    /** @param fallback the language of the one line of instructions (the system's, or English) */
    static LanguageQuestion ofInterview(List<Lang> languages, Lang fallback) {
        Texts texts = new Texts(fallback);
        return new LanguageQuestion(
                languages,
                texts,
                List.of(new Line(Line.Tone.QUESTION, texts.get("language.choose"))),
                Optional.empty());
    }

    /** @param lang the language of the interview, which Enter keeps */
    static LanguageQuestion ofReport(List<Lang> languages, Lang lang) {
        Texts texts = new Texts(lang);
        return new LanguageQuestion(
                languages,
                texts,
                List.of(
                        new Line(Line.Tone.QUESTION, texts.get("reportLang.choose")),
                        new Line(Line.Tone.HINT, texts.get("reportLang.enter", nameInItself(lang)))),
                Optional.of(lang));
    }

    Lang ask(Console console) throws Interrupted {
        List<String> names =
                languages.stream().map(LanguageQuestion::nameInItself).toList();
        Page page = new Page(question, names, false, false);
        while (true) {
            String typed = console.read(page).strip();
            if (typed.isEmpty() && onEnter.isPresent()) {
                return onEnter.get();
            }
            for (int i = 0; i < languages.size(); i++) {
                if (typed.equals(String.valueOf(i + 1))
                        || typed.equalsIgnoreCase(languages.get(i).tag())) {
                    return languages.get(i);
                }
            }
            page = new Page(
                    List.of(new Line(Line.Tone.ERROR, texts.get("language.invalid", languages.size()))),
                    names,
                    false,
                    true);
        }
    }

    static String nameInItself(Lang lang) {
        Locale locale = lang.locale();
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang.tag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
