package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.AssessFlow;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code qorgan assess}: the interview, then the documents (see {@link AssessFlow}). Also what
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

    private final OptionSpec stats = Specs.stats();

    private final CommandSpec spec;

    AssessCommand(QorganCommand root) {
        this.root = root;
        this.interview = new InterviewOptions();
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
        return AssessFlow.run(
                        root.context(),
                        new AssessFlow.Request(
                                interview.guideSource(),
                                interview.isPlain(),
                                root.langOption(),
                                Specs.value(reportLang),
                                Specs.value(answers),
                                Specs.value(saveAnswers),
                                Specs.value(out),
                                Specs.isOn(force),
                                Specs.value(stats)))
                .code();
    }
}
