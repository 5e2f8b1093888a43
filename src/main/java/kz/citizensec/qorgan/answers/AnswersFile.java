package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kz.citizensec.qorgan.core.BoundedRead;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.Suggestions;
import kz.citizensec.qorgan.core.Utf8;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.NoAliasParser;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.YamlSyntax;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes answers files (the format of DESIGN.md, shared by {@code assess --save-answers}
 * and {@code plan --answers}). Reading checks every answer against the guide as the interview
 * would, through the same {@link AnswerParser}; a problem is an {@link InvalidInputException}
 * (exit 3) naming the file, line, column and question, in the user's language.
 */
public final class AnswersFile {

    private static final int MAX_BYTES = 256 * 1024;
    /** An answers file goes four levels deep (answers, a group, an item, a list); this is plenty. */
    private static final int MAX_DEPTH = 8;

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("lang", "report_lang", "answers", "progress");
    private static final List<String> PROGRESS_KEYS = List.of("events", "steps");
    private static final List<String> STEP_KEYS = List.of("done", "reference", "note");

    private final Guide guide;
    private final Messages messages;
    private final AnswerParser parser;
    private final LocalDate today;
    private final Supplier<FollowUp> followUp;
    private final YAMLFactory factory = factory();

    /** A reader that does not check the ids of a case file's events (it keeps them as written). */
    public AnswersFile(Guide guide, Lang lang, LocalDate today) {
        this(guide, lang, today, null);
    }

    /**
     * @param followUp the guide's events, asked for only when a file has a progress section with
     *     events; their ids are then checked; null: not checked
     */
    public AnswersFile(Guide guide, Lang lang, LocalDate today, Supplier<FollowUp> followUp) {
        this.guide = guide;
        this.messages = Messages.of(AnswerParser.BUNDLE, lang);
        this.parser = new AnswerParser(lang, today);
        this.today = today;
        this.followUp = followUp;
    }

