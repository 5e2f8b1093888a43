package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.OutputFormat;
import kz.citizensec.qorgan.app.PlanFlow;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code qorgan plan --answers FILE}: the action plan and the police-report draft for an answers
 * file, on stdout or as files in {@code --out DIR}, as Markdown or as HTML to print
 * ({@code --format html}); {@code --format json} gives the chosen steps for other programs.
 * Languages: {@code --lang} &gt; the file's {@code lang} &gt; the system's; a comma list
 * ({@code --lang kk,ru}) gives the action plan in each, one after the other. The report's, once:
 * {@code --report-lang} &gt; the file's {@code report_lang} &gt; the plan's (the first).
 */
final class PlanCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final OptionSpec answers = Specs.option("--answers", Path.class, "FILE", "plan.answers")
            .required(true)
            .build();

    private final OptionSpec reportLang =
            Specs.language("--report-lang", "plan.reportLang").build();

    private final OptionSpec out =
            Specs.option("--out", Path.class, "DIR", "plan.out").build();

    private final OptionSpec force = Specs.flag("--force", "plan.force").build();

    private final OptionSpec format = Specs.option("--format", String.class, "FORMAT", "plan.format")
            .defaultValue("md")
            .completionCandidates(OutputFormat.ids())
            .build();

    private final OptionSpec stats = Specs.stats();

    private final OptionSpec guideDir =
            Specs.option("--guide", Path.class, "DIR", "plan.guide").build();

    private final CommandSpec spec;

    PlanCommand(QorganCommand root) {
        this.root = root;
        this.spec = Specs.command("plan", this, answers, reportLang, out, force, format, stats, guideDir);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        List<String> langOption = root.langOption().map(LanguageChoice::list).orElse(List.of());
        Messages messages = root.messages();
        String typedFormat = format.getValue();
        OutputFormat form = OutputFormat.of(typedFormat)
                .orElseThrow(() -> new QorganException(ExitStatus.USAGE, messages.get("plan.badFormat", typedFormat)));
        if (form == OutputFormat.JSON && langOption.size() > 1) {
            throw new QorganException(
                    ExitStatus.USAGE,
                    messages.get("plan.jsonOneLanguage", root.langOption().orElseThrow()));
        }
        return PlanFlow.run(
                        root.context(),
                        new PlanFlow.Request(
                                answers.getValue(),
                                langOption,
                                Specs.value(reportLang),
                                LanguageChoice.fromEnvironment(
                                        root.environment().env()),
                                Specs.value(out),
                                Specs.isOn(force),
                                form,
                                Specs.value(stats),
                                Specs.guideSource(guideDir)))
                .code();
    }
}
