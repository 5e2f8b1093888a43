package kz.citizensec.qorgan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options; with no subcommand it starts the interview. */
@Command(
        name = "qorgan",
        resourceBundle = "kz.citizensec.qorgan.cli.Messages",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {AssessCommand.class, PlanCommand.class, DeskCommand.class, ValidateCommand.class},
        sortOptions = false,
        usageHelpAutoWidth = true)
public final class QorganCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "LANG", descriptionKey = "lang")
    String lang;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "verbose")
    boolean verbose;

    QorganCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    boolean verbose() {
        return verbose;
    }

    /** The language of messages: --lang (its first) if qorgan speaks it, else the system's, else English. */
    String language() {
        return language(lang == null ? "" : lang.split(",", 2)[0].trim());
    }

    /** The same for a command that read --lang as a list ({@link Languages#list}): the list's first decides. */
    String language(List<String> langs) {
        return language(langs.isEmpty() ? "" : langs.get(0));
    }

    private String language(String first) {
        return Languages.SUPPORTED.contains(first) ? first
                : Languages.fromEnvironment(environment.env()).orElse(Languages.FALLBACK);
    }

    /** {@code qorgan} alone is the interview, as {@code qorgan assess} with its defaults. */
    @Override
    public Integer call() {
        AssessCommand assess = new AssessCommand();
        assess.root = this;
        return assess.call();
    }
}
