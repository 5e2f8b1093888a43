package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.citizensec.qorgan.core.Suggestions;

/**
 * Reads the condition language. A malformed rule is a {@link ConditionSyntaxException} naming
 * the part of the rule that is wrong; the loader words it in the user's language.
 */
final class ConditionDeserializer extends StdDeserializer<Condition> {

    private static final long serialVersionUID = 1L;

    static final String ALL = "all";
    static final String ANY = "any";
    static final String NOT = "not";
    static final String QUESTION = "question";

    ConditionDeserializer() {
        super(Condition.class);
    }

    /** Every key a condition may hold, for "did you mean". */
    static List<String> keys() {
        return Stream.concat(
                        Stream.of(ALL, ANY, NOT, QUESTION),
                        Arrays.stream(Condition.Operator.values()).map(Condition.Operator::key))
                .toList();
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        return read(node, "", p);
    }

    private Condition read(JsonNode node, String at, JsonParser p) throws ConditionSyntaxException {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new ConditionSyntaxException(p, at, "condition.notMap");
        }
        for (String key : fieldNames(node)) {
            if (!keys().contains(key)) {
                throw unknownKey(p, at, key);
            }
        }
        for (String group : List.of(ALL, ANY)) {
            if (node.has(group)) {
                requireAlone(node, group, at, p);
                JsonNode list = node.get(group);
                if (!list.isArray() || list.isEmpty()) {
                    throw new ConditionSyntaxException(p, FieldPath.child(at, group), "condition.needsList", group);
                }
                List<Condition> parts = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    parts.add(read(list.get(i), FieldPath.child(FieldPath.child(at, group), i), p));
                }
                return group.equals(ALL) ? new Condition.All(parts) : new Condition.Any(parts);
            }
        }
        if (node.has(NOT)) {
            requireAlone(node, NOT, at, p);
            return new Condition.Not(read(node.get(NOT), FieldPath.child(at, NOT), p));
        }
        return readTest(node, at, p);
    }

    private Condition readTest(JsonNode node, String at, JsonParser p) throws ConditionSyntaxException {
        JsonNode question = node.get(QUESTION);
        if (question == null) {
            throw new ConditionSyntaxException(p, at, "condition.noQuestion", String.join(", ", fieldNames(node)));
        }
        if (!question.isTextual() || question.asText().isBlank()) {
            throw new ConditionSyntaxException(p, FieldPath.child(at, QUESTION), "condition.questionId");
        }
        Condition.Operator operator = null;
        for (Condition.Operator candidate : Condition.Operator.values()) {
            if (node.has(candidate.key())) {
                if (operator != null) {
                    throw new ConditionSyntaxException(
                            p,
                            FieldPath.child(at, candidate.key()),
                            "condition.twoOperators",
                            operator.key(),
                            candidate.key());
                }
                operator = candidate;
            }
        }
        if (operator == null) {
            throw new ConditionSyntaxException(p, at, "condition.noOperator", question.asText(), operatorKeys());
        }
        String valueAt = FieldPath.child(at, operator.key());
        JsonNode value = node.get(operator.key());
        List<String> values = new ArrayList<>();
        if (operator.takesList()) {
            if (!value.isArray() || value.isEmpty()) {
                throw new ConditionSyntaxException(p, valueAt, "condition.needsValues", operator.key());
            }
            for (int i = 0; i < value.size(); i++) {
                values.add(scalar(value.get(i), FieldPath.child(valueAt, i), operator, p));
            }
        } else {
            values.add(scalar(value, valueAt, operator, p));
        }
        if (operator == Condition.Operator.ANSWERED
                && !List.of(Answer.YesNo.YES, Answer.YesNo.NO).contains(values.get(0))) {
            throw new ConditionSyntaxException(p, valueAt, "condition.answeredYesNo");
        }
        return new Condition.Test(question.asText(), operator, values);
    }

    private static String scalar(JsonNode v, String at, Condition.Operator op, JsonParser p)
            throws ConditionSyntaxException {
        if (v.isBoolean()) {
            return v.booleanValue() ? Answer.YesNo.YES : Answer.YesNo.NO;
        }
        if ((v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
            return v.asText();
        }
        if (v.isArray() && !op.takesList()) {
            throw new ConditionSyntaxException(p, at, "condition.oneValue", op.key(), listOperatorFor(op));
        }
        throw new ConditionSyntaxException(p, at, "condition.value", op.key());
    }

    /** For "is: [a, b]": the operator that takes a list. */
    private static String listOperatorFor(Condition.Operator op) {
        return op == Condition.Operator.HAS ? Condition.Operator.HAS_ANY.key() : Condition.Operator.IN.key();
    }

    private static void requireAlone(JsonNode node, String key, String at, JsonParser p)
            throws ConditionSyntaxException {
        if (node.size() != 1) {
            List<String> others = new ArrayList<>(fieldNames(node));
            others.remove(key);
            throw new ConditionSyntaxException(p, at, "condition.alone", key, String.join(", ", others));
        }
    }

    private static ConditionSyntaxException unknownKey(JsonParser p, String at, String key) {
        String where = FieldPath.child(at, key);
        return Suggestions.closest(key, keys())
                .map(guess -> new ConditionSyntaxException(p, where, "condition.unknownKey.guess", key, guess))
                .orElseGet(() ->
                        new ConditionSyntaxException(p, where, "condition.unknownKey", key, String.join(", ", keys())));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String operatorKeys() {
        return String.join(
                ", ",
                Arrays.stream(Condition.Operator.values())
                        .map(Condition.Operator::key)
                        .toList());
    }
}
