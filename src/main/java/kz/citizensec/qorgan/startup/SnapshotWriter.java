package kz.citizensec.qorgan.startup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.playbook.Alert;
import kz.citizensec.qorgan.playbook.Condition;
import kz.citizensec.qorgan.playbook.Deadline;
import kz.citizensec.qorgan.playbook.Glossary;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.Reference;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Templates;
import kz.citizensec.qorgan.playbook.UrgencyRule;

/**
 * Writes each value of the model for {@link GuideSnapshot}, in the order {@link SnapshotReader}
 * reads them; every reference may be null, as a loaded guide may hold nulls.
 */
record SnapshotWriter(DataOutputStream out) {

    void guide(Guide guide) throws IOException {
        string(guide.id());
        string(guide.version());
        text(guide.title());
        strings(guide.languages());
        strings(guide.allowedDomains());
        out.writeInt(guide.questions().size());
        for (Question question : guide.questions()) {
            question(question);
        }
        out.writeInt(guide.steps().size());
        for (Step step : guide.steps()) {
            step(step);
        }
        out.writeInt(guide.references().size());
        for (Reference reference : guide.references()) {
            reference(reference);
        }
        out.writeInt(guide.templates().byKey().size());
        for (Map.Entry<String, Templates.Template> entry :
                guide.templates().byKey().entrySet()) {
            string(entry.getKey());
            Templates.Template template = entry.getValue();
            string(template.document());
            string(template.lang());
            string(template.file());
            string(template.source());
        }
        out.writeInt(guide.cases().size());
        for (Map.Entry<String, Condition> named : guide.cases().entrySet()) {
            string(named.getKey());
            condition(named.getValue());
        }
        out.writeInt(guide.glossary().terms().size());
        for (Glossary.Term term : guide.glossary().terms()) {
            if (present(term)) {
                string(term.id());
                text(term.use());
                byLanguage(term.avoid());
                byLanguage(term.allow());
            }
        }
        out.writeInt(guide.documents().size());
        for (GuideDocument document : guide.documents()) {
            if (present(document)) {
                string(document.id());
                condition(document.when());
                strings(document.sources());
                strings(document.formats());
                string(document.language());
                string(document.email());
            }
        }
    }

    void question(Question question) throws IOException {
        if (present(question)) {
            string(question.id());
            constant(question.type());
            text(question.text());
            text(question.help());
            text(question.hint());
            out.writeBoolean(question.optional());
            condition(question.when());
            out.writeInt(question.options().size());
            for (Option option : question.options()) {
                if (present(option)) {
                    string(option.id());
                    text(option.text());
                    out.writeBoolean(option.exclusive());
                    text(option.meaning());
                    text(option.phrase());
                }
            }
            out.writeInt(question.fields().size());
            for (Question field : question.fields()) {
                question(field);
            }
            Alert alert = question.alert();
            if (present(alert)) {
                condition(alert.when());
                text(alert.title());
                text(alert.text());
            }
            out.writeBoolean(question.afterPlan());
        }
    }

    void step(Step step) throws IOException {
        if (present(step)) {
            string(step.id());
            condition(step.when());
            constant(step.urgency());
            out.writeInt(step.urgencyIf().size());
            for (UrgencyRule rule : step.urgencyIf()) {
                if (present(rule)) {
                    condition(rule.when());
                    constant(rule.urgency());
                }
            }
            text(step.title());
            text(step.why());
            out.writeInt(step.how().size());
            for (LocalizedText line : step.how()) {
                text(line);
            }
            strings(step.contacts());
            Deadline deadline = step.deadline();
            if (present(deadline)) {
                string(deadline.from());
                out.writeInt(deadline.days());
                text(deadline.text());
                text(deadline.passed());
                string(deadline.source());
            }
            strings(step.sources());
            strings(step.papers());
        }
    }

    void reference(Reference reference) throws IOException {
        if (present(reference)) {
            string(reference.id());
            constant(reference.kind());
            string(reference.value());
            text(reference.name());
            text(reference.note());
            string(reference.source());
            constant(reference.status());
        }
    }

    void byLanguage(Map<String, List<String>> lists) throws IOException {
        out.writeInt(lists.size());
        for (Map.Entry<String, List<String>> entry : lists.entrySet()) {
            string(entry.getKey());
            strings(entry.getValue());
        }
    }

    void condition(Condition condition) throws IOException {
        if (condition instanceof Condition.All all) {
            out.writeByte(1);
            conditions(all.conditions());
        } else if (condition instanceof Condition.Any any) {
            out.writeByte(2);
            conditions(any.conditions());
        } else if (condition instanceof Condition.Not not) {
            out.writeByte(3);
            condition(not.condition());
        } else if (condition instanceof Condition.Test test) {
            out.writeByte(4);
            string(test.question());
            constant(test.operator());
            strings(test.values());
        } else {
            out.writeByte(0);
        }
    }

    void conditions(List<Condition> conditions) throws IOException {
        out.writeInt(conditions.size());
        for (Condition condition : conditions) {
            condition(condition);
        }
    }

    void text(LocalizedText text) throws IOException {
        if (present(text)) {
            out.writeInt(text.byLanguage().size());
            for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
                string(entry.getKey());
                string(entry.getValue());
            }
        }
    }

    void strings(List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            string(string);
        }
    }

    void constant(Enum<?> constant) throws IOException {
        out.writeInt(constant == null ? -1 : constant.ordinal());
    }

    void string(String string) throws IOException {
        if (string == null) {
            out.writeInt(-1);
        } else {
            byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private boolean present(Object value) throws IOException {
        out.writeBoolean(value != null);
        return value != null;
    }
}
