package kz.citizensec.qorgan.plan;

import java.util.Optional;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Urgency;

/**
 * A step chosen for these answers, with the urgency the answers give it.
 *
 * @param deadline the date computed from the step's deadline rule, when the rule's date question
 *     was answered
 */
public record PlannedStep(Step step, Urgency urgency, Optional<DueDate> deadline) {

    public String id() {
        return step.id();
    }
}
