package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Step;

/** A case file's {@code progress} section (DESIGN.md): the events that happened and the steps done. */
final class ProgressSection {

    private static final List<String> PROGRESS_KEYS = List.of("events", "steps");
    private static final List<String> STEP_KEYS = List.of("done", "reference", "note");

    private final Guide guide;
    private final LocalDate today;
    private final Supplier<FollowUp> followUp;

    /** @param followUp the guide's events, asked for only when a section has events; null: ids not checked */
    ProgressSection(Guide guide, LocalDate today, Supplier<FollowUp> followUp) {
        this.guide = guide;
        this.today = today;
        this.followUp = followUp;
    }

    /** Reads a section; {@code incident}: the earliest date answered, before which nothing was done. */
    CaseProgress read(YamlTree node, Optional<LocalDate> incident, Nodes nodes) {
        YamlTree.Mapping section = nodes.mapping(node, "progress", PROGRESS_KEYS);
        Map<String, LocalDate> events = new LinkedHashMap<>();
        Map<String, CaseProgress.StepProgress> steps = new LinkedHashMap<>();
        YamlTree eventsNode = section.entries().get("events");
        if (eventsNode != null) {
            List<String> known = followUp == null
                    ? null
                    : followUp.get().events().stream()
                            .map(FollowUp.CaseEvent::id)
                            .toList();
            for (var entry : nodes.mapping(eventsNode, "progress.events", List.of())
                    .entries()
                    .entrySet()) {
                String id = entry.getKey();
                String field = "progress.events." + id;
                if (known != null && !known.contains(id)) {
                    throw nodes.problems().unknown(entry.getValue(), field, "file.unknownEvent", id, known);
                }
                events.put(id, date(entry.getValue(), field, incident, nodes));
            }
        }
        YamlTree stepsNode = section.entries().get("steps");
        if (stepsNode != null) {
            List<String> known = guide.steps().stream().map(Step::id).toList();
            for (var entry : nodes.mapping(stepsNode, "progress.steps", List.of())
                    .entries()
                    .entrySet()) {
                String id = entry.getKey();
                String field = "progress.steps." + id;
                if (!known.contains(id)) {
                    throw nodes.problems().unknown(entry.getValue(), field, "file.unknownStep", id, known);
                }
                steps.put(id, step(entry.getValue(), field, incident, nodes));
            }
        }
        return new CaseProgress(events, steps);
    }

    private CaseProgress.StepProgress step(YamlTree node, String field, Optional<LocalDate> incident, Nodes nodes) {
        YamlTree.Mapping values = nodes.mapping(node, field, STEP_KEYS);
        YamlTree done = values.entries().get("done");
        return new CaseProgress.StepProgress(
                done == null ? Optional.empty() : Optional.of(date(done, field + ".done", incident, nodes)),
                line(values.entries().get("reference"), field + ".reference", nodes),
                line(values.entries().get("note"), field + ".note", nodes));
    }

    /** A day something was done: written YYYY-MM-DD, not after today nor before the incident. */
    private LocalDate date(YamlTree node, String field, Optional<LocalDate> incident, Nodes nodes) {
        LocalDate date;
        try {
            date = LocalDate.parse(nodes.scalar(node, field));
        } catch (DateTimeParseException e) {
            throw nodes.problems().at(node, field, "file.progressDate");
        }
        if (date.isAfter(today)) {
            throw nodes.problems().at(node, field, "file.progressFuture", date);
        }
        if (incident.isPresent() && date.isBefore(incident.get())) {
            throw nodes.problems().at(node, field, "file.progressBeforeIncident", date, incident.get());
        }
        return date;
    }

    /** Typed text of one line, kept as typed (the documents clean and escape it). */
    private static Optional<String> line(YamlTree node, String field, Nodes nodes) {
        if (node == null) {
            return Optional.empty();
        }
        String text = nodes.scalar(node, field).strip();
        if (text.length() > CaseProgress.MAX_TEXT || text.contains("\n")) {
            throw nodes.problems().at(node, field, "file.progressText", CaseProgress.MAX_TEXT);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Writes {@code progress} as the section, in the order read. */
    static void write(JsonGenerator out, CaseProgress progress) throws IOException {
        out.writeObjectFieldStart("progress");
        if (!progress.events().isEmpty()) {
            out.writeObjectFieldStart("events");
            for (var event : progress.events().entrySet()) {
                out.writeStringField(event.getKey(), event.getValue().toString());
            }
            out.writeEndObject();
        }
        if (!progress.steps().isEmpty()) {
            out.writeObjectFieldStart("steps");
            for (var step : progress.steps().entrySet()) {
                out.writeObjectFieldStart(step.getKey());
                CaseProgress.StepProgress done = step.getValue();
                if (done.done().isPresent()) {
                    out.writeStringField("done", done.done().get().toString());
                }
                if (done.reference().isPresent()) {
                    out.writeStringField("reference", done.reference().get());
                }
                if (done.note().isPresent()) {
                    out.writeStringField("note", done.note().get());
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
