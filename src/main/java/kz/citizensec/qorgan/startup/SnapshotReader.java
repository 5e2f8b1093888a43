package kz.citizensec.qorgan.startup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.citizensec.qorgan.playbook.Alert;
import kz.citizensec.qorgan.playbook.Condition;
import kz.citizensec.qorgan.playbook.Deadline;
import kz.citizensec.qorgan.playbook.Glossary;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Reference;
import kz.citizensec.qorgan.playbook.ReferenceKind;
import kz.citizensec.qorgan.playbook.SourceStatus;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Templates;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.playbook.UrgencyRule;

/** Reads what {@link SnapshotWriter} wrote, in the same order; a cut-short array throws. */
final class SnapshotReader {

    private static final QuestionType[] TYPES = QuestionType.values();
    private static final Urgency[] URGENCIES = Urgency.values();
    private static final ReferenceKind[] KINDS = ReferenceKind.values();
    private static final SourceStatus[] STATUSES = SourceStatus.values();
    private static final Condition.Operator[] OPERATORS = Condition.Operator.values();

    private final byte[] bytes;
    private int position;

    SnapshotReader(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean atEnd() {
        return position == bytes.length;
    }

    Guide guide() {
        String id = string();
        String version = string();
        LocalizedText title = text();
        List<String> languages = strings();
        List<String> allowedDomains = strings();
        List<Question> questions = list(this::question);
        List<Step> steps = list(this::step);
        List<Reference> references = list(this::reference);
        int templateCount = size();
        Map<String, Templates.Template> templates = new LinkedHashMap<>();
        for (int i = 0; i < templateCount; i++) {
            templates.put(string(), new Templates.Template(string(), string(), string(), string()));
        }
        int caseCount = size();
        Map<String, Condition> cases = new LinkedHashMap<>();
        for (int i = 0; i < caseCount; i++) {
            cases.put(string(), condition());
        }
        Glossary glossary = new Glossary(list(this::term));
        List<GuideDocument> documents = list(() ->
                present() ? new GuideDocument(string(), condition(), strings(), strings(), string(), string()) : null);
        return new Guide(
                id,
                version,
                title,
                languages,
                allowedDomains,
                questions,
                steps,
                references,
                new Templates(templates),
                glossary,
                cases,
                documents);
    }

    Question question() {
        if (!present()) {
            return null;
        }
        return new Question(
                string(),
                constant(TYPES),
                text(),
                text(),
                text(),
                bool(),
                condition(),
                list(() -> present() ? new Option(string(), text(), bool(), text(), text()) : null),
                list(this::question),
                present() ? new Alert(condition(), text(), text()) : null,
                bool());
    }

    Step step() {
        if (!present()) {
            return null;
        }
        return new Step(
                string(),
                condition(),
                constant(URGENCIES),
                list(() -> present() ? new UrgencyRule(condition(), constant(URGENCIES)) : null),
                text(),
                text(),
                list(this::text),
                strings(),
                present() ? new Deadline(string(), integer(), text(), text(), string()) : null,
                strings(),
                strings());
    }

    Reference reference() {
        return present()
                ? new Reference(string(), constant(KINDS), string(), text(), text(), string(), constant(STATUSES))
                : null;
    }

    Glossary.Term term() {
        if (!present()) {
            return null;
        }
        return new Glossary.Term(string(), text(), byLanguage(), byLanguage());
    }

    Map<String, List<String>> byLanguage() {
        int size = size();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            lists.put(string(), strings());
        }
        return lists;
    }

    Condition condition() {
        return switch (bytes[position++]) {
            case 0 -> null;
            case 1 -> new Condition.All(list(this::condition));
            case 2 -> new Condition.Any(list(this::condition));
            case 3 -> new Condition.Not(condition());
            case 4 -> new Condition.Test(string(), constant(OPERATORS), strings());
            default -> throw new IllegalStateException("unknown condition tag at " + (position - 1));
        };
    }

    LocalizedText text() {
        if (!present()) {
            return null;
        }
        int size = size();
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            byLanguage.put(string(), string());
        }
        return new LocalizedText(byLanguage);
    }

    List<String> strings() {
        return list(this::string);
    }

    <T> List<T> list(Supplier<T> element) {
        int size = size();
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    <E extends Enum<E>> E constant(E[] values) {
        int ordinal = integer();
        return ordinal < 0 ? null : values[ordinal];
    }

    String string() {
        int length = integer();
        if (length < 0) {
            return null;
        }
        String string = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return string;
    }

    boolean bool() {
        return bytes[position++] != 0;
    }

    boolean present() {
        return bool();
    }

    int size() {
        int size = integer();
        if (size < 0 || size > bytes.length - position) {
            throw new IllegalStateException("bad size " + size + " at " + position);
        }
        return size;
    }

    long longInteger() {
        return (long) integer() << 32 | integer() & 0xffff_ffffL;
    }

    int integer() {
        int value = (bytes[position] & 0xff) << 24
                | (bytes[position + 1] & 0xff) << 16
                | (bytes[position + 2] & 0xff) << 8
                | bytes[position + 3] & 0xff;
        position += 4;
        return value;
    }
}
