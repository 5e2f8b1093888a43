package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.Interrupted;
import kz.citizensec.qorgan.render.PrintableHtml;
import kz.citizensec.qorgan.render.Rendered;

/**
 * A help desk: a volunteer serves visitor after visitor on one terminal. Each visitor chooses
 * their language, answers, sees their action plan, and gets their documents in a folder of their
 * own under the desk's folder ({@code visitor-001}, ...: nothing personal in the name), printed
 * when asked, and counted when asked ({@code --stats}: no personal data). Before each visitor the
 * screen and its scrollback are cleared; each visitor has a line reader of their own, and their
 * answers and documents are dropped once they are served.
 * The desk speaks the volunteer's language; at the end it says how many visitors were served.
 *
 * <p>Ctrl-C or Ctrl-D during a visitor's interview abandons that visitor: nothing is written for
 * them, the screen is cleared, and the desk asks for the next visitor. At that question, a quit
 * word or Ctrl-D ends the desk (exit 0), Ctrl-C too (exit 130).
 */
final class HelpDesk {

    private final Environment environment;
    private final Conversation desk;
    private final Assessment assessment;
    private final Path root;
    private final Optional<Printer> printer;
    private final Counting counting;
    private final Messages messages;
    private final Set<String> quitWords;
    private int served;
    private int abandoned;

    /**
     * @param root the folder that holds each visitor's folder
     * @param messages the volunteer's language
     */
    HelpDesk(
            Environment environment,
            Conversation desk,
            Assessment assessment,
            Path root,
            Optional<Printer> printer,
            Counting counting,
            Messages messages) {
        this.environment = environment;
        this.desk = desk;
        this.assessment = assessment;
        this.root = root;
        this.printer = printer;
        this.counting = counting;
        this.messages = messages;
        this.quitWords = Arrays.stream(messages.get("desk.quit.words").split(","))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Serves visitors until the volunteer ends the desk. */
    ExitStatus run() {
        desk.clear();
        desk.say(messages.get("desk.started", root.toAbsolutePath()));
        while (true) {
            try {
                String typed = desk.ask(messages.get("desk.next"), messages.get("desk.next.hint"));
                if (quitWords.contains(typed.toLowerCase(Locale.ROOT))) {
                    return end(ExitStatus.OK);
                }
            } catch (Interrupted e) {
                return end(e.endOfInput() ? ExitStatus.OK : ExitStatus.INTERRUPTED);
            }
            desk.clear();
            serveOne();
        }
    }

    /** One visitor, on a conversation of their own: everything of theirs is dropped on return. */
    private void serveOne() {
        LocalDate today = LocalDate.now(environment.clock());
        try (Conversation visitor = desk.forVisitor()) {
            if (!(assessment.on(visitor, today) instanceof Assessment.Outcome.Completed done)) {
                abandoned++;
                desk.clear();
                desk.notice(messages.get("desk.abandoned"));
                return;
            }
            served++;
            try {
                counting.count(done.answers(), done.lang(), today);
            } catch (QorganException e) {
                // The visitor is served all the same: the volunteer sees why their line is missing.
                visitor.error(e.getMessage());
            }
            Handover handover = new Handover(environment, visitor, today);
            Rendered rendered = handover.render(done);
            Map<String, String> files = DocumentFiles.readableAndPrintable(rendered);
            Path folder = DocumentFiles.freeFolder(root, n -> String.format(Locale.ROOT, "visitor-%03d", n));
            try {
                handover.written(DocumentFiles.write(files, folder, false, messages.lang()), messages);
            } catch (QorganException e) {
                visitor.error(e.getMessage());
                return;
            }
            printer.ifPresent(p -> print(p, PrintableHtml.of(rendered).combined(), visitor, folder));
            // The documents are written first: a visitor who stops reading loses nothing.
            handover.present(done, rendered);
        } catch (Interrupted e) {
            // Stopped while reading the plan: the documents are written, the desk goes on.
            return;
        }
    }

    private void print(Printer printer, String html, Conversation visitor, Path folder) {
        visitor.say(messages.get("desk.printing"));
        try {
            printer.print(html);
            visitor.notice(messages.get("desk.printed"));
        } catch (QorganException e) {
            visitor.error(e.getMessage());
            visitor.say(messages.get("desk.printYourself", folder));
        }
    }

    private ExitStatus end(ExitStatus status) {
        desk.clear();
        desk.notice(messages.get("desk.served", served, abandoned));
        if (served > 0) {
            desk.say(messages.get("desk.deleteLater", root.toAbsolutePath()));
        }
        return status;
    }
}
