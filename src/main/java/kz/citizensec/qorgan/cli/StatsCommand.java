package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.StatsFlow;
import kz.citizensec.qorgan.app.StatsFormat;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.startup.BundledGuide;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code qorgan stats FILE [--from DATE] [--to DATE] [--format md|csv|json]}: the counts that
 * {@code --stats} wrote, in the language of {@code --lang} (see {@link StatsFlow}).
 */
final class StatsCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final PositionalParamSpec file = PositionalParamSpec.builder()
            .index("0")
            .arity("1")
            .type(Path.class)
            .paramLabel("FILE")
            .descriptionKey("stats.file")
            .build();

    private final OptionSpec from =
            Specs.option("--from", String.class, "DATE", "stats.from").build();

    private final OptionSpec to =
            Specs.option("--to", String.class, "DATE", "stats.to").build();

    private final OptionSpec format = Specs.option("--format", String.class, "FORMAT", "stats.format")
            .defaultValue("md")
            .completionCandidates(StatsFormat.ids())
            .build();

    private final CommandSpec spec;

    StatsCommand(QorganCommand root) {
        this.root = root;
        this.spec = Specs.command("stats", this, from, to, format);
        spec.addPositional(file);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Messages messages = root.messages();
        String typedFormat = format.getValue();
        StatsFormat form = StatsFormat.of(typedFormat)
                .orElseThrow(() -> new QorganException(ExitStatus.USAGE, messages.get("stats.badFormat", typedFormat)));
        Optional<LocalDate> first = day(from, messages);
        Optional<LocalDate> last = day(to, messages);
        return StatsFlow.run(
                        root.context(),
                        new StatsFlow.Request(file.getValue(), first, last, form, BundledGuide.source()))
                .code();
    }

    private static Optional<LocalDate> day(OptionSpec option, Messages messages) {
        String value = option.getValue();
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new QorganException(ExitStatus.USAGE, messages.get("stats.badDate", option.longestName(), value));
        }
    }
}
