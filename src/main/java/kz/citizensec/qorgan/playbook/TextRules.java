package kz.citizensec.qorgan.playbook;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Problem.Severity;

/**
 * What the texts and templates state: every link and e-mail inside the allowlist (an error), and
 * every phone number, e-mail, link and law article declared as a reference with a source (a
 * warning when it is not).
 */
final class TextRules {

    /** Mustache tags, blanked out before a template is scanned: {{name}}, {{#list}}, {{! comment }}. */
    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\{.*?}}}|\\{\\{.*?}}", Pattern.DOTALL);

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
                if (!declared.declares(fact) && !(fact.kind() == TextFacts.Kind.PHONE && role == GuideTexts.Role.HINT)) {
                    findings.inText(Severity.WARNING, file, at, fact.text(), undeclaredKey(fact), fact.text());
                }
            }
        }
    }

    private void template(Templates.Template template) {
        String text = blankOutTags(template.source());
        for (TextFacts.Fact fact : TextFacts.find(text)) {
            int line = 1 + (int) text.substring(0, fact.start()).chars().filter(c -> c == '\n').count();
            int column = fact.start() - text.lastIndexOf('\n', fact.start() - 1);
            if (!fact.host().isEmpty() && !allowlist.allows(fact.host())) {
                findings.atPosition(Severity.ERROR, template.file(), line, column, Allowlist.message(fact.host()),
                        fact.text(), String.join(", ", guide.allowedDomains()));
            }
            if (!declared.declares(fact)) {
                findings.atPosition(Severity.WARNING, template.file(), line, column, undeclaredKey(fact), fact.text());
            }
        }
    }

    /** Keeps offsets and line breaks, so that positions in the blanked text are those of the file. */
    private static String blankOutTags(String template) {
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
