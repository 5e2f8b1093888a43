package kz.citizensec.qorgan.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.Interrupted;
import kz.citizensec.qorgan.plan.PlannedStep;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.Rendered;

/**
 * The end of an interview: the answers made into the documents and handed over, in the person's
 * language. A script gets them on standard output, or as files in {@code --out}. A person at a
 * terminal sees the action plan and what to do first; files are written only when they ask (by
 * {@code --out}, or by answering yes at the end), and they are told the files hold personal data.
 */
final class Handover {

    private final Environment environment;
    private final Conversation conversation;
    private final LocalDate today;

    Handover(Environment environment, Conversation conversation, LocalDate today) {
        this.environment = environment;
        this.conversation = conversation;
        this.today = today;
    }

    /** The end of {@code qorgan assess}; returns the exit code. */
    int deliver(Assessment.Outcome.Completed done, Optional<Path> out, boolean force) {
        Rendered rendered = render(done);
        Messages messages = Messages.of(Main.BUNDLE, done.lang());
        Map<String, String> files = DocumentFiles.readableAndPrintable(rendered);
        if (!conversation.atTerminal()) {
            if (out.isPresent()) {
                DocumentFiles.write(files, out.get(), force, done.lang())
                        .forEach(file -> environment.err().println(messages.get("plan.written", file)));
            } else {
                environment.out().print(rendered.combined());
                environment.out().flush();
            }
            return ExitStatus.OK.code();
        }
        show(rendered, done.lang());
        if (out.isPresent()) {
            written(DocumentFiles.write(files, out.get(), force, done.lang()), messages);
            return ExitStatus.OK.code();
        }
        try {
            String question = messages.get(rendered.report().isPresent() ? "assess.save.both" : "assess.save.plan");
            if (!conversation.confirm(question, done.lang())) {
                conversation.say(messages.get("assess.notSaved"));
                return ExitStatus.OK.code();
            }
            written(saveWhereAsked(files, done.lang(), messages), messages);
            return ExitStatus.OK.code();
        } catch (Interrupted e) {
            environment.err().println(messages.get("assess.interrupted"));
            environment.err().flush();
            return ExitStatus.INTERRUPTED.code();
        }
    }

    Rendered render(Assessment.Outcome.Completed done) {
        return Documents.of(done.guide()).render(done.answers(), done.lang(), done.reportLang(), today);
    }

    /** The action plan on screen, then, in one line, where to begin. */
    void show(Rendered rendered, String lang) {
        conversation.showDocument(rendered.actionPlan());
        List<PlannedStep> steps = rendered.plan().steps();
        if (!steps.isEmpty()) {
            PlannedStep first = steps.get(0);
            Messages messages = Messages.of(Main.BUNDLE, lang);
            conversation.notice(messages.get(first.urgency() == Urgency.NOW ? "assess.next.now" : "assess.next.first",
                    first.step().title().in(lang)));
        }
    }

    /** Says which files were written and that they hold personal data. */
    void written(List<Path> files, Messages messages) {
        files.forEach(file -> conversation.notice(messages.get("plan.written", file)));
        conversation.say(messages.get("assess.privacy"));
    }

    /** Asks for a folder (Enter: a new one here) until the files could be written there. */
    private List<Path> saveWhereAsked(Map<String, String> files, String lang, Messages messages) throws Interrupted {
        Path here = Path.of("").toAbsolutePath();
        while (true) {
            Path proposed = DocumentFiles.freeFolder(here, n -> "qorgan-" + today + "-" + n);
            String typed = conversation.ask(messages.get("assess.folder"),
                    messages.get("assess.folder.hint", here.relativize(proposed)));
            try {
                return DocumentFiles.write(files, typed.isEmpty() ? proposed : folder(typed), false, lang);
            } catch (QorganException e) {
                conversation.error(e.getMessage());
            } catch (InvalidPathException e) {
                conversation.error(messages.get("assess.folder.invalid", typed));
            }
        }
    }

    /** A typed folder; {@code ~} is the home folder, as in a shell. */
    private Path folder(String typed) {
        String home = environment.env().get("HOME");
        if (home != null && (typed.equals("~") || typed.startsWith("~/"))) {
            return Path.of(home + typed.substring(1));
        }
        return Path.of(typed);
    }
}
