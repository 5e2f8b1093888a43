package kz.citizensec.qorgan.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.playbook.DocumentId;

/**
 * The documents for one person's answers: the action plan in one or more languages (for a family
 * where one reads Kazakh and another Russian), then each paper that applies (the police-report
 * draft, the letters) once, in the guide's order.
 *
 * @param plan the chosen steps the documents were made from
 * @param actionPlans the action plan in each language asked for, in that order; at least one
 * @param papers the documents beside the plan that apply to these answers, in the guide's order
 * @param date the day the documents were made
 * @param visitorName the name the person gave (cleaned typed text), for a printout's header
 * @param dues the dates due in a case file, earliest first (for the calendar file)
 */
public record Rendered(
        Plan plan,
        List<Document> actionPlans,
        List<Document> papers,
        LocalDate date,
        Optional<String> visitorName,
        List<CaseDue> dues) {

    public Rendered {
        dues = List.copyOf(dues);
        actionPlans = List.copyOf(actionPlans);
        papers = List.copyOf(papers);
        if (actionPlans.isEmpty()) {
            throw new IllegalArgumentException("an action plan in at least one language");
        }
    }

    /**
     * One document in one language.
     *
     * @param markdown its text, Markdown
     */
    public record Document(DocumentId id, String lang, String markdown) {}

    /** The action plan in the first language, Markdown. */
    public String actionPlan() {
        return actionPlans.get(0).markdown();
    }

    /** One paper, when it applies to these answers. */
    public Optional<Document> paper(DocumentId id) {
        return papers.stream().filter(document -> document.id().equals(id)).findFirst();
    }

    /** The police-report draft, Markdown, when the person asked for one. */
    public Optional<String> report() {
        return paper(DocumentId.REPORT).map(Document::markdown);
    }

    /** Every document of this print, in order: the action plans, then the papers. */
    public List<Document> all() {
        List<Document> all = new ArrayList<>(actionPlans);
        all.addAll(papers);
        return List.copyOf(all);
    }

    /** The action plans, one language after the other, as one Markdown document separated by rules. */
    public String combinedActionPlans() {
        return joined(actionPlans);
    }

    /** The action plans, then the papers, as one Markdown document separated by rules. */
    public String combined() {
        return joined(all());
    }

    private static String joined(List<Document> documents) {
        return String.join("\n---\n\n", documents.stream().map(Document::markdown).toList());
    }
}
