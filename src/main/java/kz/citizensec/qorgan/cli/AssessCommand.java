package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.playbook.GuideSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code qorgan assess}: the interview. */
@Command(name = "assess", resourceBundle = "kz.citizensec.qorgan.cli.Messages", mixinStandardHelpOptions = true,
        sortOptions = false, usageHelpAutoWidth = true)
final class AssessCommand implements Callable<Integer> {

    @ParentCommand
    QorganCommand root;

    @Option(names = "--guide", paramLabel = "DIR", descriptionKey = "assess.guide")
    Path guide;

    @Option(names = "--plain", descriptionKey = "assess.plain")
    boolean plain;

    @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "assess.answers")
    Path answers;

    @Option(names = "--save-answers", paramLabel = "FILE", descriptionKey = "assess.saveAnswers")
    Path saveAnswers;

    @Override
    public Integer call() {
        return interview(root, guide, plain, answers, saveAnswers);
    }

    /** Also what {@code qorgan} alone runs, with every option at its default. */
    static int interview(QorganCommand root, Path guide, boolean plain, Path answers, Path saveAnswers) {
        Environment environment = root.environment();
        Optional<String> lang = Optional.ofNullable(root.lang);
        String messagesLang = lang.filter(Languages.SUPPORTED::contains)
                .or(() -> Languages.fromEnvironment(environment.env()))
                .orElse(Languages.FALLBACK);
        Assessment assessment = new Assessment(new Assessment.Request(
                lang,
                messagesLang,
                guide == null ? GuideSource.bundled() : GuideSource.directory(guide),
                plain || environment.env().containsKey("NO_COLOR"),
                Optional.ofNullable(answers),
                Optional.ofNullable(saveAnswers),
                LocalDate.now(environment.clock())), environment.err());
        Assessment.Outcome outcome = environment.stdinIsTerminal()
                ? assessment.onSystemTerminal()
                : assessment.onStreams(environment.in(), environment.out());
        return outcome instanceof Assessment.Outcome.Completed ? ExitStatus.OK.code() : ExitStatus.INTERRUPTED.code();
    }
}
