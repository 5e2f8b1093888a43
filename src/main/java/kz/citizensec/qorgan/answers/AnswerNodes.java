package kz.citizensec.qorgan.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;

/**
 * One answer as written in a file, checked as the interview checks it typed, through the same
 * {@link AnswerParser}.
 */
final class AnswerNodes {

    private final AnswerParser parser;
    private final Nodes nodes;

    AnswerNodes(AnswerParser parser, Nodes nodes) {
        this.parser = parser;
        this.nodes = nodes;
    }

    Answer answer(Question question, YamlTree node, String field) {
        return switch (question.type()) {
            case SINGLE -> new Answer.Choice(optionId(question, node, nodes.scalar(node, field), field));
            case MULTI -> choices(question, node, field);
            case TEXT_LIST -> parsed(question, node, String.join("\n", nodes.list(node, field)), field);
            case GROUP -> group(question, node, field);
            default -> parsed(question, node, nodes.scalar(node, field), field);
        };
    }

    private Answer choices(Question question, YamlTree node, String field) {
        List<String> ids = new ArrayList<>();
        if (node instanceof YamlTree.Sequence sequence) {
            for (YamlTree item : sequence.items()) {
                ids.add(optionId(question, item, nodes.scalar(item, field), field));
            }
        } else {
            ids.add(optionId(question, node, nodes.scalar(node, field), field));
        }
        return parsed(question, node, String.join(" ", ids), field);
    }

    /** An option id; YAML reads yes and no as booleans, so they count as the ids "yes"/"no". */
    private String optionId(Question question, YamlTree node, String typed, String field) {
        List<String> ids = question.options().stream().map(Option::id).toList();
        if (!ids.contains(typed)) {
            throw nodes.problems().unknown(node, field, "file.unknownOption", typed, ids);
        }
        return typed;
    }

    private Answer group(Question question, YamlTree node, String field) {
        if (!(node instanceof YamlTree.Sequence sequence)) {
            throw nodes.problems().at(node, field, "file.expectedList");
        }
        List<String> fieldIds = question.fields().stream().map(Question::id).toList();
        List<Map<String, Answer>> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlTree item = sequence.items().get(i);
            String itemField = field + "[" + i + "]";
            if (!(item instanceof YamlTree.Mapping mapping)) {
                throw nodes.problems().at(item, itemField, "file.expectedMap", String.join(", ", fieldIds));
            }
            Map<String, Answer> values = new LinkedHashMap<>();
            for (var entry : mapping.entries().entrySet()) {
                String key = entry.getKey();
                Question sub = question.field(key)
                        .orElseThrow(() -> nodes.problems()
                                .unknown(entry.getValue(), itemField + "." + key, "file.unknownField", key, fieldIds));
                values.put(key, answer(sub, entry.getValue(), itemField + "." + key));
            }
            for (Question sub : question.fields()) {
                if (!sub.optional() && !values.containsKey(sub.id())) {
                    throw nodes.problems()
                            .at(
                                    item,
                                    itemField + "." + sub.id(),
                                    "file.missing",
                                    RequiredAnswers.expected(nodes.problems().messages(), sub));
                }
            }
            items.add(values);
        }
        return new Answer.Group(items);
    }

    private Answer parsed(Question question, YamlTree node, String typed, String field) {
        Parsed result = parser.parse(question, typed);
        if (result instanceof Parsed.Invalid invalid) {
            throw nodes.problems().at(node, field, "file.invalidAnswer", invalid.message());
        }
        return ((Parsed.Ok) result).answer();
    }
}
