package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.SafeFiles;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.FollowUpSession;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.render.CaseSummary;

/**
 * {@code qorgan follow-up}: shows the case's steps with their state, asks what was done since, and
 * saves the case file only when the person says so (whole, owner-only, the previous version kept
 * aside until the new one is in place: {@link SafeFiles}). Interrupted, it leaves the file exactly
 * as it was.
 */
public final class FollowUpFlow {

    /**
     * @param caseFile the case file
     * @param lang the first language of {@code --lang}, when given
     * @param guide {@code --guide}, else the bundled guide
     * @param plain plain text for screen readers ({@code --plain})
     */
    public record Request(Path caseFile, Optional<String> lang, GuideSource guide, boolean plain) {}

    private FollowUpFlow() {}

    public static ExitStatus run(Context context, Request request) {
        Guide guide = context.guide(request.guide());
        Path caseFile = request.caseFile();
        CaseFiles caseFiles = new CaseFiles(guide, request.guide(), context.lang(), context.today());
        AnswersDocument document = caseFiles.read(caseFile);
        Lang lang = language(guide, document, request.lang(), context);
        FollowUp followUp = caseFiles.followUp();
        CaseSummary summary = new CaseSummary(guide, followUp);
        try (Conversation conversation = context.environment().conversation(request.plain())) {
            FollowUpSession session = new FollowUpSession(
                    guide,
                    followUp,
                    lang,
                    context.today(),
                    progress -> summary.of(document.answers(), progress, lang, context.today()),
                    context.environment().err());
            FollowUpSession.Outcome outcome = session.run(document, caseFile.toString(), conversation);
            if (outcome instanceof FollowUpSession.Outcome.Stopped) {
                return ExitStatus.INTERRUPTED;
            }
            if (!(outcome instanceof FollowUpSession.Outcome.Save save)) {
                return ExitStatus.OK;
            }
            String yaml = caseFiles.answersFile().toYaml(document.withProgress(save.progress()));
            SafeFiles.writeAll(Map.of(caseFile, yaml), true, lang);
            conversation.notice(AppMessages.in(lang).get("followUp.saved", caseFile));
            return ExitStatus.OK;
        }
    }

    /** {@code --lang} &gt; the file's {@code lang} &gt; the messages' &gt; the guide's first. */
    private static Lang language(Guide guide, AnswersDocument document, Optional<String> asked, Context context) {
        Optional<Lang> option = asked.map(typed -> context.spoken(guide, "--lang", typed));
        return LanguageChoice.of(guide, option, document.lang(), Optional.of(context.lang()));
    }
}
