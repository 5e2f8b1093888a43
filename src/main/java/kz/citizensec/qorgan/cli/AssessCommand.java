package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code qorgan assess}: the interview, then the documents (see {@link Handover}). Also what
 * {@code qorgan} alone runs, with every option at its default.
 */
final class AssessCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final InterviewOptions interview;

    private final OptionSpec answers =
            Specs.option("--answers", Path.class, "FILE", "assess.answers").build();

    private final OptionSpec saveAnswers = Specs.option("--save-answers", Path.class, "FILE", "assess.saveAnswers")
            .build();

    private final OptionSpec reportLang =
            Specs.language("--report-lang", "plan.reportLang").build();

    private final OptionSpec out =
            Specs.option("--out", Path.class, "DIR", "assess.out").build();

    private final OptionSpec force = Specs.flag("--force", "assess.force").build();

    private final OptionSpec stats = Counting.option();

    private final CommandSpec spec;

    AssessCommand(QorganCommand root) {
        this.root = root;
        this.interview = new InterviewOptions(root);
        this.spec = Specs.command(
                "assess",
                this,
                interview.guide(),
                interview.plain(),
                answers,
                saveAnswers,
                reportLang,
                out,
                force,
                stats);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Environment environment = root.environment();
        Lang messagesLang = root.language();
        LocalDate today = LocalDate.now(environment.clock());
        Optional<Path> folder = Optional.ofNullable(out.getValue());
        boolean replace = Specs.isOn(force);
        folder.ifPresent(dir -> DocumentFiles.requireWritable(
                dir, List.of(DocumentFormat.MD, DocumentFormat.HTML), replace, messagesLang));
        Counting counting = Counting.prepare(stats, Messages.of(Main.BUNDLE, messagesLang));
        Assessment assessment = interview.start(
                today,
                root.langOption(),
                Optional.ofNullable(reportLang.getValue()),
                Optional.ofNullable(answers.getValue()),
                Optional.ofNullable(saveAnswers.getValue()),
                replace);
        try (Conversation conversation = interview.conversation()) {
            Assessment.Outcome outcome = assessment.on(conversation);
            if (outcome instanceof Assessment.Outcome.Stopped stopped) {
                return (stopped.badInput() ? ExitStatus.INVALID_INPUT : ExitStatus.INTERRUPTED).code();
            }
            Assessment.Outcome.Completed done = (Assessment.Outcome.Completed) outcome;
            int delivered = new Handover(environment, conversation, today).deliver(done, folder, replace);
            counting.count(done.answers(), done.lang(), today);
            // The documents were handed over; the answers file asked for was not written.
            return done.notSaved().isPresent() && delivered == ExitStatus.OK.code()
                    ? ExitStatus.OUTPUT_FAILED.code()
                    : delivered;
        }
    }
}
