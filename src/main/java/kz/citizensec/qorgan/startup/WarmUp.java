package kz.citizensec.qorgan.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogManager;
import kz.citizensec.qorgan.answers.AnswerParser;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.app.PlanFlow;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.interview.Interview;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.render.Documents;

/**
 * What the second core does while the first builds and parses the command line: told by the
 * command line what it guessed from the arguments ({@link Ahead}), it reads the bundled guide's
 * snapshot and the time zone, then does ahead the command's first steps (see {@link #command}). The
 * command then finds these classes loaded and initialised and these results kept, which is most of
 * what those steps cost in a short run. Nothing is shown or written, and whatever goes wrong is left
 * for the command to meet and report. A wrong guess costs only the second core's time.
 */
public final class WarmUp implements Runnable {

    /** The command whose first steps are taken ahead. */
    public enum Command {
        /** The interview ({@code qorgan}, {@code assess}) and the commands that read no guide of their own. */
        INTERVIEW,
        /** {@code plan}: the answers file's languages and the documents in them. */
        PLAN,
        /** A command that does not read the bundled guide (validate, help, version, {@code --guide}). */
        NONE
    }

    /**
     * What the command line says ahead, before picocli parses it.
     *
     * @param command the command whose first steps to take
     * @param messagesLang the language of messages
     * @param messagesBundle the command line's messages, read first by an interview
     * @param answers {@code --answers}, as given
     * @param langs the languages of {@code --lang}, as typed
     * @param reportLang {@code --report-lang}, as typed
     * @param systemLang the system's language, when qorgan speaks it
     */
    public record Ahead(
            Command command,
            Lang messagesLang,
            String messagesBundle,
            Optional<Path> answers,
            List<String> langs,
            Optional<String> reportLang,
            Optional<Lang> systemLang) {}

    /** An answers file with no answers, read when the command's cannot be read ahead. */
    private static final String NO_ANSWERS = "answers: {}\n";

    private final Ahead ahead;

    public WarmUp(Ahead ahead) {
        this.ahead = ahead;
    }

    /** Starts the warm-up on a daemon thread, which never holds the process up. */
    public static void start(Ahead ahead) {
        Thread thread = new Thread(new WarmUp(ahead), "qorgan-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            Lang lang = ahead.messagesLang();
            if (ahead.command() != Command.PLAN) {
                // The interview's first screen reads its bundles right away: this one loads the
                // machinery they share (and opens the jar) on this core.
                Messages.of(ahead.messagesBundle(), lang).bundle();
            }
            if (ahead.command() != Command.NONE) {
                BundledGuide.preload();
            }
            LocalDate today = LocalDate.now(new SystemClock());
            if (ahead.command() != Command.NONE) {
                command(lang, today);
            }
        } catch (Throwable e) {
            // Whatever it is, the command meets it again for real and reports it there; this
            // thread must never print anything of its own.
        }
    }

    /**
     * For the interview, its first steps: its first screen, the counter's number in the user's
     * language (locale data), and java.util.logging, which a script's console starts when it
     * registers its signal handler. For {@code plan}, see {@link #prepareDocuments}.
     */
    private void command(Lang lang, LocalDate today) {
        Guide guide = new GuideLoader(lang).load(BundledGuide.source());
        if (ahead.command() == Command.PLAN) {
            prepareDocuments(guide, lang, today);
            return;
        }
        Interview.start(guide, new AnswerParser(lang, today)::parse, Answers.NONE)
                .screen();
        NumberFormat.getInstance(lang.locale());
        LogManager.getLogManager();
    }

    /**
     * {@code plan}'s first steps: the languages its answers file asks for (its YAML read, not its
     * answers: checking them here too, beside the command's own parsing, made plan slower), then
     * its documents prepared in those languages only (see {@link Documents#prepare}; all three
     * made it slower too). Only a regular file is read here: a pipe could be read only once.
     */
    private void prepareDocuments(Guide guide, Lang lang, LocalDate today) {
        AnswersFile answersFile = new AnswersFile(guide, lang, today);
        AnswersDocument document = ahead.answers()
                .filter(Files::isRegularFile)
                .map(answersFile::readLanguages)
                .orElseGet(() -> answersFile.parse(NO_ANSWERS, ""));
        List<Lang> langOption = ahead.langs().stream()
                .flatMap(typed -> guide.spoken(typed).stream())
                .toList();
        Lang planLang = PlanFlow.planLanguage(langOption, document, ahead.systemLang(), guide);
        Documents documents = Documents.of(guide);
        documents.prepare(planLang, today);
        ahead.reportLang()
                .flatMap(guide::spoken)
                .or(document::reportLang)
                .filter(reportLang -> !reportLang.equals(planLang))
                .ifPresent(reportLang -> documents.prepare(reportLang, today));
    }
}
