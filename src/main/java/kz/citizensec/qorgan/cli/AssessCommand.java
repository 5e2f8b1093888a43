package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code qorgan assess}: the interview, then the documents (see {@link Handover}). Also what
 * {@code qorgan} alone runs, with every option at its default.
 */
@Command(name = "assess", resourceBundle = "kz.citizensec.qorgan.cli.Messages", mixinStandardHelpOptions = true,
        sortOptions = false, usageHelpAutoWidth = true)
final class AssessCommand implements Callable<Integer> {

    @ParentCommand
    QorganCommand root;

    @Mixin
    InterviewOptions interview = new InterviewOptions();

    @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "assess.answers")
    Path answers;

    @Option(names = "--save-answers", paramLabel = "FILE", descriptionKey = "assess.saveAnswers")
    Path saveAnswers;

    @Option(names = "--report-lang", paramLabel = "LANG", descriptionKey = "plan.reportLang")
    String reportLang;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "assess.out")
    Path out;

    @Option(names = "--force", descriptionKey = "plan.force")
    boolean force;

    @Override
    public Integer call() {
        Environment environment = root.environment();
        String messagesLang = root.language();
        LocalDate today = LocalDate.now(environment.clock());
        Optional<Path> folder = Optional.ofNullable(out);
        folder.ifPresent(dir -> DocumentFiles.requireWritable(dir, List.of("md", "html"), force, messagesLang));
        Assessment assessment = interview.start(root, today, Optional.ofNullable(root.lang),
                Optional.ofNullable(reportLang), Optional.ofNullable(answers), Optional.ofNullable(saveAnswers));
        try (Conversation conversation = interview.conversation(environment)) {
            if (!(assessment.on(conversation) instanceof Assessment.Outcome.Completed done)) {
                return ExitStatus.INTERRUPTED.code();
            }
            return new Handover(environment, conversation, today).deliver(done, folder, force);
        }
    }
}
