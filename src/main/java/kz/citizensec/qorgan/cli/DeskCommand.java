package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code qorgan desk --out DIR [--print]}: help-desk mode (see {@link HelpDesk}). {@code --lang}
 * is the volunteer's language; each visitor chooses theirs. Needs a terminal that can clear its
 * screen, and for {@code --print} a printer it can reach: both are checked before the first visitor.
 */
@Command(name = "desk", resourceBundle = Main.BUNDLE, mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class DeskCommand implements Callable<Integer> {

    @ParentCommand
    QorganCommand root;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "desk.out")
    Path out;

    @Option(names = "--print", descriptionKey = "desk.print")
    boolean print;

    @Mixin
    InterviewOptions interview = new InterviewOptions();

    @Override
    public Integer call() {
        Environment environment = root.environment();
        String lang = root.language();
        Messages messages = Messages.of(Main.BUNDLE, lang);
        if (environment.terminal().isEmpty()) {
            throw new QorganException(ExitStatus.USAGE, messages.get("desk.noTerminal"));
        }
        DocumentFiles.requireFolder(out, lang);
        Optional<Printer> printer = print ? Optional.of(Printer.find(environment, messages)) : Optional.empty();
        Assessment assessment = interview.start(root, LocalDate.now(environment.clock()));
        try (Conversation desk = interview.conversation(environment)) {
            if (!desk.canClear()) {
                throw new QorganException(ExitStatus.USAGE, messages.get("desk.cannotClear"));
            }
            return new HelpDesk(environment, desk, assessment, out, printer, messages).run();
        }
    }
}
