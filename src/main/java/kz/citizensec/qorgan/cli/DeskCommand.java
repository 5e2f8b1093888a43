package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.Interrupted;
import kz.citizensec.qorgan.playbook.Guide;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code qorgan desk --out DIR [--print] [--stats FILE]}: help-desk mode (see {@link HelpDesk}).
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

    private final OptionSpec stats = Counting.option();

    private final InterviewOptions interview;

    private final CommandSpec spec;

    DeskCommand(QorganCommand root) {
        this.root = root;
        this.interview = new InterviewOptions(root);
        this.spec = Specs.command("desk", this, out, print, stats, reportLang, interview.guide(), interview.plain());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Environment environment = root.environment();
        Lang lang = root.language();
        Messages messages = Messages.of(Main.BUNDLE, lang);
        if (environment.terminal().isEmpty()) {
            throw new QorganException(ExitStatus.USAGE, messages.get("desk.noTerminal"));
        }
        Path folder = out.getValue();
        DocumentFiles.requireFolder(folder, lang);
        Optional<Printer> printer =
                Specs.isOn(print) ? Optional.of(Printer.find(environment, messages)) : Optional.empty();
        Counting counting = Counting.prepare(stats, messages);
        Optional<String> policeLang = Optional.ofNullable(reportLang.getValue());
        Assessment assessment = interview.start(
                LocalDate.now(environment.clock()),
                Optional.empty(),
                policeLang,
                Optional.empty(),
                Optional.empty(),
                false);
        try {
            // A broken guide or a language it lacks is refused before the first visitor.
            Guide guide = assessment.guide();
            policeLang.filter(l -> guide.spoken(l).isEmpty()).ifPresent(l -> {
                throw new QorganException(
                        ExitStatus.USAGE,
                        messages.get("desk.reportLangNotInGuide", l, String.join(", ", guide.languages())));
            });
        } catch (Interrupted e) {
            return ExitStatus.INTERRUPTED.code();
        }
        try (Conversation desk = interview.conversation()) {
            if (!desk.canClear()) {
                throw new QorganException(ExitStatus.USAGE, messages.get("desk.cannotClear"));
            }
            return new HelpDesk(environment, desk, assessment, folder, printer, counting, messages).run();
        }
    }
}
