package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the condition language; a malformed rule is reported where it starts. */
final class ConditionDeserializer extends StdDeserializer<Condition> {

    ConditionDeserializer() {
        super(Condition.class);
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonNode node = p.readValueAsTree();
        return read(node, p, start);
    }

    private Condition read(JsonNode node, JsonParser p, JsonLocation at) throws JsonMappingException {
        if (node == null || !node.isObject() || node.size() == 0) {
            throw problem(p, at, "a condition: a map with all, any, not, or question and one of "
                    + operatorKeys());
        }
        if (node.has("all") || node.has("any")) {
            String key = node.has("all") ? "all" : "any";
            requireOnly(node, p, at, key);
            JsonNode list = node.get(key);
            if (!list.isArray() || list.isEmpty()) {
                throw problem(p, at, "'" + key + "': a non-empty list of conditions");
            }
            List<Condition> parts = new ArrayList<>();
            for (JsonNode part : list) {
                parts.add(read(part, p, at));
            }
            return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
        }
        if (node.has("not")) {
            requireOnly(node, p, at, "not");
            return new Condition.Not(read(node.get("not"), p, at));
        }
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual()) {
            throw problem(p, at, "a condition: all, any, not, or 'question: <id>' with one of "
                    + operatorKeys() + "; found " + fieldNames(node));
        }
        Condition.Operator operator = null;
        for (Condition.Operator candidate : Condition.Operator.values()) {
            if (node.has(candidate.key())) {
                if (operator != null) {
                    throw problem(p, at, "one operator per test, not both '" + operator.key()
                            + "' and '" + candidate.key() + "'");
                }
                operator = candidate;
            }
        }
        if (operator == null || node.size() != 2) {
            throw problem(p, at, "'question: " + question.asText() + "' with exactly one of "
                    + operatorKeys() + "; found " + fieldNames(node));
        }
        JsonNode value = node.get(operator.key());
        List<String> values = new ArrayList<>();
        if (operator.takesList()) {
            if (!value.isArray() || value.isEmpty()) {
                throw problem(p, at, "'" + operator.key() + "': a non-empty list of option ids");
            }
            for (JsonNode v : value) {
                values.add(scalar(v, p, at, operator));
            }
        } else {
            values.add(scalar(value, p, at, operator));
        }
        return new Condition.Test(question.asText(), operator, values);
    }

    private static String scalar(JsonNode v, JsonParser p, JsonLocation at, Condition.Operator op)
            throws JsonMappingException {
        if (v.isBoolean()) {
            return v.booleanValue() ? Answer.YesNo.YES : Answer.YesNo.NO;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        throw problem(p, at, "'" + op.key() + "': an option id, yes or no");
    }

    private static void requireOnly(JsonNode node, JsonParser p, JsonLocation at, String key)
            throws JsonMappingException {
        if (node.size() != 1) {
            throw problem(p, at, "'" + key + "' alone in its map; found " + fieldNames(node));
        }
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String operatorKeys() {
        return String.join(", ", Arrays.stream(Condition.Operator.values())
                .map(Condition.Operator::key).toList());
    }

    private static JsonMappingException problem(JsonParser p, JsonLocation at, String expected) {
        return new JsonMappingException(p, "expected " + expected, at);
    }
}
