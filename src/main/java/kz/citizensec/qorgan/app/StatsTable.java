package kz.citizensec.qorgan.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.stats.CountedFields;
import kz.citizensec.qorgan.stats.Tally;

/**
 * The counts as a person reads them (a Markdown table), as a spreadsheet opens them (CSV, one row
 * per week and scheme, which it sums as it pleases) or as a program reads them (JSON, with the
 * guide's ids). Schemes are named with the guide's own options, in the language of the messages.
 */
final class StatsTable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Messages messages;
    private final Guide guide;

    StatsTable(Messages messages, Guide guide) {
        this.messages = messages;
        this.guide = guide;
    }

    String markdown(Tally tally) {
        StringBuilder out =
                new StringBuilder("# ").append(messages.get("stats.title")).append("\n\n");
        if (tally.visitors() == 0) {
            return out.append(messages.get("stats.none")).append('\n').toString();
        }
        out.append(messages.get(
                        "stats.summary",
                        tally.visitors(),
                        tally.first().orElseThrow().toString(),
                        tally.last().orElseThrow().toString()))
                .append("\n\n");
        out.append("## ").append(messages.get("stats.byWeek")).append("\n\n");
        row(out, List.of(messages.get("stats.week"), messages.get("stats.visitors")));
        out.append("|---|---:|\n");
        tally.byWeek().forEach((week, visitors) -> row(out, List.of(week, String.valueOf(visitors))));
        out.append("\n## ").append(messages.get("stats.byScheme")).append("\n\n");
        row(
                out,
                List.of(
                        messages.get("stats.impersonated"),
                        messages.get("stats.channel"),
                        messages.get("stats.visitors")));
        out.append("|---|---|---:|\n");
        for (Tally.Scheme scheme : tally.bySchemes()) {
            row(
                    out,
                    List.of(
                            label(CountedFields.IMPERSONATED, scheme.impersonated()),
                            label(CountedFields.CHANNEL, scheme.channel()),
                            String.valueOf(scheme.visitors())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ")
                .append(cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")))
                .append(" |\n");
    }

    String csv(Tally tally) {
        StringBuilder out = new StringBuilder();
        csvRow(
                out,
                List.of(
                        messages.get("stats.week"),
                        messages.get("stats.impersonated"),
                        messages.get("stats.channel"),
                        messages.get("stats.visitors")));
        for (Tally.WeekScheme row : tally.byWeekAndScheme()) {
            csvRow(
                    out,
                    List.of(
                            row.week(),
                            label(CountedFields.IMPERSONATED, row.impersonated()),
                            label(CountedFields.CHANNEL, row.channel()),
                            String.valueOf(row.visitors())));
        }
        return out.toString();
    }

    /** RFC 4180: every cell quoted, quotes doubled, lines ended by CRLF as spreadsheets expect. */
    private static void csvRow(StringBuilder out, List<String> cells) {
        out.append(cells.stream()
                        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")))
                .append("\r\n");
    }

    String json(Tally tally) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("visitors", tally.visitors());
        out.put("from", tally.first().map(Object::toString).orElse(null));
        out.put("to", tally.last().map(Object::toString).orElse(null));
        out.put(
                "by_week",
                tally.byWeek().entrySet().stream()
                        .map(e -> ordered("week", e.getKey(), "visitors", e.getValue()))
                        .toList());
        out.put(
                "by_scheme",
                tally.bySchemes().stream()
                        .map(s -> ordered(
                                CountedFields.IMPERSONATED,
                                s.impersonated(),
                                CountedFields.CHANNEL,
                                s.channel(),
                                "visitors",
                                s.visitors()))
                        .toList());
        try {
            return JSON.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object whose keys keep the order given: {@code key, value, key, value...}. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The guide's words for an option, else the messages' for a question not answered or an option it lacks. */
    private String label(String question, String id) {
        if (id.equals(CountedFields.UNANSWERED)) {
            return messages.get("stats.unanswered");
        }
        return guide.question(question)
                .flatMap(q -> q.option(id))
                .flatMap(o -> o.text().find(messages.lang()))
                .orElseGet(() -> messages.get("stats.other"));
    }
}
