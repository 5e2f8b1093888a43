package kz.citizensec.qorgan.interview.terminal;

import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * The action plan for the answers given so far, shown in the middle of the interview before the
 * questions that only the documents need. The documents are made by a later stage, which the
 * interview does not see: the command that runs the interview passes this in.
 */
@FunctionalInterface
public interface PlanPreview {

    Shown actionPlan(Guide guide, Lang lang, Answers answers);

    /**
     * @param markdown the action plan
     * @param whereToStart one line in the person's language: the first step to take
     */
    record Shown(String markdown, String whereToStart) {}
}
