package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions and steps that no answers can reach: a {@code when} that no combination of answers to
 * the questions it refers to (and to those that decide whether they are asked) can satisfy.
 */
final class ReachabilityRules {

    /** A condition over more combinations than this is not searched (no real guide comes near). */
    static final long MAX_COMBINATIONS = 1_000_000;

    private final Guide guide;
    private final Findings findings;
    private final AnswerSpace space;
    /** Conditions already reported: a search through them would only repeat the report. */
    private Set<Condition> wrong = Set.of();

    ReachabilityRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
        this.space = AnswerSpace.of(guide);
    }

    void check(Set<Condition> wrong) {
        this.wrong = wrong;
        for (GuideConditions.Located located : GuideConditions.of(guide)) {
            if (wrong.contains(located.condition()) || dependsOnWrong(located, wrong)) {
                continue;
            }
            switch (located.owner()) {
                case QUESTION -> {
                    if (!canHold(located.condition()).orElse(true)) {
                        findings.error(
                                located.file(),
                                located.pointer(),
                                "unreachable.question",
                                located.question().id());
                    }
                }
                case STEP -> {
                    if (!canHold(located.condition()).orElse(true)) {
                        findings.error(
                                located.file(),
                                located.pointer(),
                                "unreachable.step",
                                located.step().id());
                    }
                }
                case ALERT -> {
                    Question holder = located.question();
                    List<Condition> all = new ArrayList<>();
                    holder.condition().ifPresent(all::add);
                    all.add(new Condition.Test(holder.id(), Condition.Operator.ANSWERED, List.of(Answer.YesNo.YES)));
                    all.add(located.condition());
                    if (!canHold(new Condition.All(all)).orElse(true)) {
                        findings.warning(located.file(), located.pointer(), "unreachable.alert", holder.id());
                    }
                }
                case CASE -> {
                    if (!canHold(located.condition()).orElse(true)) {
                        findings.warning(located.file(), located.pointer(), "unreachable.case", located.name());
                    }
                }
                case DOCUMENT -> {
                    if (!canHold(located.condition()).orElse(true)) {
                        findings.error(located.file(), located.pointer(), "unreachable.document", located.name());
                    }
                }
                case URGENCY_RULE -> {
                    List<Condition> all = new ArrayList<>();
                    located.step().condition().ifPresent(all::add);
                    all.add(located.condition());
                    if (!canHold(new Condition.All(all)).orElse(true)) {
                        findings.warning(
                                located.file(),
                                located.pointer(),
                                "unreachable.urgencyRule",
                                located.step().id());
                    }
                }
            }
        }
    }

    /** A step's urgency rule is searched together with the step's own condition, if that is sound. */
    private boolean dependsOnWrong(GuideConditions.Located located, Set<Condition> wrong) {
        return located.step() != null
                        && located.step().when() != null
                        && wrong.contains(located.step().when())
                || located.question() != null
                        && located.question().when() != null
                        && wrong.contains(located.question().when());
    }

    /** Whether some answers satisfy {@code condition}; empty if there were too many to try. */
    Optional<Boolean> canHold(Condition condition) {
        List<Question> involved = involved(condition);
        if (involved.stream().anyMatch(q -> q.when() != null && wrong.contains(q.when()))) {
            return Optional.empty();
        }
        long bound = 1;
        for (Question q : involved) {
            bound *= Math.max(1, branches(q).size());
            if (bound > MAX_COMBINATIONS) {
                return Optional.empty();
            }
        }
        boolean[] found = {false};
        AnswerSpace.walk(involved, (q, before) -> branches(q), (answers, weight) -> {
            found[0] = condition.test(answers);
            return !found[0];
        });
        return Optional.of(found[0]);
    }

    /** The questions a condition refers to, and those their own conditions refer to, in guide order. */
    private List<Question> involved(Condition condition) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(condition.questionIds());
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (ids.add(id)) {
                guide.question(id).flatMap(Question::condition).ifPresent(when -> pending.addAll(when.questionIds()));
            }
        }
        return guide.questions().stream().filter(q -> ids.contains(q.id())).toList();
    }

    /** One answer per alternative; a question of another type is only answered or not. */
    private List<AnswerSpace.Branch> branches(Question q) {
        List<AnswerSpace.Branch> out = new ArrayList<>();
        List<AnswerSpace.Alternative> alternatives = space.alternatives(q);
        if (alternatives.isEmpty()) {
            out.add(new AnswerSpace.Branch(Optional.of(new Answer.Text("")), 1));
            if (q.optional()) {
                out.add(new AnswerSpace.Branch(Optional.empty(), 1));
            }
            return out;
        }
        for (AnswerSpace.Alternative alternative : alternatives) {
            out.add(new AnswerSpace.Branch(alternative.members().stream().findFirst(), alternative.weight()));
        }
        return out;
    }
}
