package kz.citizensec.qorgan.playbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Problem.Severity;

/**
 * No control character in a guide's texts and templates: a terminal escape in a template would
 * reach the person's terminal as it is (guide text is trusted, and printed unescaped), and a
 * bidirectional override would show a text other than the one written.
 */
final class CharacterRules {

    private static final Pattern CONTROL =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    private final Guide guide;
    private final Findings findings;

    CharacterRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
    }

    void check() {
        GuideTexts.visit(
                guide,
                (file, pointer, text, role) -> text.byLanguage().forEach((lang, value) -> {
                    Matcher control = value == null ? null : CONTROL.matcher(value);
                    if (control != null && control.find()) {
                        findings.error(file, pointer + "/" + lang, "text.control", code(control.group()));
                    }
                }));
        for (Templates.Template template : guide.templates().byKey().values()) {
            Matcher control = CONTROL.matcher(template.source());
            if (control.find()) {
                TextRules.Position at = TextRules.position(template.source(), control.start());
                findings.atPosition(
                        Severity.ERROR, template.file(), at.line(), at.column(), "text.control", code(control.group()));
            }
        }
    }

    private static String code(String character) {
        return String.format("U+%04X", character.codePointAt(0));
    }
}
