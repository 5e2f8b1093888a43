package kz.citizensec.qorgan.answers;

import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;

/**
 * The content of an answers file (DESIGN.md): optional languages, the answers by question id and,
 * in a case file, what was done since ({@link CaseProgress}).
 *
 * @param reportLang the language of the police report; defaults to {@code lang}
 */
public record AnswersDocument(Optional<Lang> lang, Optional<Lang> reportLang, Answers answers, CaseProgress progress) {

    public AnswersDocument(Optional<Lang> lang, Optional<Lang> reportLang, Answers answers) {
        this(lang, reportLang, answers, CaseProgress.NONE);
    }

    public AnswersDocument withProgress(CaseProgress changed) {
        return new AnswersDocument(lang, reportLang, answers, changed);
    }
}
