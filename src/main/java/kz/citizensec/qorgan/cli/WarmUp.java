package kz.citizensec.qorgan.cli;

import java.lang.reflect.Field;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the second core does while the first parses the command line with picocli (about 50 ms of
 * a cold start): it reads the commands' annotations and warms picocli up, then, guessing the
 * command from the arguments as {@link Languages} guesses the language, it reads the bundled
 * guide's snapshot and the time zone and, for the interview, does its first steps once, for
 * nothing. The command then finds these classes loaded and initialised, which is most of what
 * those steps cost in a short run. Nothing is shown or written, and whatever goes wrong is left
 * for the command to meet and report. A wrong guess costs only the second core's time.
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
            commandLine();
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
     * What picocli does first for any command line: reading the commands' annotations (each kind
     * a proxy class generated at run time) and registering its built-in type converters (by
     * reflection, for dozens of JDK types).
     */
    private static void commandLine() {
        for (Class<?> command : List.of(QorganCommand.class, AssessCommand.class, PlanCommand.class,
                ValidateCommand.class)) {
            command.getAnnotations();
            for (Field field : command.getDeclaredFields()) {
                field.getAnnotations();
            }
        }
        new CommandLine(CommandSpec.create());
    }

    /**
     * The interview's first steps: its first screen, the counter's number in the user's language
     * (locale data), and java.util.logging, which a script's console starts when it registers its
     * signal handler. Not {@code plan}'s: reading its answers file and rendering its documents
     * here as well, Jackson's and Mustache's start-up on both cores at once, made it slower.
     */
    private void command(String lang) {
        if (subcommand().equals("plan")) {
            return;
        }
        Guide guide = new GuideLoader(lang).load(GuideSource.bundled());
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
