package kz.citizensec.qorgan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.Context;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command: the options every command has ({@code --lang}, {@code --verbose}) and the
 * subcommands; with no subcommand it starts the interview.
 */
final class QorganCommand implements Callable<Integer> {

    private final Environment environment;

    private final OptionSpec lang =
            Specs.language("--lang", "lang").scopeType(ScopeType.INHERIT).build();

    private final OptionSpec verbose =
            Specs.flag("--verbose", "verbose").scopeType(ScopeType.INHERIT).build();

    private final AssessCommand assess = new AssessCommand(this);

    private final CommandSpec spec;

    QorganCommand(Environment environment) {
        this.environment = environment;
        this.spec = Specs.command("qorgan", this, lang, verbose);
        spec.addSubcommand("assess", assess.spec());
        spec.addSubcommand("plan", new PlanCommand(this).spec());
        spec.addSubcommand("follow-up", new FollowUpCommand(this).spec());
        spec.addSubcommand("desk", new DeskCommand(this).spec());
        spec.addSubcommand("stats", new StatsCommand(this).spec());
        spec.addSubcommand("validate", new ValidateCommand(this).spec());
    }

    CommandSpec spec() {
        return spec;
    }

    Environment environment() {
        return environment;
    }

    boolean verbose() {
        return Specs.isOn(verbose);
    }

    /** {@code --lang} as given: one language, or for {@code plan} a comma list. */
    Optional<String> langOption() {
        return Optional.ofNullable(lang.getValue());
    }

    /** The language of messages: the first of --lang if qorgan speaks it, else the system's, else English. */
    Lang language() {
        return LanguageChoice.forMessages(langOption(), environment.env());
    }

    /** What every command's flow starts from: the environment, the language of messages, today. */
    Context context() {
        return Context.of(environment, language());
    }

    /** The command line's own messages (usage errors), in the language of messages. */
    Messages messages() {
        return Messages.of(Main.BUNDLE, language());
    }

    /** {@code qorgan} alone is the interview, as {@code qorgan assess} with its defaults. */
    @Override
    public Integer call() {
        return assess.call();
    }
}
