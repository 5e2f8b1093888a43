package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Set;

/**
 * A rule over answers, written in the guide as YAML:
 * {@code {all: [...]}}, {@code {any: [...]}}, {@code {not: ...}}, or a test of one question:
 * {@code {question: id, is: v}}, {@code in: [v, ...]}, {@code has: v}, {@code has_any: [v, ...]},
 * {@code answered: yes|no}. A question not answered matches no value.
 */
@JsonDeserialize(using = ConditionDeserializer.class)
public sealed interface Condition {

    boolean test(Answers answers);

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
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().anyMatch(c -> c.test(answers));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return !condition.test(answers);
        }
    }

    /** The operators of a test; all but {@code answered} ask whether the answer is one of the values. */
    enum Operator {
        IS("is"), IN("in"), HAS("has"), HAS_ANY("has_any"), ANSWERED("answered");

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
    }
}
