package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.startup.WarmUp;

/**
 * What the arguments say before picocli parses them: the language of messages, so that picocli's
 * help and error messages are already in it ({@link LanguageChoice} decides), and for the warm-up
 * the command that will run and the options it prepares for. A guess: picocli's parsing is what
 * counts, and a wrong guess costs only the second core's time.
 */
final class EarlyArguments {

    private EarlyArguments() {}

    /** The value given to an option ({@code --name value} or {@code --name=value}), before picocli parses them. */
    static Optional<String> optionValue(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The language of messages from the arguments, before picocli parses them. */
    static Lang forMessages(String[] args, Map<String, String> env) {
        return LanguageChoice.forMessages(optionValue(args, "--lang"), env);
    }

    /** What the warm-up does ahead for these arguments (see {@link WarmUp}). */
    static WarmUp.Ahead ahead(String[] args, Map<String, String> env) {
        return new WarmUp.Ahead(
                command(args),
                forMessages(args, env),
                Main.BUNDLE,
                optionValue(args, "--answers").map(Path::of),
                optionValue(args, "--lang").map(LanguageChoice::list).orElse(List.of()),
                optionValue(args, "--report-lang"),
                LanguageChoice.fromEnvironment(env));
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

    /** The command whose first steps to take ahead: {@code plan}'s, the interview's, or none. */
    private static WarmUp.Command command(String[] args) {
        if (!mayNeedBundledGuide(args)) {
            return WarmUp.Command.NONE;
        }
        for (String arg : args) {
            if (arg.equals("plan")) {
                return WarmUp.Command.PLAN;
            }
            if (arg.equals("assess")) {
                return WarmUp.Command.INTERVIEW;
            }
        }
        return WarmUp.Command.INTERVIEW;
    }
}
