package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One step of the action plan.
 *
 * @param when the step appears only when this holds; absent means always
 * @param urgency the urgency unless a rule of {@code urgencyIf} holds
 * @param how what to do, one item per line (Markdown allowed: the guide is trusted content)
 * @param contacts ids of references (phones, e-mails, sites) shown with the step
 * @param sources where the step's menu paths and advice come from
 * @param papers ids of documents (documents.yaml) that serve the step: the plan points to each
 *     that is made
 */
public record Step(
        String id,
        Condition when,
        Urgency urgency,
        List<UrgencyRule> urgencyIf,
        LocalizedText title,
        LocalizedText why,
        List<LocalizedText> how,
        List<String> contacts,
        Deadline deadline,
        List<String> sources,
        List<String> papers) {

    public Step {
        urgencyIf = urgencyIf == null ? List.of() : List.copyOf(urgencyIf);
        how = how == null ? List.of() : List.copyOf(how);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        sources = sources == null ? List.of() : List.copyOf(sources);
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    public Optional<Condition> condition() {
        return Optional.ofNullable(when);
    }

    public Optional<Deadline> deadlineRule() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the step belongs in the plan for these answers. */
    public boolean appliesTo(Answers answers) {
        return when == null || when.test(answers);
    }

    /** Whether the step belongs in the plan, while some questions may still be answered. */
    public Condition.Verdict appliesGiven(Answers answers, Predicate<String> pending) {
        return when == null ? Condition.Verdict.HOLDS : when.decide(answers, pending);
    }

    /**
     * The urgency for these answers when the questions still pending cannot change it: the first
     * rule that holds, else the default once every rule fails.
     */
    public Optional<Urgency> urgencyGiven(Answers answers, Predicate<String> pending) {
        for (UrgencyRule rule : urgencyIf) {
            Condition.Verdict verdict = rule.when().decide(answers, pending);
            if (verdict == Condition.Verdict.HOLDS) {
                return Optional.of(rule.urgency());
            }
            if (verdict == Condition.Verdict.OPEN && rule.urgency() != urgency) {
                return Optional.empty();
            }
        }
        return Optional.of(urgency);
    }

    /** The urgency for these answers: the first rule that holds, else the default. */
    public Urgency urgencyFor(Answers answers) {
        return urgencyIf.stream()
                .filter(rule -> rule.when().test(answers))
                .map(UrgencyRule::urgency)
                .findFirst()
                .orElse(urgency);
    }
}
