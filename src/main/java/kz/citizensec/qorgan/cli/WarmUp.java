package kz.citizensec.qorgan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.startup.BundledGuide;

/**
 * What the second core does while the first builds and parses the command line: guessing the
 * command from the arguments as {@link Languages} guesses the language, it reads the bundled
 * guide's snapshot and the time zone, then does ahead the command's first steps (see
 * {@link #command}). The command then finds these classes loaded and initialised and
 * these results kept, which is most of what those steps cost in a short run. Nothing is shown or
 * written, and whatever goes wrong is left for the command to meet and report. A wrong guess
 * costs only the second core's time.
 */
final class WarmUp implements Runnable {

    /** An answers file with no answers, read when the command's cannot be read ahead. */
    private static final String NO_ANSWERS = "answers: {}\n";

    private final String[] args;
    private final Map<String, String> env;

    WarmUp(String[] args, Map<String, String> env) {
        this.args = args.clone();
        this.env = env;
    }

    /** Starts the warm-up on a daemon thread, which never holds the process up. */
    static void start(String[] args, Map<String, String> env) {
        Thread thread = new Thread(new WarmUp(args, env), "qorgan-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            Lang lang = Languages.forMessages(args, env);
            if (!subcommand().equals("plan")) {
                // The interview's first screen reads its bundles right away: this one loads the
                // machinery they share (and opens the jar) on this core.
                Messages.of(Main.BUNDLE, lang).bundle();
            }
            boolean bundledGuide = mayNeedBundledGuide(args);
            if (bundledGuide) {
                BundledGuide.preload();
            }
            LocalDate today = LocalDate.now(new SystemClock());
            if (bundledGuide) {
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
        if (subcommand().equals("plan")) {
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
        AnswersDocument document = Languages.optionValue(args, "--answers")
                .map(Path::of)
                .filter(Files::isRegularFile)
                .map(answersFile::readLanguages)
                .orElseGet(() -> answersFile.parse(NO_ANSWERS, ""));
        List<Lang> langOption =
                Languages.optionValue(args, "--lang").map(LanguageChoice::list).orElse(List.of()).stream()
                        .flatMap(typed -> guide.spoken(typed).stream())
                        .toList();
        Lang planLang = PlanFlow.planLanguage(langOption, document, LanguageChoice.fromEnvironment(env), guide);
        Documents documents = Documents.of(guide);
        documents.prepare(planLang, today);
        Languages.optionValue(args, "--report-lang")
                .flatMap(guide::spoken)
                .or(document::reportLang)
                .filter(reportLang -> !reportLang.equals(planLang))
                .ifPresent(reportLang -> documents.prepare(reportLang, today));
    }

    /**
     * Whether the command line may run a command that reads the bundled guide ({@code qorgan},
     * {@code assess}, {@code plan}).
     */
    static boolean mayNeedBundledGuide(String[] args) {
        for (String arg : args) {
            if (arg.equals("--guide")
                    || arg.startsWith("--guide=")
                    || arg.equals("validate")
                    || arg.equals("-h")
                    || arg.equals("--help")
                    || arg.equals("-V")
                    || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /** The first argument naming a subcommand, or "" for the interview that {@code qorgan} alone runs. */
    private String subcommand() {
        for (String arg : args) {
            if (arg.equals("assess") || arg.equals("plan") || arg.equals("validate")) {
                return arg;
            }
        }
        return "";
    }
}
