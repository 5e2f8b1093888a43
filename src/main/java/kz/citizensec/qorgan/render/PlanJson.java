package kz.citizensec.qorgan.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.plan.PlannedStep;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;

/**
 * The chosen plan for other programs (DESIGN.md): {@code steps} in plan order, each with its
 * {@code id}, {@code urgency} (now, today, this_week), {@code title} in the chosen language and,
 * when computed, its {@code deadline} (ISO date and whether it is past); {@code documents} lists
 * the papers that go with the plan ({@code id}, {@code lang}), in the order they are printed;
 * {@code report} is true when a police-report draft is among them.
 */
public final class PlanJson {

    /** Jackson's streaming generator: the tree and databind would add their start-up to a short run. */
    private static final JsonFactory JSON = new JsonFactory();

    private PlanJson() {}

    /**
     * @param papersLang the language the papers (police report, letters) are written in; a
     *     document the guide writes in the person's language (the share draft) is in {@code lang}
     */
    public static String write(Guide guide, Plan plan, Lang lang, Lang papersLang) {
        return write(guide, plan, lang, papersLang, CaseProgress.NONE, List.of());
    }

    /**
     * With a case file: each step's {@code progress} ({@code done} ISO date, {@code reference},
     * {@code note}, each when recorded) and a {@code due} array, earliest first ({@code event},
     * {@code step}, {@code from}, {@code date}, {@code overdue}).
     */
    public static String write(
            Guide guide, Plan plan, Lang lang, Lang papersLang, CaseProgress progress, List<CaseDue> dues) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            out.writeStartObject();
            out.writeStringField("guide", guide.id());
            out.writeStringField("guide_version", guide.version());
            out.writeStringField("lang", lang.tag());
            out.writeArrayFieldStart("steps");
            for (PlannedStep planned : plan.steps()) {
                out.writeStartObject();
                out.writeStringField("id", planned.id());
                out.writeStringField("urgency", planned.urgency().id());
                out.writeStringField("title", planned.step().title().in(lang));
                if (planned.deadline().isPresent()) {
                    out.writeObjectFieldStart("deadline");
                    out.writeStringField("date", planned.deadline().get().date().toString());
                    out.writeBooleanField("past", planned.deadline().get().past());
                    out.writeEndObject();
                }
                Optional<CaseProgress.StepProgress> recorded = progress.step(planned.id());
                if (recorded.isPresent()) {
                    out.writeObjectFieldStart("progress");
                    optional(out, "done", recorded.get().done().map(LocalDate::toString));
                    optional(out, "reference", recorded.get().reference());
                    optional(out, "note", recorded.get().note());
                    out.writeEndObject();
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            if (!progress.isEmpty()) {
                out.writeArrayFieldStart("due");
                for (CaseDue due : dues) {
                    out.writeStartObject();
                    out.writeStringField("event", due.event().id());
                    out.writeStringField("step", due.step());
                    out.writeStringField("from", due.from().toString());
                    out.writeStringField("date", due.date().toString());
                    out.writeBooleanField("overdue", due.overdue());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeArrayFieldStart("documents");
            for (DocumentId document : plan.documents()) {
                out.writeStartObject();
                out.writeStringField("id", document.value());
                boolean person = guide.document(document)
                        .filter(GuideDocument::inPersonLanguage)
                        .isPresent();
                out.writeStringField("lang", (person ? lang : papersLang).tag());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeBooleanField("report", plan.report());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the plan could not be written as JSON", e);
        }
        return text + "\n";
    }

    private static void optional(JsonGenerator out, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(field, value.get());
        }
    }
}
