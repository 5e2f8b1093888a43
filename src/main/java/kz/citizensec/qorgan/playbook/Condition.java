package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule over answers, written in the guide as YAML:
 * {@code {all: [...]}}, {@code {any: [...]}}, {@code {not: ...}}, or a test of one question:
 * {@code {question: id, is: v}}, {@code in: [v, ...]}, {@code has: v}, {@code has_any: [v, ...]},
 * {@code answered: yes|no}. A question not answered matches no value.
 */
@JsonDeserialize(using = ConditionDeserializer.class)
public sealed interface Condition {

    boolean test(Answers answers);

    /**
     * What the rule says while answers are still being given: a test of a question that may
     * still be answered is {@link Verdict#OPEN} unless the rest of the rule decides it anyway.
     *
     * @param pending whether a question may still be answered
     */
    Verdict decide(Answers answers, Predicate<String> pending);

    /** The ids of the questions this rule looks at. */
    default java.util.Set<String> questionIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        collectQuestionIds(this, ids);
        return ids;
    }

    private static void collectQuestionIds(Condition condition, java.util.Set<String> ids) {
        if (condition instanceof All all) {
            all.conditions().forEach(c -> collectQuestionIds(c, ids));
        } else if (condition instanceof Any any) {
            any.conditions().forEach(c -> collectQuestionIds(c, ids));
        } else if (condition instanceof Not not) {
            collectQuestionIds(not.condition(), ids);
        } else if (condition instanceof Test test) {
            ids.add(test.question());
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().allMatch(c -> c.test(answers));
        }

        @Override
        public Verdict decide(Answers answers, Predicate<String> pending) {
            return conditions.stream().map(c -> c.decide(answers, pending)).reduce(Verdict.HOLDS, Verdict::and);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().anyMatch(c -> c.test(answers));
        }

        @Override
        public Verdict decide(Answers answers, Predicate<String> pending) {
            return conditions.stream().map(c -> c.decide(answers, pending)).reduce(Verdict.FAILS, Verdict::or);
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return !condition.test(answers);
        }

        @Override
        public Verdict decide(Answers answers, Predicate<String> pending) {
            return condition.decide(answers, pending).not();
        }
    }

    /** Three-valued: a rule over answers not all given yet may be neither true nor false. */
    enum Verdict {
        HOLDS,
        FAILS,
        OPEN;

        Verdict and(Verdict other) {
            if (this == FAILS || other == FAILS) {
                return FAILS;
            }
            return this == HOLDS && other == HOLDS ? HOLDS : OPEN;
        }

        Verdict or(Verdict other) {
            if (this == HOLDS || other == HOLDS) {
                return HOLDS;
            }
            return this == FAILS && other == FAILS ? FAILS : OPEN;
        }

        Verdict not() {
            return this == OPEN ? OPEN : this == HOLDS ? FAILS : HOLDS;
        }
    }

    /** The operators of a test; all but {@code answered} ask whether the answer is one of the values. */
    enum Operator {
        IS("is"),
        IN("in"),
        HAS("has"),
        HAS_ANY("has_any"),
        ANSWERED("answered");

        private final String key;

        Operator(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Whether it takes a list of values (else one value). */
        public boolean takesList() {
            return this == IN || this == HAS_ANY;
        }
    }

    /** @param values option ids; yes/no answers and YAML booleans are spelt "yes" and "no" */
    record Test(String question, Operator operator, List<String> values) implements Condition {
        public Test {
            values = List.copyOf(values);
        }

        @Override
        public boolean test(Answers answers) {
            if (operator == Operator.ANSWERED) {
                return answers.has(question) == values.contains(Answer.YesNo.YES);
            }
            Set<String> given = answers.get(question).map(Answer::choiceIds).orElse(Set.of());
            return values.stream().anyMatch(given::contains);
        }

        @Override
        public Verdict decide(Answers answers, Predicate<String> pending) {
            if (pending.test(question)) {
                return Verdict.OPEN;
            }
            return test(answers) ? Verdict.HOLDS : Verdict.FAILS;
        }
    }
}
