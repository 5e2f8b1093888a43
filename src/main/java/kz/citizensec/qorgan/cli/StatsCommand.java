package kz.citizensec.qorgan.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.stats.CountsReader;
import kz.citizensec.qorgan.stats.Tally;
import kz.citizensec.qorgan.stats.VisitorCount;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code qorgan stats FILE [--from DATE] [--to DATE] [--format md|csv|json]}: the counts that
 * {@code --stats} wrote, by ISO week and by scheme, in the language of {@code --lang}. A line that
 * is not exactly a count is refused with its number (exit 3) and nothing is summed.
 */
final class StatsCommand implements Callable<Integer> {

    /** The forms of the table ({@code --format}): to read, for a spreadsheet, for other programs. */
    private enum TableFormat {
        MD("md"),
        CSV("csv"),
        JSON("json");

        private final String id;

        TableFormat(String id) {
            this.id = id;
        }

        static Optional<TableFormat> of(String id) {
            return Arrays.stream(values())
                    .filter(format -> format.id.equals(id))
                    .findFirst();
        }

        static List<String> ids() {
            return Arrays.stream(values()).map(format -> format.id).toList();
        }
    }

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
            .defaultValue(TableFormat.MD.id)
            .completionCandidates(TableFormat.ids())
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
        Environment environment = root.environment();
        Messages messages = Messages.of(Main.BUNDLE, root.language());
        String typedFormat = format.getValue();
        TableFormat form = TableFormat.of(typedFormat)
                .orElseThrow(() -> new QorganException(ExitStatus.USAGE, messages.get("stats.badFormat", typedFormat)));
        Optional<LocalDate> first = day(from, messages);
        Optional<LocalDate> last = day(to, messages);
        Path path = file.getValue();
        CountsReader.Contents contents;
        try {
            contents = CountsReader.read(path);
        } catch (NoSuchFileException e) {
            throw new QorganException(ExitStatus.INVALID_INPUT, messages.get("stats.noFile", path));
        } catch (IOException e) {
            throw new QorganException(ExitStatus.INVALID_INPUT, messages.get("stats.cannotRead", path, e.getMessage()));
        }
        if (!contents.refused().isEmpty()) {
            throw new InvalidInputException(contents.refused().stream()
                    .map(refused -> new Problem(
                            Problem.Severity.ERROR,
                            path.toString(),
                            refused.number(),
                            0,
                            refused.refused().field(),
                            messages.get("stats.refused." + refused.refused().reason())))
                    .toList());
        }
        List<VisitorCount> counted = contents.counts().stream()
                .filter(c -> first.map(d -> !c.day().isBefore(d)).orElse(true))
                .filter(c -> last.map(d -> !c.day().isAfter(d)).orElse(true))
                .toList();
        Tally tally = Tally.of(counted);
        StatsTable table = new StatsTable(messages, new GuideLoader(messages.lang()).load(GuideSource.bundled()));
        environment
                .out()
                .print(
                        switch (form) {
                            case CSV -> table.csv(tally);
                            case JSON -> table.json(tally);
                            case MD -> table.markdown(tally);
                        });
        environment.out().flush();
        return ExitStatus.OK.code();
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
