package kz.citizensec.qorgan.answers;

import java.util.Optional;
import kz.citizensec.qorgan.playbook.Answers;

/**
 * The content of an answers file (DESIGN.md): optional languages and the answers by question id.
 *
 * @param reportLang the language of the police report; defaults to {@code lang}
 */
public record AnswersDocument(Optional<String> lang, Optional<String> reportLang, Answers answers) {}
