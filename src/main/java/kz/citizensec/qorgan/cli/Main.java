package kz.citizensec.qorgan.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.core.TypedText;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.startup.SystemClock;
import kz.citizensec.qorgan.startup.WarmUp;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point. Builds the command line once (handlers, exit codes, help in the user's
 * language) and is the only place that calls {@link System#exit}.
 */
public final class Main {

    static final String BUNDLE = "kz.citizensec.qorgan.cli.Messages";

    private final Environment environment;

    public Main(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        WarmUp.start(EarlyArguments.ahead(args, System.getenv()));
        // Always UTF-8: Kazakh letters must survive whatever the platform's default encoding is.
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        Environment environment = new Environment(
                out,
                err,
                System.in,
                System.getenv(),
                new SystemClock(),
                stdinIsTerminal() ? Optional.of(Conversation::systemTerminal) : Optional.empty());
        int code = new Main(environment).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String... args) {
        Messages messages = Messages.of(BUNDLE, EarlyArguments.forMessages(args, environment.env()));
        QorganCommand root = new QorganCommand(environment);
        CommandLine commandLine = new CommandLine(root.spec());
        // The help's texts are read only when help is asked for: reading the bundle costs a cold
        // start (bench/README.md), and the error handlers below read it only when they need it.
        commandLine.setExecutionStrategy(parsed -> {
            if (helpRequested(parsed)) {
                commandLine.setResourceBundle(messages.bundle());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            environment.err().println(describe(e, messages, root.verbose()));
            if (root.verbose()) {
                e.printStackTrace(environment.err());
            }
            return e instanceof QorganException q ? q.status().code() : ExitStatus.INTERNAL_ERROR.code();
        });
        commandLine.setParameterExceptionHandler((e, params) -> {
            environment.err().println(TypedText.inertLine(usageProblem(e, messages)));
            environment
                    .err()
                    .println(messages.get(
                            "usage.tryHelp", e.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitStatus.USAGE.code();
        });
        int code = commandLine.execute(args);
        // A PrintWriter keeps its write errors to itself: a full disk, /dev/full or a closed pipe
        // behind standard output must not end with 0 and a document cut short.
        if (environment.out().checkError() && code == ExitStatus.OK.code()) {
            environment.err().println(messages.get("error.stdout"));
            code = ExitStatus.OUTPUT_FAILED.code();
        }
        environment.err().flush();
        return code;
    }

    private static boolean helpRequested(ParseResult parsed) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.isUsageHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e, Messages messages, boolean verbose) {
        if (e instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
            return invalid.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        }
        if (e instanceof QorganException) {
            return TypedText.inertLine(String.valueOf(e.getMessage()));
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return TypedText.inertLine(messages.get(verbose ? "error.internal" : "error.internalHint", firstLine(detail)));
    }

    private static String usageProblem(ParameterException e, Messages messages) {
        if (e.getCause() instanceof TypeConversionException conversion
                && Specs.EMPTY.equals(conversion.getMessage())
                && e.getArgSpec() instanceof OptionSpec option) {
            return messages.get("usage.empty", option.longestName());
        }
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            String problem = messages.get(arg.startsWith("-") ? "usage.unknownOption" : "usage.unknownArgument", arg);
            // picocli's own "did you mean", from the command's subcommands and options.
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty()
                    ? problem
                    : problem + " " + messages.get("usage.didYouMean", suggestions.get(0));
        }
        if (e instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            ArgSpec needed = missing.getMissing().get(0);
            return messages.get(
                    "usage.missing",
                    needed instanceof OptionSpec option
                            ? option.longestName() + "=" + option.paramLabel()
                            : needed.paramLabel());
        }
        if (e instanceof OverwrittenOptionException twice) {
            return messages.get(
                    "usage.twice",
                    twice.getOverwritten() instanceof OptionSpec option
                            ? option.longestName()
                            : twice.getOverwritten().paramLabel());
        }
        return messages.get("usage.invalid", firstLine(e.getMessage()));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * Whether standard input is a person at a terminal. On JDK 22 and later System.console() is
     * present even when redirected, so ask its isTerminal() there.
     */
    static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
