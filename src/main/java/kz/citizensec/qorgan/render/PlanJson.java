package kz.citizensec.qorgan.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.plan.PlannedStep;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * The chosen plan for other programs (DESIGN.md): {@code steps} in plan order, each with its
 * {@code id}, {@code urgency} (now, today, this_week), {@code title} in the chosen language and,
 * when computed, its {@code deadline} (ISO date and whether it is past); {@code report} is true
 * when a police-report draft is produced.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {}

    public static String write(Guide guide, Plan plan, String lang) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("guide", guide.id());
        root.put("guide_version", guide.version());
        root.put("lang", lang);
        ArrayNode steps = root.putArray("steps");
        for (PlannedStep planned : plan.steps()) {
            ObjectNode step = steps.addObject();
            step.put("id", planned.id());
            step.put("urgency", planned.urgency().id());
            step.put("title", planned.step().title().in(lang));
            planned.deadline().ifPresent(due -> {
                ObjectNode deadline = step.putObject("deadline");
                deadline.put("date", due.date().toString());
                deadline.put("past", due.past());
            });
        }
        root.put("report", plan.report());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
