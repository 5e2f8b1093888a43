package kz.citizensec.qorgan.cli;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.logging.LogManager;
import kz.citizensec.qorgan.answers.AnswerParser;
import kz.citizensec.qorgan.interview.Interview;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.BundledGuide;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.render.Documents;

/**
 * What the second core does while the first builds and parses the command line: guessing the
 * command from the arguments as {@link Languages} guesses the language, it reads the bundled
 * guide's snapshot and the time zone, then does ahead what the command will need whatever its
 * input (see {@link #command}). The command then finds these classes loaded and initialised and
 * these results kept, which is most of what those steps cost in a short run. Nothing is shown or
 * written, and whatever goes wrong is left for the command to meet and report. A wrong guess
 * costs only the second core's time.
 */
final class WarmUp implements Runnable {

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
            boolean bundledGuide = mayNeedBundledGuide(args);
            if (bundledGuide) {
                BundledGuide.preload();
            }
            ZoneId.systemDefault();
            if (bundledGuide) {
                command(Languages.forMessages(args, env));
            }
        } catch (RuntimeException e) {
            // The command does the same for real, and reports what is wrong there.
        }
    }

    /**
     * For the interview, its first steps: its first screen, the counter's number in the user's
     * language (locale data), and java.util.logging, which a script's console starts when it
     * registers its signal handler. For {@code plan}, what its documents need whatever the
     * answers are: the templates compiled and the formats of each language, the guessed one
     * first (kept for the command, so done once).
     */
    private void command(String lang) {
        Guide guide = new GuideLoader(lang).load(GuideSource.bundled());
        if (subcommand().equals("plan")) {
            Documents documents = Documents.of(guide);
            Languages.fromArguments(args).ifPresent(documents::prepare);
            Languages.fromEnvironment(env).ifPresent(documents::prepare);
            guide.languages().forEach(documents::prepare);
            return;
        }
        Interview.start(guide, new AnswerParser(lang, LocalDate.now())::parse, Answers.NONE).screen();
        NumberFormat.getInstance(Locale.forLanguageTag(lang));
        LogManager.getLogManager();
    }

    /**
     * Whether the command line may run a command that reads the bundled guide ({@code qorgan},
     * {@code assess}, {@code plan}).
     */
    static boolean mayNeedBundledGuide(String[] args) {
        for (String arg : args) {
            if (arg.equals("--guide") || arg.startsWith("--guide=") || arg.equals("validate")
                    || arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
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
