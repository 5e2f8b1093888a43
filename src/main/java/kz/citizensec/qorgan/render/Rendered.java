package kz.citizensec.qorgan.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.plan.Plan;

/**
 * The documents for one person's answers: the action plan in one or more languages (for a family
 * where one reads Kazakh and another Russian), then the police-report draft once.
 *
 * @param plan the chosen steps the documents were made from
 * @param actionPlans the action plan in each language asked for, in that order; at least one
 * @param reportDocument the police-report draft, when the person asked for one
 * @param date the day the documents were made
 * @param visitorName the name the person gave (cleaned typed text), for a printout's header
 */
public record Rendered(
        Plan plan,
        List<Document> actionPlans,
        Optional<Document> reportDocument,
        LocalDate date,
        Optional<String> visitorName) {

    public Rendered {
        actionPlans = List.copyOf(actionPlans);
        if (actionPlans.isEmpty()) {
            throw new IllegalArgumentException("an action plan in at least one language");
        }
    }

    /**
     * One document in one language.
     *
     * @param name {@link Documents#PLAN} or {@link Documents#REPORT}
     * @param markdown its text, Markdown
     */
    public record Document(String name, String lang, String markdown) {}

    /** The action plan in the first language, Markdown. */
    public String actionPlan() {
        return actionPlans.get(0).markdown();
    }

    /** The police-report draft, Markdown, when the person asked for one. */
    public Optional<String> report() {
        return reportDocument.map(Document::markdown);
    }

    /** Every document of this print, in order: the action plans, then the report. */
    public List<Document> all() {
        List<Document> all = new ArrayList<>(actionPlans);
        reportDocument.ifPresent(all::add);
        return List.copyOf(all);
    }

    /** The action plans, one language after the other, as one Markdown document separated by rules. */
    public String combinedActionPlans() {
        return joined(actionPlans);
    }

    /** The action plans, then the report, as one Markdown document separated by rules. */
    public String combined() {
        return joined(all());
    }

    private static String joined(List<Document> documents) {
        return String.join("\n---\n\n", documents.stream().map(Document::markdown).toList());
    }
}
