package kz.citizensec.qorgan.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;

/**
 * Writes answers in the answers-file format of DESIGN.md ({@code answers:} by question id), so
 * that a failing combination can be replayed with {@code qorgan plan --answers FILE}.
 */
final class AnswersYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private AnswersYaml() {}

    static String write(Answers answers) {
        Map<String, Object> byId = new LinkedHashMap<>();
        answers.byQuestion().forEach((id, answer) -> byId.put(id, plain(answer)));
        try {
            return MAPPER.writeValueAsString(Map.of("answers", byId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps, lists and texts always write", e);
        }
    }

    /** The value as the answers file spells it; Java 17 has no switch over sealed types yet. */
    private static Object plain(Answer answer) {
        if (answer instanceof Answer.YesNo yesNo) {
            return yesNo.value();
        } else if (answer instanceof Answer.Choice choice) {
            return choice.id();
        } else if (answer instanceof Answer.Choices choices) {
            return List.copyOf(choices.ids());
        } else if (answer instanceof Answer.Date date) {
            return date.value().toString();
        } else if (answer instanceof Answer.Money money) {
            return money.value();
        } else if (answer instanceof Answer.Text text) {
            return text.value();
        } else if (answer instanceof Answer.TextList list) {
            return list.values();
        } else if (answer instanceof Answer.Group group) {
            return group.items().stream().map(item -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                item.forEach((id, value) -> fields.put(id, plain(value)));
                return fields;
            }).toList();
        }
        throw new IllegalArgumentException("unknown answer " + answer);
    }
}
