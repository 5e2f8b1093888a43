package kz.citizensec.qorgan.stats;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The counts the organisation reads: visitors by ISO week and by scheme (who the scammers claimed
 * to be × how they made contact), the schemes most seen first.
 *
 * @param byWeek visitors by ISO week ({@code 2026-W48}), in order
 */
public record Tally(
        int visitors,
        Optional<LocalDate> first,
        Optional<LocalDate> last,
        Map<String, Integer> byWeek,
        List<Scheme> bySchemes,
        List<WeekScheme> byWeekAndScheme) {

    public record Scheme(String impersonated, String channel, int visitors) {}

    /** A row for a spreadsheet, which sums it by week or by scheme as it pleases. */
    public record WeekScheme(String week, String impersonated, String channel, int visitors) {}

    public static Tally of(List<VisitorCount> counts) {
        Map<String, Integer> byWeek = new TreeMap<>();
        Map<List<String>, Integer> bySchemes = new LinkedHashMap<>();
        Map<List<String>, Integer> byWeekAndScheme = new LinkedHashMap<>();
        for (VisitorCount count : counts) {
            String week = week(count.day());
            byWeek.merge(week, 1, Integer::sum);
            bySchemes.merge(List.of(count.impersonated(), count.channel()), 1, Integer::sum);
            byWeekAndScheme.merge(List.of(week, count.impersonated(), count.channel()), 1, Integer::sum);
        }
        List<String> impersonated = CountedFields.allowed(CountedFields.IMPERSONATED);
        List<String> channels = CountedFields.allowed(CountedFields.CHANNEL);
        List<Scheme> schemes = bySchemes.entrySet().stream()
                .map(e -> new Scheme(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(Scheme::visitors)
                        .reversed()
                        .thenComparing(s -> impersonated.indexOf(s.impersonated()))
                        .thenComparing(s -> channels.indexOf(s.channel())))
                .toList();
        List<WeekScheme> rows = byWeekAndScheme.entrySet().stream()
                .map(e -> new WeekScheme(
                        e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
                .sorted(Comparator.comparing(WeekScheme::week)
                        .thenComparing(
                                Comparator.comparingInt(WeekScheme::visitors).reversed())
                        .thenComparing(s -> impersonated.indexOf(s.impersonated()))
                        .thenComparing(s -> channels.indexOf(s.channel())))
                .toList();
        Function<Comparator<LocalDate>, Optional<LocalDate>> edge =
                order -> counts.stream().map(VisitorCount::day).min(order);
        return new Tally(
                counts.size(),
                edge.apply(Comparator.naturalOrder()),
                edge.apply(Comparator.reverseOrder()),
                Collections.unmodifiableMap(new LinkedHashMap<>(byWeek)),
                schemes,
                rows);
    }

    /** The ISO week of a day, as ISO 8601 writes it: {@code 2026-W48}. */
    public static String week(LocalDate day) {
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
