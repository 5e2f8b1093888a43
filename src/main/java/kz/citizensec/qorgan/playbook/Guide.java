package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;

/**
 * A loaded playbook: what to ask, which steps to give for which answers, the official contacts it
 * may cite, and its document templates.
 *
 * @param languages the languages every text is written in, the first being the fallback
 * @param allowedDomains official domains that links and e-mails may point to (subdomains too)
 * @param templates the Mustache document templates, by document and language
 * @param glossary the terms to use and the variants to avoid, per language
 * @param cases named conditions over the answers, which templates test by name
 *     ({@code {{#cases.harm}}}), so that a document's wording follows the answers without
 *     repeating a condition in every template
 * @param documents the documents beside the action plan (documents.yaml), in the order they are
 *     printed, each with the condition under which it is made
 */
public record Guide(
        String id,
        String version,
        LocalizedText title,
        List<String> languages,
        List<String> allowedDomains,
        List<Question> questions,
        List<Step> steps,
        List<Reference> references,
        Templates templates,
        Glossary glossary,
        Map<String, Condition> cases,
        List<GuideDocument> documents) {

    public Guide {
        languages = List.copyOf(languages);
        allowedDomains = List.copyOf(allowedDomains);
        questions = List.copyOf(questions);
        steps = List.copyOf(steps);
        references = List.copyOf(references);
        glossary = glossary == null ? Glossary.NONE : glossary;
        documents = documents == null ? List.of() : List.copyOf(documents);
        cases = cases == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cases));
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Optional<Reference> reference(String referenceId) {
        return references.stream().filter(r -> r.id().equals(referenceId)).findFirst();
    }

    /** Every document the guide can make, the action plan first: each has a template per language. */
    public List<DocumentId> documentIds() {
        return GuideDocument.ids(documents);
    }

    /** A document that documents.yaml declares (not the action plan, which it never does). */
    public Optional<GuideDocument> document(DocumentId id) {
        return documents.stream()
                .filter(d -> d != null && id.value().equals(d.id()))
                .findFirst();
    }

    /** The file name of a document's template in {@code lang}. */
    public String templateFile(DocumentId document, String tag) {
        return GuideDocument.template(documents, document, tag);
    }

    /** Whether every text of the guide is written in {@code lang}. */
    public boolean speaks(Lang lang) {
        return languages.contains(lang.tag());
    }

    /**
     * The language of a tag as typed or written, if the guide speaks it; nothing for a tag it
     * does not have or that is not well formed.
     */
    public Optional<Lang> spoken(String tag) {
        return languages.contains(tag) ? Lang.parse(tag) : Optional.empty();
    }

    /** Its languages, of a loaded guide whose tags were checked (not for its validator). */
    public List<Lang> langs() {
        return languages.stream().map(Lang::of).toList();
    }

    /** The first of its languages: the fallback of its texts. */
    public Lang firstLanguage() {
        return Lang.of(languages.get(0));
    }
}
