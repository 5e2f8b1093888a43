package kz.citizensec.qorgan.plan;

import java.time.LocalDate;
import java.util.Set;
import kz.citizensec.qorgan.playbook.FollowUp;

/**
 * A date something is due by, started by an event the person recorded.
 *
 * @param event the event that started it
 * @param from the day of the event
 * @param date the day it is due by
 * @param overdue whether that day is behind and the step is not done yet: time for the rule's
 *     {@code passed} (the escalation)
 * @param yearsUnknown years whose days off the guide does not list, counted with weekends only
 */
public record CaseDue(
        FollowUp.CaseEvent event,
        FollowUp.DueRule rule,
        LocalDate from,
        LocalDate date,
        boolean overdue,
        Set<Integer> yearsUnknown) {

    public CaseDue {
        yearsUnknown = Set.copyOf(yearsUnknown);
    }

    public String step() {
        return event.step();
    }
}
