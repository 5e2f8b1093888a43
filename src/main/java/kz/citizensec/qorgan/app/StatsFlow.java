package kz.citizensec.qorgan.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.stats.CountsReader;
import kz.citizensec.qorgan.stats.Tally;
import kz.citizensec.qorgan.stats.VisitorCount;

/**
 * {@code qorgan stats}: the counts that {@code --stats} wrote, by ISO week and by scheme, in the
 * language of messages ({@link StatsTable}). A line that is not exactly a count is refused with its
 * number (exit 3) and nothing is summed.
 */
public final class StatsFlow {

    /**
     * @param file the counts file
     * @param from the first day counted ({@code --from})
     * @param to the last day counted ({@code --to})
     * @param format the form of the counts ({@code --format})
     * @param guide the guide whose questions and options name the rows
     */
    public record Request(
            Path file, Optional<LocalDate> from, Optional<LocalDate> to, StatsFormat format, GuideSource guide) {}

    private StatsFlow() {}

    public static ExitStatus run(Context context, Request request) {
        Messages messages = context.messages();
        Path path = request.file();
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
                .filter(c -> request.from().map(d -> !c.day().isBefore(d)).orElse(true))
                .filter(c -> request.to().map(d -> !c.day().isAfter(d)).orElse(true))
                .toList();
        Tally tally = Tally.of(counted);
        StatsTable table = new StatsTable(messages, context.guide(request.guide()));
        Environment environment = context.environment();
        environment
                .out()
                .print(
                        switch (request.format()) {
                            case MD -> table.markdown(tally);
                            case CSV -> table.csv(tally);
                            case JSON -> table.json(tally);
                        });
        environment.out().flush();
        return ExitStatus.OK;
    }
}
