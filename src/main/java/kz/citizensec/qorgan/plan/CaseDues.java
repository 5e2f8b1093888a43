package kz.citizensec.qorgan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.FollowUp;

/**
 * The dates due in a case: for each event the person recorded whose rule applies to their answers,
 * the day it is due by, earliest first. A due of a step already done is over and left out.
 */
public final class CaseDues {

    private final FollowUp followUp;
    private final WorkingDays days;

    public CaseDues(FollowUp followUp) {
        this.followUp = followUp;
        this.days = new WorkingDays(followUp);
    }

    /**
     * @param events the events recorded, by id, with their days
     * @param done whether a step is done
     */
    public List<CaseDue> of(Map<String, LocalDate> events, Predicate<String> done, Answers answers, LocalDate today) {
        List<CaseDue> dues = new ArrayList<>();
        for (FollowUp.CaseEvent event : followUp.events()) {
            LocalDate from = events.get(event.id());
            if (from == null
                    || event.dueRule().isEmpty()
                    || done.test(event.step())
                    || !event.due().appliesTo(answers)) {
                continue;
            }
            WorkingDays.Counted counted = days.after(from, event.due());
            dues.add(new CaseDue(
                    event, event.due(), from, counted.date(), counted.date().isBefore(today), counted.yearsUnknown()));
        }
        dues.sort(Comparator.comparing(CaseDue::date));
        return List.copyOf(dues);
    }
}
