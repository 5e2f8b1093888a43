package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Map;

/**
 * One term per concept per language, and the variants to avoid: what the guide's editors agreed
 * to call each thing, so that a frightened reader never wonders whether two words mean two
 * things. {@code qorgan validate} warns where a text or template of a language uses a variant
 * that language avoids. A guide without a glossary file has none.
 */
public record Glossary(List<Term> terms) {

    public static final Glossary NONE = new Glossary(List.of());

    public Glossary {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /**
     * @param use the term to write, in each language
     * @param avoid by language, the variants not to write for this concept
     * @param allow by language, words that look like an avoided variant and are right (the
     *     Kazakh «цифрлық», "digital", beside the avoided «цифр»)
     */
    public record Term(String id, LocalizedText use, Map<String, List<String>> avoid, Map<String, List<String>> allow) {
        public Term {
            avoid = ordered(avoid);
            allow = ordered(allow);
        }

        private static Map<String, List<String>> ordered(Map<String, List<String>> byLanguage) {
            return byLanguage == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLanguage));
        }
    }
}
