package kz.citizensec.qorgan.plan;

import java.util.List;
import kz.citizensec.qorgan.playbook.Urgency;

/**
 * The action plan for one person's answers: the chosen steps grouped by urgency (now, today,
 * this week), in the guide's order within each group.
 *
 * @param report whether a police-report draft goes with the plan
 */
public record Plan(List<PlannedStep> steps, boolean report) {

    public Plan {
        steps = List.copyOf(steps);
    }

    /** The steps of one urgency group, in plan order. */
    public List<PlannedStep> in(Urgency urgency) {
        return steps.stream().filter(s -> s.urgency() == urgency).toList();
    }

    public List<String> ids() {
        return steps.stream().map(PlannedStep::id).toList();
    }
}
