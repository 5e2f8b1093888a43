package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.Interrupted;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;

/**
 * {@code qorgan desk}: a {@link HelpDesk}, once all it needs is checked before the first visitor:
 * a terminal that can clear its screen, a folder, a printer it can reach ({@code --print}), a file
 * that can take counts ({@code --stats}), a guide that reads and speaks the report's language.
 */
public final class DeskFlow {

    /**
     * @param guide {@code --guide}, else the bundled guide
     * @param plain plain text for screen readers ({@code --plain})
     * @param folder the folder that holds each visitor's folder ({@code --out})
     * @param print whether each visitor's documents are printed ({@code --print})
     * @param reportLang the police report's language for every visitor ({@code --report-lang})
     * @param stats the counts file ({@code --stats})
     */
    public record Request(
            GuideSource guide,
            boolean plain,
            Path folder,
            boolean print,
            Optional<String> reportLang,
            Optional<Path> stats) {}

    private DeskFlow() {}

    public static ExitStatus run(Context context, Request request) {
        Environment environment = context.environment();
        Messages messages = context.messages();
        if (environment.terminal().isEmpty()) {
            throw new QorganException(ExitStatus.USAGE, messages.get("desk.noTerminal"));
        }
        DocumentFiles.requireFolder(request.folder(), context.lang());
        Optional<Printer> printer =
                request.print() ? Optional.of(Printer.find(environment, messages)) : Optional.empty();
        Counting counting = context.counting(request.stats());
        Assessment assessment = AssessFlow.start(
                context, AssessFlow.Request.forVisitors(request.guide(), request.plain(), request.reportLang()));
        try {
            // A broken guide or a language it lacks is refused before the first visitor.
            Guide guide = assessment.guide();
            request.reportLang().filter(l -> guide.spoken(l).isEmpty()).ifPresent(l -> {
                throw new QorganException(
                        ExitStatus.USAGE,
                        messages.get("desk.reportLangNotInGuide", l, String.join(", ", guide.languages())));
            });
        } catch (Interrupted e) {
            return ExitStatus.INTERRUPTED;
        }
        try (Conversation desk = environment.conversation(request.plain())) {
            if (!desk.canClear()) {
                throw new QorganException(ExitStatus.USAGE, messages.get("desk.cannotClear"));
            }
            return new HelpDesk(environment, desk, assessment, request.folder(), printer, counting, messages).run();
        }
    }
}
