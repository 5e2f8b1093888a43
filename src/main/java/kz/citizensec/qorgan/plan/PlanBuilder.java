package kz.citizensec.qorgan.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;
import kz.citizensec.qorgan.playbook.Step;

/**
 * Chooses and orders the steps of a plan. Every rule comes from the guide (each step's
 * {@code when}, urgency and deadline); this class only applies them. Pure and cheap, so that
 * {@code validate --exhaustive} can run it for every combination of answers.
 */
public final class PlanBuilder {

    private final Guide guide;

    public PlanBuilder(Guide guide) {
        this.guide = guide;
    }

    public Plan build(Answers answers, LocalDate today) {
        List<Step> steps = guide.steps();
        List<PlannedStep> chosen = IntStream.range(0, steps.size())
                .filter(i -> steps.get(i).appliesTo(answers))
                .mapToObj(i -> new Ranked(i, plan(steps.get(i), answers, today)))
                // Groups in Urgency's order; within a group, the guide's order (a stable sort).
                .sorted(Comparator.comparing((Ranked r) -> r.step().urgency()).thenComparingInt(Ranked::index))
                .map(Ranked::step)
                .toList();
        List<DocumentId> documents = guide.documents().stream()
                .filter(document -> document.appliesTo(answers))
                .map(GuideDocument::documentId)
                .toList();
        return new Plan(chosen, documents);
    }

    /**
     * Every step of the guide, each at its urgency for these answers and with its deadline, and
     * every document: not a plan for anyone, but every value a template can meet, for checking
     * templates.
     */
    public Plan everyStep(Answers answers, LocalDate today) {
        return new Plan(
                guide.steps().stream().map(step -> plan(step, answers, today)).toList(),
                guide.documents().stream().map(GuideDocument::documentId).toList());
    }

    private static PlannedStep plan(Step step, Answers answers, LocalDate today) {
        Optional<DueDate> due = step.deadlineRule()
                .flatMap(rule -> answers.get(rule.from())
                        .filter(Answer.Date.class::isInstance)
                        .map(answer -> ((Answer.Date) answer).value().plusDays(rule.days()))
                        .map(date -> new DueDate(rule, date, date.isBefore(today))));
        return new PlannedStep(step, step.urgencyFor(answers), due);
    }

    private record Ranked(int index, PlannedStep step) {}
}
