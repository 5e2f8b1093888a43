package kz.citizensec.qorgan.playbook;

import java.util.Map;
import kz.citizensec.qorgan.core.Problem;

/** Every text in every language of the guide, and a template per document and language. */
final class TranslationRules {

    private final Guide guide;
    private final Findings findings;

    TranslationRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
    }

    void check() {
        GuideTexts.visit(guide, (file, pointer, text, role) -> text(file, pointer, text));
        templates();
    }

    private void text(String file, String pointer, LocalizedText text) {
        for (String lang : guide.languages()) {
            String value = text.byLanguage().get(lang);
            if (value == null) {
                findings.error(file, pointer + "/" + lang, "translation.missing", lang);
            } else if (value.isBlank()) {
                findings.error(file, pointer + "/" + lang, "translation.blank", lang);
            }
        }
        for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
            if (!guide.languages().contains(entry.getKey())) {
                findings.errorGuess(
                        file,
                        pointer + "/" + entry.getKey(),
                        "translation.unknownLanguage",
                        entry.getKey(),
                        guide.languages());
            }
        }
    }

    private void templates() {
        for (DocumentId document : guide.documentIds()) {
            for (String lang : guide.languages()) {
                String file = guide.templateFile(document, lang);
                guide.templates()
                        .find(document, lang)
                        .ifPresentOrElse(
                                template -> {
                                    if (template.source().isBlank()) {
                                        findings.atPosition(
                                                Problem.Severity.ERROR,
                                                template.file(),
                                                0,
                                                0,
                                                "template.empty",
                                                document,
                                                lang);
                                    }
                                },
                                () -> findings.error(file, "", "template.missing", document, lang));
            }
        }
    }
}
