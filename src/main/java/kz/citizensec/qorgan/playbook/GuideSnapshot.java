package kz.citizensec.qorgan.playbook;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The bundled guide as loaded at build time, in a small binary form read at start-up instead of
 * its YAML: the bundled guide is read by every run of {@code assess} and {@code plan}, and its
 * YAML costs Jackson's start-up each time.
 *
 * <p>Why a hand-written form and not Java serialization: loading the default guide in a cold JVM
 * with AppCDS took about 20 ms in this form, 75 ms as Java serialization of the same records (its
 * reflective machinery starts up on every run) and 150 ms from the YAML. The form needs no
 * compatibility: the build writes it and the same jar reads it; it starts with a magic number, a
 * version and a CRC-32 of the rest.
 *
 * <p>It is a cache and nothing more: a missing or unreadable snapshot means the YAML is read,
 * and a guide that cannot be loaded gets no snapshot (so its errors show as without one). A test
 * checks that the snapshot equals the guide loaded from the YAML.
 */
final class GuideSnapshot {

    private static final int MAGIC = 0x51_47_53_4e; // "QGSN"
    private static final int VERSION = 1;
    /** Magic number, version and the CRC-32 of the rest. */
    private static final int HEADER = 16;

    private GuideSnapshot() {}

    /** The resource holding the snapshot of a bundled guide, beside the guide's folder. */
    static String resource(String guideId) {
        return "/guides/" + guideId + ".snapshot";
    }

    /** The bundled guide's snapshot, or empty when it is missing or cannot be read. */
    static Optional<Guide> bundled(String guideId) {
        return from(GuideSnapshot.class.getResourceAsStream(resource(guideId)));
    }

    /** The guide in a snapshot's bytes, or empty when there are none ({@code null}) or they are not a snapshot. */
    static Optional<Guide> from(InputStream snapshot) {
        if (snapshot == null) {
            return Optional.empty();
        }
        try (InputStream in = snapshot) {
            return Optional.of(read(in.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            // A damaged snapshot is no error: the YAML it was made from is there to be read.
            return Optional.empty();
        }
    }

    static byte[] write(Guide guide) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(128 * 1024);
        try (DataOutputStream out = new DataOutputStream(payload)) {
            new Writer(out).guide(guide);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(payload.toByteArray());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.size() + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(crc.getValue());
            payload.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException if the bytes are not a whole, undamaged snapshot of this version */
    static Guide read(byte[] bytes) throws IOException {
        Reader in = new Reader(bytes);
        if (bytes.length < HEADER || in.integer() != MAGIC || in.integer() != VERSION) {
            throw new IOException("not a guide snapshot of version " + VERSION);
        }
        long expected = in.longInteger();
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, bytes.length - HEADER);
        if (crc.getValue() != expected) {
            throw new IOException("damaged guide snapshot");
        }
        Guide guide = in.guide();
        if (in.position != bytes.length) {
            throw new IOException("trailing bytes in guide snapshot");
        }
        return guide;
    }

    /** Writes each value of the model; every reference may be null, as a loaded guide may hold nulls. */
    private record Writer(DataOutputStream out) {

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
            for (Map.Entry<String, Templates.Template> entry : guide.templates().byKey().entrySet()) {
                string(entry.getKey());
                Templates.Template template = entry.getValue();
                string(template.document());
                string(template.lang());
                string(template.file());
                string(template.source());
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
                }
                strings(step.sources());
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

    /** Reads what {@link Writer} wrote, in the same order; a cut-short array throws. */
    private static final class Reader {

        private static final QuestionType[] TYPES = QuestionType.values();
        private static final Urgency[] URGENCIES = Urgency.values();
        private static final ReferenceKind[] KINDS = ReferenceKind.values();
        private static final SourceStatus[] STATUSES = SourceStatus.values();
        private static final Condition.Operator[] OPERATORS = Condition.Operator.values();

        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
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
            return new Guide(id, version, title, languages, allowedDomains, questions, steps, references,
                    new Templates(templates));
        }

        Question question() {
            if (!present()) {
                return null;
            }
            return new Question(string(), constant(TYPES), text(), text(), text(), bool(), condition(),
                    list(() -> present() ? new Option(string(), text(), bool(), text()) : null),
                    list(this::question),
                    present() ? new Alert(condition(), text(), text()) : null);
        }

        Step step() {
            if (!present()) {
                return null;
            }
            return new Step(string(), condition(), constant(URGENCIES),
                    list(() -> present() ? new UrgencyRule(condition(), constant(URGENCIES)) : null),
                    text(), text(), list(this::text), strings(),
                    present() ? new Deadline(string(), integer(), text(), text()) : null,
                    strings());
        }

        Reference reference() {
            return present()
                    ? new Reference(string(), constant(KINDS), string(), text(), text(), string(), constant(STATUSES))
                    : null;
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
            int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
                    | (bytes[position + 2] & 0xff) << 8 | bytes[position + 3] & 0xff;
            position += 4;
            return value;
        }
    }
}
