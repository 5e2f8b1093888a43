package kz.citizensec.qorgan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options; with no subcommand it starts the interview. */
@Command(
        name = "qorgan",
        resourceBundle = "kz.citizensec.qorgan.cli.Messages",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = PlanCommand.class,
        sortOptions = false,
        usageHelpAutoWidth = true)
public final class QorganCommand implements Callable<Integer> {

    private final Environment environment;

    @Spec
    CommandSpec spec;

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

    @Override
    public Integer call() {
        spec.commandLine().usage(environment.out());
        return 0;
    }
}
