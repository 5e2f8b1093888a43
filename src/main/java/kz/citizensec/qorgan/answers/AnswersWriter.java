package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Question;

/**
 * Writes an answers file as DESIGN.md shows it, answers in the guide's order. The whole text is
 * made before anything is written: a caller writes all of it or, on a failure, nothing.
 */
final class AnswersWriter {

    private final Guide guide;
    private final YAMLFactory factory;

    AnswersWriter(Guide guide, YAMLFactory factory) {
        this.guide = guide;
        this.factory = factory;
    }

    String toYaml(AnswersDocument document) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = factory.createGenerator(text)) {
            out.writeStartObject();
            if (document.lang().isPresent()) {
                out.writeStringField("lang", document.lang().get().tag());
            }
            if (document.reportLang().isPresent()) {
                out.writeStringField("report_lang", document.reportLang().get().tag());
            }
            out.writeObjectFieldStart("answers");
            for (Question question : guide.questions()) {
                Optional<Answer> answer = document.answers().get(question.id());
                if (answer.isPresent()) {
                    out.writeFieldName(question.id());
                    write(out, answer.get());
                }
            }
            out.writeEndObject();
            if (!document.progress().isEmpty()) {
                ProgressSection.write(out, document.progress());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("answers could not be written as YAML", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator out, Answer answer) throws IOException {
        if (answer instanceof Answer.YesNo yesNo) {
            out.writeBoolean(yesNo.value());
        } else if (answer instanceof Answer.Choice choice) {
            out.writeString(choice.id());
        } else if (answer instanceof Answer.Choices choices) {
            writeStrings(out, choices.ids());
        } else if (answer instanceof Answer.Date date) {
            out.writeString(date.value().toString());
        } else if (answer instanceof Answer.Money money) {
            out.writeNumber(money.value());
        } else if (answer instanceof Answer.Text text) {
            out.writeString(text.value());
        } else if (answer instanceof Answer.TextList list) {
            writeStrings(out, list.values());
        } else {
            out.writeStartArray();
            for (Map<String, Answer> item : ((Answer.Group) answer).items()) {
                out.writeStartObject();
                for (var field : item.entrySet()) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    private static void writeStrings(JsonGenerator out, Collection<String> values) throws IOException {
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }
}
