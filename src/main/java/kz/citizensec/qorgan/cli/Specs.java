package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.startup.BundledGuide;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The commands' model is built with picocli's programmatic API rather than read from
 * annotations: reading annotations at run time is slow in a cold JVM (a proxy class generated
 * for each annotation type, then reflection over every field; bench/README.md has the figure),
 * and comes before the first command can run. The help shown is the same: descriptions come from
 * the bundle by each option's {@code descriptionKey}, options are listed in the order they are
 * added, then {@code -h} and {@code -V}, then the root's inherited ones.
 */
final class Specs {

    private Specs() {}

    /**
     * A command whose options are {@code options}, run by {@code command}'s {@code call()}, with
     * {@code -h/--help} and {@code -V/--version} after its own options.
     */
    static CommandSpec command(String name, Object command, OptionSpec... options) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().sortOptions(false).autoWidth(true);
        for (OptionSpec option : options) {
            spec.addOption(option);
        }
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .descriptionKey("help")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .descriptionKey("version")
                .build());
        spec.versionProvider(new VersionProvider());
        return spec;
    }

    /** The message of the conversion failure of an empty value, which {@link Main} words in the user's language. */
    static final String EMPTY = "empty";

    /**
     * An option that takes a value, shown as {@code name=label} in the help. An empty value is
     * refused (a path of {@code ''} would be the current folder, a language of {@code ''} or
     * {@code ,,,} none at all): the command line says "needs a value" (exit 2).
     */
    static OptionSpec.Builder option(String name, Class<?> type, String label, String descriptionKey) {
        OptionSpec.Builder option =
                OptionSpec.builder(name).type(type).paramLabel(label).descriptionKey(descriptionKey);
        if (type == Path.class) {
            option.converters(value -> Path.of(notEmpty(value)));
        } else if (type == String.class) {
            // A list such as --lang kk,ru: only commas is empty too.
            option.converters(value -> {
                notEmpty(value.replace(',', ' '));
                return value;
            });
        }
        return option;
    }

    /** An option whose value is a language, or a comma list of them: the shell completes kk, ru and en. */
    static OptionSpec.Builder language(String name, String descriptionKey) {
        return option(name, String.class, "LANG", descriptionKey)
                .completionCandidates(Lang.OWN.stream().map(Lang::tag).toList());
    }

    private static String notEmpty(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException(EMPTY);
        }
        return value;
    }

    /** An option without a value: on when given. */
    static OptionSpec.Builder flag(String name, String descriptionKey) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").descriptionKey(descriptionKey);
    }

    /** The guide a command reads: the folder given to its {@code --guide}, else the bundled one. */
    static GuideSource guideSource(OptionSpec guide) {
        Path folder = guide.getValue();
        return folder == null ? BundledGuide.source() : GuideSource.directory(folder);
    }

    /** {@code --stats FILE} of desk, assess and plan: opt-in anonymous counts, one line per visitor. */
    static OptionSpec stats() {
        return option("--stats", Path.class, "FILE", "stats.option").build();
    }

    /** The value of an option, when given. */
    static <T> Optional<T> value(OptionSpec option) {
        return Optional.ofNullable(option.getValue());
    }

    /** Whether a flag was given. */
    static boolean isOn(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }
}
