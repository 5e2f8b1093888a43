package kz.citizensec.qorgan.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.interview.terminal.Interrupted;
import kz.citizensec.qorgan.plan.PlanBuilder;
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

    /** The end of {@code qorgan assess}. */
    ExitStatus deliver(Assessment.Outcome.Completed done, Optional<Path> out, boolean force) {
        Rendered rendered = render(done);
        Messages messages = AppMessages.in(done.lang());
        Map<String, String> files = DocumentFiles.readableAndPrintable(rendered);
        if (!conversation.atTerminal()) {
            if (out.isPresent()) {
                DocumentFiles.writeNamed(files, out.get(), force, done.lang(), environment.err());
            } else {
                environment.out().print(rendered.combined());
                environment.out().flush();
            }
            return ExitStatus.OK;
        }
        try {
            if (out.isPresent()) {
                written(DocumentFiles.write(files, out.get(), force, done.lang()), messages);
                present(done, rendered);
                return ExitStatus.OK;
            }
            present(done, rendered);
            String question = messages.get(rendered.pages().isEmpty() ? "assess.save.plan" : "assess.save.both");
            if (!conversation.confirm(question, done.lang())) {
                conversation.say(messages.get("assess.notSaved"));
                return ExitStatus.OK;
            }
            written(saveWhereAsked(files, done.lang(), messages), messages);
            return ExitStatus.OK;
        } catch (Interrupted e) {
            if (out.isEmpty()) {
                environment.err().println(messages.get("assess.interrupted"));
                environment.err().flush();
            }
            return ExitStatus.INTERRUPTED;
        }
    }

    Rendered render(Assessment.Outcome.Completed done) {
        return Documents.of(done.guide()).render(done.answers(), done.lang(), done.reportLang(), today);
    }

    /**
     * The action plan on screen a part at a time, after the line that says where to begin. When
     * the person saw the plan during the interview and the answers given since only added steps
     * (wanting the report adds the police step), the plan is not shown a second time: only what
     * was added, and where to begin.
     */
    void present(Assessment.Outcome.Completed done, Rendered rendered) throws Interrupted {
        String whereToStart = ActionPlanPreview.whereToStart(rendered.plan(), done.lang());
        Optional<List<String>> before = done.planShownFor()
                .map(answers ->
                        new PlanBuilder(done.guide()).build(answers, today).ids());
        List<String> now = rendered.plan().ids();
        if (before.isEmpty() || !now.containsAll(before.get())) {
            conversation.showPlan(rendered.actionPlan(), whereToStart, done.lang());
            return;
        }
        Messages messages = AppMessages.in(done.lang());
        List<String> added = rendered.plan().steps().stream()
                .filter(step -> !before.get().contains(step.id()))
                .map(step -> messages.get("assess.quoted", step.step().title().in(done.lang())))
                .toList();
        if (!added.isEmpty()) {
            conversation.notice(messages.get("assess.planAdded", String.join(", ", added)));
        }
        conversation.notice(whereToStart);
    }

    /** Says which files were written, how to print them, and that they hold personal data. */
    void written(List<Path> files, Messages messages) {
        files.forEach(file -> conversation.notice(messages.get("plan.written", file)));
        files.stream()
                .filter(file -> file.getFileName().toString().endsWith(".html"))
                .findFirst()
                .ifPresent(html -> conversation.say(messages.get("assess.howToPrint", html)));
        conversation.say(messages.get("assess.privacy"));
    }

    /** Asks for a folder (Enter: a new one in the documents folder) until the files could be written there. */
    private List<Path> saveWhereAsked(Map<String, String> files, Lang lang, Messages messages) throws Interrupted {
        Path base = documentsFolder();
        while (true) {
            Path proposed = DocumentFiles.freeFolder(base, n -> "qorgan-" + today + "-" + n);
            String typed =
                    conversation.ask(messages.get("assess.folder"), messages.get("assess.folder.hint", proposed));
            try {
                return DocumentFiles.write(files, typed.isEmpty() ? proposed : folder(typed), false, lang);
            } catch (QorganException e) {
                conversation.error(e.getMessage());
            } catch (InvalidPathException e) {
                conversation.error(messages.get("assess.folder.invalid", typed));
            }
        }
    }

    /**
     * Where a person keeps documents: ~/Documents when it exists, else the home folder, else the
     * current one. Not the current folder first: that is often where qorgan was unpacked.
     */
    private Path documentsFolder() {
        String home = environment.env().get("HOME");
        if (home == null || !new java.io.File(home).isDirectory()) {
            return Path.of("").toAbsolutePath();
        }
        java.io.File documents = new java.io.File(home, "Documents");
        return (documents.isDirectory() ? documents : new java.io.File(home))
                .toPath()
                .toAbsolutePath();
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
