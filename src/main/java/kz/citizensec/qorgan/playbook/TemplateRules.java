package kz.citizensec.qorgan.playbook;

import kz.citizensec.qorgan.core.Problem.Severity;

/** Every template's tags well formed ({@link TemplateShape}): refused on load, not only when rendered. */
final class TemplateRules {

    private final Guide guide;
    private final Findings findings;

    TemplateRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
    }

    void check() {
        for (Templates.Template template : guide.templates().byKey().values()) {
            TemplateShape.check(template.source()).ifPresent(flaw -> {
                TextRules.Position at = TextRules.position(template.source(), flaw.offset());
                findings.atPosition(Severity.ERROR, template.file(), at.line(), at.column(), flaw.key(),
                        flaw.args().toArray());
            });
        }
    }
}
