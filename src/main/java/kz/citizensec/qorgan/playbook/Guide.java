package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Optional;

/**
 * A loaded playbook: what to ask, which steps to give for which answers, the official contacts it
 * may cite, and its document templates.
 *
 * @param languages the languages every text is written in, the first being the fallback
 * @param allowedDomains official domains that links and e-mails may point to (subdomains too)
 * @param templates the Mustache document templates, by document and language
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
        Templates templates) {

    public Guide {
        languages = List.copyOf(languages);
        allowedDomains = List.copyOf(allowedDomains);
        questions = List.copyOf(questions);
        steps = List.copyOf(steps);
        references = List.copyOf(references);
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

    public boolean speaks(String lang) {
        return languages.contains(lang);
    }
}
