package kz.citizensec.qorgan.plan;

import java.util.List;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Urgency;

/**
 * The action plan for one person's answers: the chosen steps grouped by urgency (now, today,
 * this week), in the guide's order within each group.
 *
 * @param documents the documents that go with the plan for these answers, in the guide's order
 *     (the action plan itself is not among them)
 */
public record Plan(List<PlannedStep> steps, List<DocumentId> documents) {

    public Plan {
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
    }

    /** Whether a police-report draft goes with the plan. */
    public boolean report() {
        return documents.contains(DocumentId.REPORT);
    }

    /** The steps of one urgency group, in plan order. */
    public List<PlannedStep> in(Urgency urgency) {
        return steps.stream().filter(s -> s.urgency() == urgency).toList();
    }

    public List<String> ids() {
        return steps.stream().map(PlannedStep::id).toList();
    }
}
