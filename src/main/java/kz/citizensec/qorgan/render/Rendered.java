package kz.citizensec.qorgan.render;

import java.util.Optional;
import kz.citizensec.qorgan.plan.Plan;

/**
 * The documents for one person's answers.
 *
 * @param plan the chosen steps the documents were made from
 * @param actionPlan the action plan, Markdown
 * @param report the police-report draft, Markdown, when the person asked for one
 */
public record Rendered(Plan plan, String actionPlan, Optional<String> report) {

    /** Both documents as one Markdown document: the plan, a rule, then the report. */
    public String combined() {
        return report.map(r -> actionPlan + "\n---\n\n" + r).orElse(actionPlan);
    }
}
