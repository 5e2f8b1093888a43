package kz.citizensec.qorgan.render;

import java.time.LocalDate;
import java.util.List;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.CaseDues;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.FollowUp;

/**
 * What a case file adds to the answers: what the person did since, and the guide's rules that turn
 * their dated events into dates due.
 */
public record CaseFile(CaseProgress progress, FollowUp followUp) {

    /** An answers file without progress, or a guide without events. */
    public static final CaseFile NONE = new CaseFile(CaseProgress.NONE, FollowUp.NONE);

    /** The dates due for these answers on this day, earliest first. */
    public List<CaseDue> dues(Answers answers, LocalDate today) {
        return new CaseDues(followUp)
                .of(
                        progress.events(),
                        step -> progress.step(step)
                                .map(CaseProgress.StepProgress::isDone)
                                .orElse(false),
                        answers,
                        today);
    }
}
