package kz.citizensec.qorgan.playbook;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Problem.Severity;

/**
 * What the texts and templates state: every link and e-mail inside the allowlist (an error);
 * every phone number, e-mail, link and law article declared as a reference with a source (a
 * warning when it is not); and no contact that no public source confirms (an error: FACTS.md says
 * such a phone number or address is never printed for a visitor, even when the seed gives it).
 */
final class TextRules {

    /** Mustache tags, blanked out before a template is scanned: {{name}}, {{#list}}, {{! comment }}. */
    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\{.*?}}}|\\{\\{.*?}}", Pattern.DOTALL);
    /** A reference named in a template's tag: {{refs.police_102.value}}, {{#refs.egov}}. */
    private static final Pattern REFERENCE_TAG = Pattern.compile("\\brefs\\.([A-Za-z0-9_]+)");

    private final Guide guide;
    private final Findings findings;
    private final Allowlist allowlist;
    private final Declared declared;

    TextRules(Guide guide, Findings findings, Allowlist allowlist) {
        this.guide = guide;
        this.findings = findings;
        this.allowlist = allowlist;
        this.declared = new Declared(guide);
    }

    void check() {
        GuideTexts.visit(guide, this::text);
        for (Templates.Template template : guide.templates().byKey().values()) {
            template(template);
        }
    }

    /** A line and column, both from 1. */
    record Position(int line, int column) {}

    /** Where an offset of a text falls. */
    static Position position(String text, int offset) {
        int line = 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - text.lastIndexOf('\n', offset - 1));
    }

    private void text(String file, String pointer, LocalizedText text, GuideTexts.Role role) {
        for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String at = pointer + "/" + entry.getKey();
            for (TextFacts.Fact fact : TextFacts.find(entry.getValue())) {
                if (!fact.host().isEmpty()) {
                    allowlist.checkInText(file, at, fact.text(), fact.host());
                }
                Optional<Reference> reference = declared.reference(fact);
                if (reference.isEmpty() && !(fact.kind() == TextFacts.Kind.PHONE && role == GuideTexts.Role.HINT)) {
                    findings.inText(Severity.WARNING, file, at, fact.text(), undeclaredKey(fact), fact.text());
                }
                declared.referenceOrHost(fact)
                        .filter(ReferenceRules::unconfirmedContact)
                        .filter(r -> !isTextOf(r, file, pointer))
                        .ifPresent(r -> findings.inText(
                                Severity.ERROR,
                                file,
                                at,
                                fact.text(),
                                "fact.unconfirmedUsed",
                                fact.text(),
                                String.valueOf(r.source())));
            }
        }
    }

    /** The name and note of an unconfirmed reference may name it: they are never printed. */
    private boolean isTextOf(Reference reference, String file, String pointer) {
        int index = guide.references().indexOf(reference);
        return file.equals(GuideFiles.REFERENCES) && pointer.startsWith("/references/" + index + "/");
    }

    private void template(Templates.Template template) {
        String text = blankOutTags(template.source());
        for (TextFacts.Fact fact : TextFacts.find(text)) {
            Position at = position(text, fact.start());
            if (!fact.host().isEmpty() && !allowlist.allows(fact.host())) {
                findings.atPosition(
                        Severity.ERROR,
                        template.file(),
                        at.line(),
                        at.column(),
                        Allowlist.message(fact.host()),
                        fact.text(),
                        String.join(", ", guide.allowedDomains()));
            }
            Optional<Reference> reference = declared.reference(fact);
            if (reference.isEmpty()) {
                findings.atPosition(
                        Severity.WARNING, template.file(), at.line(), at.column(), undeclaredKey(fact), fact.text());
            }
            declared.referenceOrHost(fact)
                    .filter(ReferenceRules::unconfirmedContact)
                    .ifPresent(r -> findings.atPosition(
                            Severity.ERROR,
                            template.file(),
                            at.line(),
                            at.column(),
                            "fact.unconfirmedUsed",
                            fact.text(),
                            String.valueOf(r.source())));
        }
        for (Matcher tag = MUSTACHE.matcher(template.source()); tag.find(); ) {
            for (Matcher named = REFERENCE_TAG.matcher(tag.group()); named.find(); ) {
                String id = named.group(1);
                guide.reference(id).filter(ReferenceRules::unconfirmedContact).ifPresent(r -> {
                    Position at = position(template.source(), tag.start() + named.start(1));
                    findings.atPosition(
                            Severity.ERROR,
                            template.file(),
                            at.line(),
                            at.column(),
                            "contact.unconfirmed",
                            id,
                            String.valueOf(r.value()),
                            String.valueOf(r.source()));
                });
            }
        }
    }

    /** Keeps offsets and line breaks, so that positions in the blanked text are those of the file. */
    static String blankOutTags(String template) {
        StringBuilder out = new StringBuilder(template);
        Matcher m = MUSTACHE.matcher(template);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static String undeclaredKey(TextFacts.Fact fact) {
        return switch (fact.kind()) {
            case PHONE -> "fact.undeclaredPhone";
            case EMAIL -> "fact.undeclaredEmail";
            case URL, DOMAIN -> "fact.undeclaredLink";
            case ARTICLE -> "fact.undeclaredArticle";
        };
    }
}
