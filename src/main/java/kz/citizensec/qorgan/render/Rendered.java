package kz.citizensec.qorgan.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.DocumentId;

/**
 * The documents for one person's answers: the action plan in one or more languages (for a family
 * where one reads Kazakh and another Russian), then each paper that applies (the police-report
 * draft, the letters, the share draft) once, in the guide's order.
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
        List<Page> actionPlans,
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

    /** One document in one language: a page of Markdown, or a plain-text draft. */
    public sealed interface Document permits Page, Draft {
        DocumentId id();

        Lang lang();

        /** Its text as Markdown, for one document holding them all. */
        String markdown();

        /** The forms its files are written in. */
        List<DocumentFormat> formats();
    }

    /**
     * A document of its own page, to read and to print.
     *
     * @param markdown its text, Markdown
     */
    public record Page(DocumentId id, Lang lang, String markdown, List<DocumentFormat> formats) implements Document {
        public Page {
            formats = List.copyOf(formats);
        }
    }

    /**
     * Plain text to copy (an e-mail body), printed with the action plan rather than on a page of
     * its own.
     *
     * @param text the whole text, as its file holds it (an e-mail's address and subject first)
     * @param email present when it is an e-mail draft
     */
    public record Draft(DocumentId id, Lang lang, String text, Optional<EmailDraft> email, List<DocumentFormat> formats)
            implements Document {

        private static final Pattern BACKTICKS = Pattern.compile("`+");

        public Draft {
            formats = List.copyOf(formats);
        }

        /**
         * The text as a fenced code block, literal whatever it holds: the fence is longer than any
         * run of backticks in it.
         */
        @Override
        public String markdown() {
            int longest = 0;
            for (Matcher run = BACKTICKS.matcher(text); run.find(); ) {
                longest = Math.max(longest, run.group().length());
            }
            String fence = "`".repeat(Math.max(3, longest + 1));
            return fence + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
        }
    }

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

    /** The papers with a page of their own (the papers to sign), in order. */
    public List<Page> pages() {
        return papers.stream()
                .filter(Page.class::isInstance)
                .map(Page.class::cast)
                .toList();
    }

    /** The plain-text drafts, in order: printed with the action plan. */
    public List<Draft> drafts() {
        return papers.stream()
                .filter(Draft.class::isInstance)
                .map(Draft.class::cast)
                .toList();
    }

    /** Every document of this print, in order: the action plans, then the papers. */
    public List<Document> all() {
        List<Document> all = new ArrayList<>(actionPlans);
        all.addAll(papers);
        return List.copyOf(all);
    }

    /** The action plans, one language after the other, as one Markdown document separated by rules. */
    public String combinedActionPlans() {
        return joined(List.copyOf(actionPlans));
    }

    /** The action plans, then the papers, as one Markdown document separated by rules. */
    public String combined() {
        return joined(all());
    }

    private static String joined(List<Document> documents) {
        return String.join(
                "\n---\n\n", documents.stream().map(Document::markdown).toList());
    }
}
