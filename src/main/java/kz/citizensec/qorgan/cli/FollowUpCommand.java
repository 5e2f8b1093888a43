package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.core.SafeFiles;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.FollowUpSession;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.render.CaseSummary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code qorgan follow-up CASE_FILE}: shows the case's steps with their state, asks what was done
 * since, and saves the case file only when the person says so (whole, owner-only, the previous
 * version kept aside until the new one is in place: {@link SafeFiles}). Interrupted, it leaves the
 * file exactly as it was.
 */
final class FollowUpCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final InterviewOptions interview;

    private final PositionalParamSpec file = PositionalParamSpec.builder()
            .index("0")
            .arity("1")
            .type(Path.class)
            .paramLabel("CASE_FILE")
            .descriptionKey("followUp.file")
            .build();

    private final CommandSpec spec;

    FollowUpCommand(QorganCommand root) {
        this.root = root;
        this.interview = new InterviewOptions(root);
        this.spec = Specs.command("follow-up", this, interview.guide(), interview.plain());
        spec.addPositional(file);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Environment environment = root.environment();
        Lang messagesLang = root.language();
        LocalDate today = LocalDate.now(environment.clock());
        GuideSource source = Specs.guideSource(interview.guide());
        Guide guide = new GuideLoader(messagesLang).load(source);
        Path caseFile = file.getValue();
        CaseFiles caseFiles = new CaseFiles(guide, source, messagesLang, today);
        AnswersDocument document = caseFiles.read(caseFile);
        Lang lang = language(guide, document, messagesLang);
        FollowUp followUp = caseFiles.followUp();
        CaseSummary summary = new CaseSummary(guide, followUp);
        try (Conversation conversation = interview.conversation()) {
            FollowUpSession session = new FollowUpSession(
                    guide,
                    followUp,
                    lang,
                    today,
                    progress -> summary.of(document.answers(), progress, lang, today),
                    environment.err());
            FollowUpSession.Outcome outcome = session.run(document, caseFile.toString(), conversation);
            if (outcome instanceof FollowUpSession.Outcome.Stopped) {
                return ExitStatus.INTERRUPTED.code();
            }
            if (!(outcome instanceof FollowUpSession.Outcome.Save save)) {
                return ExitStatus.OK.code();
            }
            String yaml = caseFiles.answersFile().toYaml(document.withProgress(save.progress()));
            SafeFiles.writeAll(Map.of(caseFile, yaml), true, lang);
            conversation.notice(Messages.of(Main.BUNDLE, lang).get("followUp.saved", caseFile));
            return ExitStatus.OK.code();
        }
    }

    /** {@code --lang} (the first of a list) &gt; the file's {@code lang} &gt; the messages' &gt; the guide's first. */
    private Lang language(Guide guide, AnswersDocument document, Lang messagesLang) {
        Optional<String> asked = root.langOption()
                .map(LanguageChoice::list)
                .flatMap(list -> list.stream().findFirst());
        Optional<Lang> option = asked.map(typed -> guide.spoken(typed)
                .orElseThrow(() -> new QorganException(
                        ExitStatus.USAGE,
                        Messages.of(Main.BUNDLE, messagesLang)
                                .get("plan.unknownLanguage", "--lang", typed, String.join(", ", guide.languages())))));
        return LanguageChoice.of(guide, option, document.lang(), Optional.of(messagesLang));
    }
}
