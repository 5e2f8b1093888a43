package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Problem.Severity;

/**
 * The glossary kept: each term written in every language of the guide, and (as warnings) every
 * place where a text or template of a language uses a variant that the glossary avoids in it.
 *
 * <p>Kazakh and Russian change the ends of words ("кредиттік тарих", "кредиттік тарихыңызды"),
 * so a word of the glossary also matches the same word with another ending: its trailing vowels
 * are dropped and any letters may follow. An avoided variant found inside the term itself ("пошта"
 * inside "электрондық пошта"), or inside a word the term allows ("цифрлық" beside the avoided
 * "цифр"), is not the variant.
 */
final class GlossaryRules {

    private static final String VOWELS = "аәеёиоөуұүыіэюяaeiouy";

    private final Guide guide;
    private final Findings findings;

    GlossaryRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
    }

    void check() {
        List<Glossary.Term> terms = guide.glossary().terms();
        StructureRules.Unique ids = new StructureRules(guide, findings).new Unique(GuideFiles.GLOSSARY);
        for (int i = 0; i < terms.size(); i++) {
            term(terms.get(i), "/terms/" + i, ids);
        }
        GuideTexts.visit(
                guide,
                (file, pointer, text, role) -> text.byLanguage().forEach((lang, value) -> {
                    if (value != null) {
                        for (Found found : find(lang, value)) {
                            findings.inText(
                                    Severity.WARNING,
                                    file,
                                    pointer + "/" + lang,
                                    found.text(),
                                    "glossary.avoided",
                                    found.text(),
                                    found.use(),
                                    found.term());
                        }
                    }
                }));
        for (Templates.Template template : guide.templates().byKey().values()) {
            String text = TextRules.blankOutTags(template.source());
            for (Found found : find(template.lang(), text)) {
                TextRules.Position at = TextRules.position(text, found.start());
                findings.atPosition(
                        Severity.WARNING,
                        template.file(),
                        at.line(),
                        at.column(),
                        "glossary.avoided",
                        found.text(),
                        found.use(),
                        found.term());
            }
        }
    }

    private void term(Glossary.Term term, String at, StructureRules.Unique ids) {
        String file = GuideFiles.GLOSSARY;
        new StructureRules(guide, findings).id(file, at, term.id(), ids);
        if (term.use() == null) {
            findings.error(file, at + "/use", "key.missing", "use");
        } else {
            for (String lang : guide.languages()) {
                if (term.use().find(lang).isEmpty()) {
                    findings.error(file, at + "/use", "translation.missing", lang);
                }
            }
        }
        for (String key : List.of("avoid", "allow")) {
            for (String lang : (key.equals("avoid") ? term.avoid() : term.allow()).keySet()) {
                if (!guide.languages().contains(lang)) {
                    findings.errorGuess(
                            file, at + "/" + key + "/" + lang, "translation.unknownLanguage", lang, guide.languages());
                }
            }
        }
    }

    /** @param start the offset of the variant in the text scanned */
    private record Found(String text, int start, String use, String term) {}

    private List<Found> find(String lang, String text) {
        List<Found> found = new ArrayList<>();
        for (Glossary.Term term : guide.glossary().terms()) {
            if (term.id() == null || term.use() == null) {
                continue;
            }
            String use = term.use().find(lang).orElse("");
            List<int[]> right = new ArrayList<>();
            if (!use.isEmpty()) {
                right.addAll(spans(pattern(use), text));
            }
            for (String allowed : term.allow().getOrDefault(lang, List.of())) {
                if (allowed != null && !allowed.isBlank()) {
                    right.addAll(spans(pattern(allowed), text));
                }
            }
            for (String variant : term.avoid().getOrDefault(lang, List.of())) {
                if (variant == null || variant.isBlank()) {
                    continue;
                }
                for (int[] span : spans(pattern(variant), text)) {
                    boolean insideRight = right.stream().anyMatch(u -> u[0] <= span[0] && span[1] <= u[1]);
                    if (!insideRight) {
                        found.add(new Found(text.substring(span[0], span[1]), span[0], use, term.id()));
                    }
                }
            }
        }
        return found;
    }

    private static List<int[]> spans(Pattern pattern, String text) {
        List<int[]> spans = new ArrayList<>();
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** Each word from the start of a word, with any ending: see the class comment. */
    static Pattern pattern(String phrase) {
        StringBuilder regex = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])");
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(stem(words[i]))).append("\\p{L}*");
        }
        return Pattern.compile(regex.toString());
    }

    private static String stem(String word) {
        int end = word.length();
        while (end > 3 && VOWELS.indexOf(Character.toLowerCase(word.charAt(end - 1))) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
