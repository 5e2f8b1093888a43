package kz.citizensec.qorgan.app;

import java.time.LocalDate;
import java.util.List;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.interview.terminal.PlanPreview;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.plan.PlannedStep;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.Rendered;

/** The action plan as the interview shows it on the way, and the line that says where to begin. */
final class ActionPlanPreview implements PlanPreview {

    private final LocalDate today;

    ActionPlanPreview(LocalDate today) {
        this.today = today;
    }

    @Override
    public Shown actionPlan(Guide guide, Lang lang, Answers answers) {
        Rendered rendered = Documents.of(guide).render(answers, lang, lang, today);
        return new Shown(rendered.actionPlan(), whereToStart(rendered.plan(), lang));
    }

    /** "Start now with the first step: …", or for a plan with nothing urgent, "Begin with …". */
    static String whereToStart(Plan plan, Lang lang) {
        List<PlannedStep> steps = plan.steps();
        Messages messages = AppMessages.in(lang);
        if (steps.isEmpty()) {
            return "";
        }
        PlannedStep first = steps.get(0);
        return messages.get(
                first.urgency() == Urgency.NOW ? "assess.next.now" : "assess.next.first",
                first.step().title().in(lang));
    }
}
