package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.DeskFlow;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code qorgan desk --out DIR [--print] [--stats FILE]}: help-desk mode (see {@link DeskFlow}).
 * {@code --lang} is the volunteer's language; each visitor chooses theirs. Needs a terminal that
 * can clear its screen, for {@code --print} a printer it can reach, and for {@code --stats} a file
 * that can take counts: all are checked before the first visitor.
 */
final class DeskCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final OptionSpec out =
            Specs.option("--out", Path.class, "DIR", "desk.out").required(true).build();

    private final OptionSpec print = Specs.flag("--print", "desk.print").build();

    private final OptionSpec reportLang = Specs.option("--report-lang", String.class, "LANG", "desk.reportLang")
            .build();

    private final OptionSpec stats = Specs.stats();

    private final InterviewOptions interview;

    private final CommandSpec spec;

    DeskCommand(QorganCommand root) {
        this.root = root;
        this.interview = new InterviewOptions();
        this.spec = Specs.command("desk", this, out, print, stats, reportLang, interview.guide(), interview.plain());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        return DeskFlow.run(
                        root.context(),
                        new DeskFlow.Request(
                                interview.guideSource(),
                                interview.isPlain(),
                                out.getValue(),
                                Specs.isOn(print),
                                Specs.value(reportLang),
                                Specs.value(stats)))
                .code();
    }
}
