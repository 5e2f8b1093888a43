package kz.citizensec.qorgan.playbook;

import java.util.HashSet;
import java.util.Set;
import kz.citizensec.qorgan.core.Problem.Severity;

/**
 * Every template's tags well formed ({@link TemplateShape}): refused on load, not only when
 * rendered; and no file in templates/ that no document and language of the guide reads (a
 * template for an undeclared language, a misspelt name), which would be silently left unused.
 */
final class TemplateRules {

    private static final String FOLDER = "templates";

    private final Guide guide;
    private final GuideSource source;
    private final Findings findings;

    TemplateRules(Guide guide, GuideSource source, Findings findings) {
        this.guide = guide;
        this.source = source;
        this.findings = findings;
    }

    void check() {
        Set<String> read = new HashSet<>();
        for (DocumentId document : guide.documentIds()) {
            guide.languages().forEach(lang -> read.add(guide.templateFile(document, lang)));
        }
        for (String name : source.list(FOLDER)) {
            String file = FOLDER + "/" + name;
            if (!read.contains(file)) {
                findings.atPosition(
                        Severity.ERROR,
                        source.displayName(file),
                        0,
                        0,
                        "template.unused",
                        String.join(
                                ", ",
                                guide.documentIds().stream()
                                        .map(DocumentId::value)
                                        .toList()),
                        String.join(", ", guide.languages()));
            }
        }
        for (Templates.Template template : guide.templates().byKey().values()) {
            TemplateShape.check(template.source()).ifPresent(flaw -> {
                TextRules.Position at = TextRules.position(template.source(), flaw.offset());
                findings.atPosition(
                        Severity.ERROR,
                        template.file(),
                        at.line(),
                        at.column(),
                        flaw.key(),
                        flaw.args().toArray());
            });
        }
    }
}
