package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The conditions refer to what exists and fits: a question that is defined and, for a question's
 * own {@code when}, asked before it; an operator that suits the question's type; values that are
 * its options (yes or no for a yes/no question). Also the deadline's date question.
 */
final class ConditionRules {

    private final Guide guide;
    private final Findings findings;
    private final List<String> questionIds;

    ConditionRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
        this.questionIds = StructureRules.ids(guide.questions());
    }

    /** @return the conditions found wrong, which the reachability check then skips */
    Set<Condition> check() {
        Set<Condition> wrong = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GuideConditions.Located located : GuideConditions.of(guide)) {
            boolean ok = true;
            for (GuideConditions.LocatedTest test : GuideConditions.tests(located.condition())) {
                ok &= test(located, located.pointer() + test.inside(), test.test());
            }
            if (!ok) {
                wrong.add(located.condition());
            }
        }
        deadlines();
        return wrong;
    }

    /** Checks a condition held outside the guide's own files (events.yaml), as any step's. */
    boolean checkElsewhere(String file, String pointer, Condition condition) {
        GuideConditions.Located located =
                new GuideConditions.Located(GuideConditions.Owner.STEP, file, pointer, condition, null, null);
        boolean ok = true;
        for (GuideConditions.LocatedTest test : GuideConditions.tests(condition)) {
            ok &= test(located, pointer + test.inside(), test.test());
        }
        return ok;
    }

    private boolean test(GuideConditions.Located located, String at, Condition.Test test) {
        String file = located.file();
        int index = questionIds.indexOf(test.question());
        if (index < 0) {
            findings.errorGuess(file, at + "/question", "condition.unknownQuestion", test.question(), questionIds);
            return false;
        }
        Question question = guide.questions().get(index);
        if (located.owner() == GuideConditions.Owner.QUESTION || located.owner() == GuideConditions.Owner.ALERT) {
            int holder = guide.questions().indexOf(located.question());
            boolean self = index == holder;
            if (index > holder || self && located.owner() == GuideConditions.Owner.QUESTION) {
                findings.error(
                        file, at + "/question", self ? "condition.self" : "condition.askedLater", test.question());
                return false;
            }
        }
        return question.type() == null || operator(file, at, test, question) && values(file, at, test, question);
    }

    private boolean operator(String file, String at, Condition.Test test, Question question) {
        Condition.Operator op = test.operator();
        if (op == Condition.Operator.ANSWERED) {
            return true;
        }
        QuestionType type = question.type();
        String where = at + "/" + op.key();
        if (type == QuestionType.MULTI && (op == Condition.Operator.IS || op == Condition.Operator.IN)) {
            findings.error(file, where, "condition.operatorMulti", op.key(), question.id());
            return false;
        }
        if ((type == QuestionType.YES_NO || type == QuestionType.SINGLE)
                && (op == Condition.Operator.HAS || op == Condition.Operator.HAS_ANY)) {
            findings.error(file, where, "condition.operatorSingle", op.key(), question.id(), type.id());
            return false;
        }
        if (type != QuestionType.MULTI && type != QuestionType.YES_NO && type != QuestionType.SINGLE) {
            findings.error(file, where, "condition.notChoice", question.id(), type.id());
            return false;
        }
        return true;
    }

    private boolean values(String file, String at, Condition.Test test, Question question) {
        if (test.operator() == Condition.Operator.ANSWERED) {
            return true;
        }
        List<String> allowed = question.type() == QuestionType.YES_NO
                ? List.of(Answer.YesNo.YES, Answer.YesNo.NO)
                : question.options().stream()
                        .map(Option::id)
                        .filter(StructureRules::isId)
                        .toList();
        boolean ok = true;
        for (int i = 0; i < test.values().size(); i++) {
            String value = test.values().get(i);
            if (!allowed.contains(value)) {
                String where =
                        at + "/" + test.operator().key() + (test.operator().takesList() ? "/" + i : "");
                findings.errorGuess(file, where, "condition.unknownValue", value, allowed, question.id());
                ok = false;
            }
        }
        return ok;
    }

    private void deadlines() {
        for (int i = 0; i < guide.steps().size(); i++) {
            Deadline deadline = guide.steps().get(i).deadline();
            if (deadline == null || deadline.from() == null) {
                continue;
            }
            String at = "/steps/" + i + "/deadline/from";
            List<String> dates = new ArrayList<>();
            guide.questions().stream()
                    .filter(q -> q.type() == QuestionType.DATE && q.id() != null)
                    .forEach(q -> dates.add(q.id()));
            guide.question(deadline.from())
                    .ifPresentOrElse(
                            q -> {
                                if (q.type() != QuestionType.DATE) {
                                    findings.error(
                                            GuideFiles.STEPS,
                                            at,
                                            "deadline.notDate",
                                            deadline.from(),
                                            q.type() == null ? "?" : q.type().id(),
                                            String.join(", ", dates));
                                }
                            },
                            () -> findings.errorGuess(
                                    GuideFiles.STEPS, at, "deadline.unknown", deadline.from(), dates));
        }
    }
}