    private static YAMLFactory factory() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(10);
        limits.setCodePointLimit(MAX_BYTES);
        limits.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
    }

    /** Reads and checks a file; answers of questions the guide would not ask are refused too. */
    public AnswersDocument read(Path file) {
        return parse(text(file), file.toString());
    }

    /**
     * Only the languages a file asks for ({@code lang}, {@code report_lang}), its answers not
     * read nor checked (they come back empty); neither language when the file cannot be read or
     * a language is not one the guide speaks. For a reader that only needs to know them ahead.
     */
    public AnswersDocument readLanguages(Path file) {
        String name = file.toString();
        try {
            if (YamlTree.read(factory, text(file), MAX_DEPTH) instanceof YamlTree.Mapping top) {
                Reader reader = new Reader(name);
                return new AnswersDocument(
                        reader.language(top, "lang"), reader.language(top, "report_lang"), Answers.NONE);
            }
        } catch (IOException | InvalidInputException e) {
            // neither language
        }
        return new AnswersDocument(Optional.empty(), Optional.empty(), Answers.NONE);
    }

    /**
     * The text of a file, refused when too large, missing, unreadable or not UTF-8. Any file is
     * read through {@link BoundedRead}: a device never fills the memory, a silent pipe is given up.
     */
    private String text(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = BoundedRead.bytes(file, MAX_BYTES);
        } catch (BoundedRead.TooLarge e) {
            throw fail(name, 0, 0, "", "file.tooLarge", MAX_BYTES / 1024);
        } catch (BoundedRead.TimedOut e) {
            throw fail(name, 0, 0, "", "file.silent", BoundedRead.PATIENCE.toSeconds());
        } catch (NoSuchFileException e) {
            throw fail(name, 0, 0, "", "file.notFound");
        } catch (IOException e) {
            throw fail(name, 0, 0, "", "file.unreadable", String.valueOf(e.getMessage()));
        }
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.Malformed e) {
            throw fail(name, e.line(), e.column(), "", "file.notUtf8");
        }
    }

    /** Checks the text of an answers file; {@code name} is how to name it in messages. */
    public AnswersDocument parse(String yaml, String name) {
        YamlTree root;
        try {
            root = YamlTree.read(factory, yaml, MAX_DEPTH);
        } catch (YamlTree.TooDeep e) {
            throw fail(name, e.line(), e.column(), "", "file.tooDeep", MAX_DEPTH);
        } catch (YamlTree.SecondDocument e) {
            throw fail(name, e.line(), e.column(), "", "file.secondDocument");
        } catch (NoAliasParser.AliasException e) {
            var at = e.getLocation();
            throw fail(name, at.getLineNr(), at.getColumnNr(), "", e.anchor() ? "file.anchor" : "file.alias", e.name());
        } catch (JsonProcessingException e) {
            Optional<YamlSyntax.Explained> syntax = YamlSyntax.explain(e, yaml, messages.lang());
            if (syntax.isPresent()) {
                throw syntax.get().recognised()
                        ? fail(
                                name,
                                syntax.get().line(),
                                syntax.get().column(),
                                "",
                                "file.syntax",
                                syntax.get().message())
                        : fail(name, syntax.get().line(), syntax.get().column(), "", "file.syntaxOther");
            }
            var at = e.getLocation();
            throw fail(
                    name,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "",
                    "file.syntax",
                    firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw fail(name, 0, 0, "", "file.unreadable", String.valueOf(e.getMessage()));
        }
        return new Reader(name).read(root);
    }

    /**
     * Refuses answers that lack a required question that these answers make the guide ask
     * (an optional one may be missing: it becomes a blank to fill by hand).
     */
    public void requireComplete(AnswersDocument document, String name) {
        List<Problem> problems = new ArrayList<>();
        for (Question question : guide.questions()) {
            if (!question.optional()
                    && !document.answers().has(question.id())
                    && question.isAskedGiven(document.answers())) {
                problems.add(new Problem(
                        Problem.Severity.ERROR,
                        name,
                        0,
                        0,
                        question.id(),
                        messages.get("file.missing", expected(question))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The YAML text of an answers file, answers in the guide's order, as DESIGN.md shows it. */
    public String toYaml(AnswersDocument document) {
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
                writeProgress(out, document.progress());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("answers could not be written as YAML", e);
        }
        return text.toString();
    }

    private static void writeProgress(JsonGenerator out, CaseProgress progress) throws IOException {
        out.writeObjectFieldStart("progress");
        if (!progress.events().isEmpty()) {
            out.writeObjectFieldStart("events");
            for (var event : progress.events().entrySet()) {
                out.writeStringField(event.getKey(), event.getValue().toString());
            }
            out.writeEndObject();
        }
        if (!progress.steps().isEmpty()) {
            out.writeObjectFieldStart("steps");
            for (var step : progress.steps().entrySet()) {
                out.writeObjectFieldStart(step.getKey());
                CaseProgress.StepProgress done = step.getValue();
                if (done.done().isPresent()) {
                    out.writeStringField("done", done.done().get().toString());
                }
                if (done.reference().isPresent()) {
                    out.writeStringField("reference", done.reference().get());
                }
                if (done.note().isPresent()) {
                    out.writeStringField("note", done.note().get());
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
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

    private static void writeStrings(JsonGenerator out, java.util.Collection<String> values) throws IOException {
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private String expected(Question question) {
        return question.type().hasOptions()
                ? String.join(", ", question.options().stream().map(Option::id).toList())
                : messages.get("type." + question.type().id());
    }

    private InvalidInputException fail(String name, int line, int column, String field, String key, Object... args) {
        return new InvalidInputException(
                new Problem(Problem.Severity.ERROR, name, line, column, field, messages.get(key, args)));
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }

    private static String didYouMean(Messages messages, String typed, java.util.Collection<String> known) {
        return Suggestions.closest(typed, known)
                .map(s -> messages.get("file.didYouMean", s))
                .orElse("");
    }

    /** One pass over one file; stops at the first problem, which names its place. */
    private final class Reader {
        private final String name;

        Reader(String name) {
            this.name = name;
        }

        AnswersDocument read(YamlTree root) {
            if (!(root instanceof YamlTree.Mapping top)) {
                throw at(root, "", "file.notMap");
            }
            for (var entry : top.entries().entrySet()) {
                String key = entry.getKey();
                if (!TOP_LEVEL_KEYS.contains(key)) {
                    throw at(entry.getValue(), key, "file.unknownKey", key, didYouMean(messages, key, TOP_LEVEL_KEYS));
                }
            }
            Optional<Lang> lang = language(top, "lang");
            Optional<Lang> reportLang = language(top, "report_lang");
            YamlTree answersNode = top.entries().get("answers");
            if (!(answersNode instanceof YamlTree.Mapping given)) {
                throw at(answersNode == null ? top : answersNode, "answers", "file.noAnswers");
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            List<String> ids = guide.questions().stream().map(Question::id).toList();
            for (var entry : given.entries().entrySet()) {
                String id = entry.getKey();
                Question question = guide.question(id)
                        .orElseThrow(() ->
                                at(entry.getValue(), id, "file.unknownQuestion", id, didYouMean(messages, id, ids)));
                answers.put(id, answer(question, entry.getValue(), id));
            }
            // An answer the other answers no longer ask for is left out, as the interview drops it
            // after a change: a case file kept for weeks stays readable when the guide asks less.
            Answers checked = new Answers(answers);
            for (Question question : guide.questions()) {
                if (checked.has(question.id()) && !question.isAskedGiven(checked)) {
                    checked = checked.without(question.id());
                }
            }
            YamlTree progress = top.entries().get("progress");
            return new AnswersDocument(
                    lang,
                    reportLang,
                    checked,
                    progress == null ? CaseProgress.NONE : progress(progress, firstDate(checked)));
        }

        /** The earliest date answered (the incident's): nothing of the case was done before it. */
        private Optional<LocalDate> firstDate(Answers answers) {
            return guide.questions().stream()
                    .map(q -> answers.get(q.id()))
                    .flatMap(Optional::stream)
                    .filter(Answer.Date.class::isInstance)
                    .map(a -> ((Answer.Date) a).value())
                    .min(LocalDate::compareTo);
        }

        private CaseProgress progress(YamlTree node, Optional<LocalDate> incident) {
            YamlTree.Mapping section = mapping(node, "progress", PROGRESS_KEYS);
            Map<String, LocalDate> events = new LinkedHashMap<>();
            Map<String, CaseProgress.StepProgress> steps = new LinkedHashMap<>();
            YamlTree eventsNode = section.entries().get("events");
            if (eventsNode != null) {
                List<String> known = followUp == null
                        ? null
                        : followUp.get().events().stream()
                                .map(FollowUp.CaseEvent::id)
                                .toList();
                for (var entry : mapping(eventsNode, "progress.events", List.of())
                        .entries()
                        .entrySet()) {
                    String id = entry.getKey();
                    String field = "progress.events." + id;
                    if (known != null && !known.contains(id)) {
                        throw at(
                                entry.getValue(),
                                field,
                                "file.unknownEvent",
                                id,
                                String.join(", ", known),
                                didYouMean(messages, id, known));
                    }
                    events.put(id, date(entry.getValue(), field, incident));
                }
            }
            YamlTree stepsNode = section.entries().get("steps");
            if (stepsNode != null) {
                List<String> known = guide.steps().stream().map(Step::id).toList();
                for (var entry : mapping(stepsNode, "progress.steps", List.of())
                        .entries()
                        .entrySet()) {
                    String id = entry.getKey();
                    String field = "progress.steps." + id;
                    if (!known.contains(id)) {
                        throw at(
                                entry.getValue(),
                                field,
                                "file.unknownStep",
                                id,
                                String.join(", ", known),
                                didYouMean(messages, id, known));
                    }
                    steps.put(id, step(entry.getValue(), field, incident));
                }
            }
            return new CaseProgress(events, steps);
        }

        private CaseProgress.StepProgress step(YamlTree node, String field, Optional<LocalDate> incident) {
            YamlTree.Mapping values = mapping(node, field, STEP_KEYS);
            YamlTree done = values.entries().get("done");
            return new CaseProgress.StepProgress(
                    done == null ? Optional.empty() : Optional.of(date(done, field + ".done", incident)),
                    line(values.entries().get("reference"), field + ".reference"),
                    line(values.entries().get("note"), field + ".note"));
        }

        /** A map whose keys are {@code keys} (any key when empty). */
        private YamlTree.Mapping mapping(YamlTree node, String field, List<String> keys) {
            if (!(node instanceof YamlTree.Mapping map)) {
                throw at(node, field, "file.expectedMap", String.join(", ", keys));
            }
            for (var entry : map.entries().entrySet()) {
                if (!keys.isEmpty() && !keys.contains(entry.getKey())) {
                    throw at(
                            entry.getValue(),
                            field + "." + entry.getKey(),
                            "file.unknownField",
                            entry.getKey(),
                            String.join(", ", keys),
                            didYouMean(messages, entry.getKey(), keys));
                }
            }
            return map;
        }

        /** A day something was done: written YYYY-MM-DD, not after today nor before the incident. */
        private LocalDate date(YamlTree node, String field, Optional<LocalDate> incident) {
            LocalDate date;
            try {
                date = LocalDate.parse(scalar(node, field));
            } catch (java.time.format.DateTimeParseException e) {
                throw at(node, field, "file.progressDate");
            }
            if (date.isAfter(today)) {
                throw at(node, field, "file.progressFuture", date);
            }
            if (incident.isPresent() && date.isBefore(incident.get())) {
                throw at(node, field, "file.progressBeforeIncident", date, incident.get());
            }
            return date;
        }

        /** Typed text of one line, kept as typed (the documents clean and escape it). */
        private Optional<String> line(YamlTree node, String field) {
            if (node == null) {
                return Optional.empty();
            }
            String text = scalar(node, field).strip();
            if (text.length() > CaseProgress.MAX_TEXT || text.contains("\n")) {
                throw at(node, field, "file.progressText", CaseProgress.MAX_TEXT);
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        private Optional<Lang> language(YamlTree.Mapping top, String key) {
            YamlTree node = top.entries().get(key);
            if (node == null || node instanceof YamlTree.Scalar scalar && scalar.kind() == YamlTree.Scalar.Kind.NULL) {
                return Optional.empty();
            }
            String text = node instanceof YamlTree.Scalar scalar ? scalar.text() : "";
            Optional<Lang> spoken = node instanceof YamlTree.Scalar scalar && scalar.kind() == YamlTree.Scalar.Kind.TEXT
                    ? guide.spoken(text)
                    : Optional.empty();
            if (spoken.isEmpty()) {
                throw at(node, key, "file.lang", text, String.join(", ", guide.languages()));
            }
            return spoken;
        }

        private Answer answer(Question question, YamlTree node, String field) {
            return switch (question.type()) {
                case SINGLE -> new Answer.Choice(optionId(question, node, scalar(node, field), field));
                case MULTI -> choices(question, node, field);
                case TEXT_LIST -> parsed(question, node, String.join("\n", list(node, field)), field);
                case GROUP -> group(question, node, field);
                default -> parsed(question, node, scalar(node, field), field);
            };
        }

        private Answer choices(Question question, YamlTree node, String field) {
            List<String> ids = new ArrayList<>();
            if (node instanceof YamlTree.Sequence sequence) {
                for (YamlTree item : sequence.items()) {
                    ids.add(optionId(question, item, scalar(item, field), field));
                }
            } else {
                ids.add(optionId(question, node, scalar(node, field), field));
            }
            return parsed(question, node, String.join(" ", ids), field);
        }

        /** An option id; YAML reads yes and no as booleans, so they count as the ids "yes"/"no". */
        private String optionId(Question question, YamlTree node, String typed, String field) {
            List<String> ids = question.options().stream().map(Option::id).toList();
            if (!ids.contains(typed)) {
                throw at(
                        node,
                        field,
                        "file.unknownOption",
                        typed,
                        String.join(", ", ids),
                        didYouMean(messages, typed, ids));
            }
            return typed;
        }

        private Answer group(Question question, YamlTree node, String field) {
            if (!(node instanceof YamlTree.Sequence sequence)) {
                throw at(node, field, "file.expectedList");
            }
            List<String> fieldIds = question.fields().stream().map(Question::id).toList();
            List<Map<String, Answer>> items = new ArrayList<>();
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlTree item = sequence.items().get(i);
                String itemField = field + "[" + i + "]";
                if (!(item instanceof YamlTree.Mapping mapping)) {
                    throw at(item, itemField, "file.expectedMap", String.join(", ", fieldIds));
                }
                Map<String, Answer> values = new LinkedHashMap<>();
                for (var entry : mapping.entries().entrySet()) {
                    String key = entry.getKey();
                    Question sub = question.field(key)
                            .orElseThrow(() -> at(
                                    entry.getValue(),
                                    itemField + "." + key,
                                    "file.unknownField",
                                    key,
                                    String.join(", ", fieldIds),
                                    didYouMean(messages, key, fieldIds)));
                    values.put(key, answer(sub, entry.getValue(), itemField + "." + key));
                }
                for (Question sub : question.fields()) {
                    if (!sub.optional() && !values.containsKey(sub.id())) {
                        throw at(item, itemField + "." + sub.id(), "file.missing", expected(sub));
                    }
                }
                items.add(values);
            }
            return new Answer.Group(items);
        }

        private Answer parsed(Question question, YamlTree node, String typed, String field) {
            Parsed result = parser.parse(question, typed);
            if (result instanceof Parsed.Invalid invalid) {
                throw at(node, field, "file.invalidAnswer", invalid.message());
            }
            return ((Parsed.Ok) result).answer();
        }

        /**
         * A scalar as written in the file (so 061211600012 keeps its leading zero); YAML's
         * true and false as "yes" and "no", the words the interview takes.
         */
        private String scalar(YamlTree node, String field) {
            if (!(node instanceof YamlTree.Scalar scalar) || scalar.kind() == YamlTree.Scalar.Kind.NULL) {
                throw at(node, field, "file.expectedScalar");
            }
            return switch (scalar.kind()) {
                case TRUE -> "yes";
                case FALSE -> "no";
                default -> scalar.text();
            };
        }

        private List<String> list(YamlTree node, String field) {
            if (!(node instanceof YamlTree.Sequence sequence)) {
                return List.of(scalar(node, field));
            }
            List<String> items = new ArrayList<>();
            for (YamlTree item : sequence.items()) {
                items.add(scalar(item, field));
            }
            return items;
        }

        private InvalidInputException at(YamlTree node, String field, String key, Object... args) {
            return fail(name, node.line(), node.column(), field, key, args);
        }
    }
}
