package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.core.Suggestions;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes answers files (the format of DESIGN.md, shared by {@code assess --save-answers}
 * and {@code plan --answers}). Reading checks every answer against the guide as the interview
 * would, through the same {@link AnswerParser}; a problem is an {@link InvalidInputException}
 * (exit 3) naming the file, line, column and question, in the user's language.
 */
public final class AnswersFile {

    private static final int MAX_BYTES = 256 * 1024;
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("lang", "report_lang", "answers");

    private final Guide guide;
    private final Messages messages;
    private final AnswerParser parser;
    private final YAMLFactory factory = factory();
    private final ObjectMapper mapper = new YAMLMapper(factory);

    public AnswersFile(Guide guide, String lang, LocalDate today) {
        this.guide = guide;
        this.messages = Messages.of(AnswerParser.BUNDLE, lang);
        this.parser = new AnswerParser(lang, today);
    }

    private static YAMLFactory factory() {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(10);
        limits.setNestingDepthLimit(20);
        limits.setCodePointLimit(MAX_BYTES);
        limits.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(limits)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
    }

    /** Reads and checks a file; answers of questions the guide would not ask are refused too. */
    public AnswersDocument read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw fail(name, 0, 0, "", "file.tooLarge", MAX_BYTES / 1024);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(name, 0, 0, "", "file.notFound");
        } catch (IOException e) {
            throw fail(name, 0, 0, "", "file.unreadable", String.valueOf(e.getMessage()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail(name, 0, 0, "", "file.notUtf8");
        }
        return parse(text, name);
    }

    /** Checks the text of an answers file; {@code name} is how to name it in messages. */
    public AnswersDocument parse(String yaml, String name) {
        JsonNode root;
        YamlPositions positions;
        try {
            root = mapper.readTree(yaml);
            positions = YamlPositions.index(factory, yaml);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw fail(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "file.syntax", firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw fail(name, 0, 0, "", "file.unreadable", String.valueOf(e.getMessage()));
        }
        return new Reader(name, positions).read(root);
    }

    /**
     * Refuses answers that lack a required question that these answers make the guide ask
     * (an optional one may be missing: it becomes a blank to fill by hand).
     */
    public void requireComplete(AnswersDocument document, String name) {
        List<Problem> problems = new ArrayList<>();
        for (Question question : guide.questions()) {
            if (!question.optional() && !document.answers().has(question.id())
                    && question.isAskedGiven(document.answers())) {
                problems.add(new Problem(Problem.Severity.ERROR, name, 0, 0, question.id(),
                        messages.get("file.missing", expected(question))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The YAML text of an answers file, answers in the guide's order, as DESIGN.md shows it. */
    public String toYaml(AnswersDocument document) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        document.lang().ifPresent(lang -> root.put("lang", lang));
        document.reportLang().ifPresent(lang -> root.put("report_lang", lang));
        ObjectNode answers = root.putObject("answers");
        for (Question question : guide.questions()) {
            document.answers().get(question.id()).ifPresent(a -> answers.set(question.id(), toNode(a)));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers could not be written as YAML", e);
        }
    }

    private static JsonNode toNode(Answer answer) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (answer instanceof Answer.YesNo yesNo) {
            return nodes.booleanNode(yesNo.value());
        } else if (answer instanceof Answer.Choice choice) {
            return nodes.textNode(choice.id());
        } else if (answer instanceof Answer.Choices choices) {
            ArrayNode list = nodes.arrayNode();
            choices.ids().forEach(list::add);
            return list;
        } else if (answer instanceof Answer.Date date) {
            return nodes.textNode(date.value().toString());
        } else if (answer instanceof Answer.Money money) {
            return nodes.numberNode(money.value());
        } else if (answer instanceof Answer.Text text) {
            return nodes.textNode(text.value());
        } else if (answer instanceof Answer.TextList list) {
            ArrayNode items = nodes.arrayNode();
            list.values().forEach(items::add);
            return items;
        }
        ArrayNode items = nodes.arrayNode();
        for (Map<String, Answer> item : ((Answer.Group) answer).items()) {
            ObjectNode fields = items.addObject();
            item.forEach((field, value) -> fields.set(field, toNode(value)));
        }
        return items;
    }

    private String expected(Question question) {
        return question.type().hasOptions()
                ? String.join(", ", question.options().stream().map(Option::id).toList())
                : messages.get("type." + question.type().id());
    }

    private InvalidInputException fail(String name, int line, int column, String field, String key,
            Object... args) {
        return new InvalidInputException(new Problem(Problem.Severity.ERROR, name, line, column, field,
                messages.get(key, args)));
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }

    private static String didYouMean(Messages messages, String typed, java.util.Collection<String> known) {
        return Suggestions.closest(typed, known).map(s -> messages.get("file.didYouMean", s)).orElse("");
    }

    /** One pass over one file; stops at the first problem, which names its place. */
    private final class Reader {
        private final String name;
        private final YamlPositions positions;

        Reader(String name, YamlPositions positions) {
            this.name = name;
            this.positions = positions;
        }

        AnswersDocument read(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw at("", "", "file.notMap");
            }
            for (var names = root.fieldNames(); names.hasNext(); ) {
                String key = names.next();
                if (!TOP_LEVEL_KEYS.contains(key)) {
                    throw at("/" + key, key, "file.unknownKey", key, didYouMean(messages, key, TOP_LEVEL_KEYS));
                }
            }
            Optional<String> lang = language(root, "lang");
            Optional<String> reportLang = language(root, "report_lang");
            JsonNode answersNode = root.get("answers");
            if (answersNode == null || !answersNode.isObject()) {
                throw at(answersNode == null ? "" : "/answers", "answers", "file.noAnswers");
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            List<String> ids = guide.questions().stream().map(Question::id).toList();
            for (var fields = answersNode.fields(); fields.hasNext(); ) {
                var entry = fields.next();
                String id = entry.getKey();
                Question question = guide.question(id).orElseThrow(() -> at("/answers/" + id, id,
                        "file.unknownQuestion", id, didYouMean(messages, id, ids)));
                answers.put(id, answer(question, entry.getValue(), "/answers/" + id, id));
            }
            Answers checked = new Answers(answers);
            for (String id : answers.keySet()) {
                Question question = guide.question(id).orElseThrow();
                if (!question.isAskedGiven(checked)) {
                    throw at("/answers/" + id, id, "file.notAsked",
                            String.join(", ", question.condition().orElseThrow().questionIds()));
                }
            }
            return new AnswersDocument(lang, reportLang, checked);
        }

        private Optional<String> language(JsonNode root, String key) {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isTextual() || !guide.speaks(node.asText())) {
                throw at("/" + key, key, "file.lang", node.asText(), String.join(", ", guide.languages()));
            }
            return Optional.of(node.asText());
        }

        private Answer answer(Question question, JsonNode node, String pointer, String field) {
            return switch (question.type()) {
                case YES_NO -> parsed(question, yesNoText(node, pointer, field), pointer, field);
                case SINGLE -> new Answer.Choice(optionId(question, scalar(node, pointer, field), pointer, field));
                case MULTI -> choices(question, node, pointer, field);
                case TEXT_LIST -> parsed(question, String.join("\n", list(node, pointer, field)), pointer, field);
                case GROUP -> group(question, node, pointer, field);
                default -> parsed(question, scalar(node, pointer, field), pointer, field);
            };
        }

        private String yesNoText(JsonNode node, String pointer, String field) {
            if (node.isBoolean()) {
                return node.booleanValue() ? "yes" : "no";
            }
            return scalar(node, pointer, field);
        }

        private Answer choices(Question question, JsonNode node, String pointer, String field) {
            List<String> ids = new ArrayList<>();
            List<String> typed = list(node, pointer, field);
            for (int i = 0; i < typed.size(); i++) {
                ids.add(optionId(question, typed.get(i), pointer + "/" + i, field));
            }
            return parsed(question, String.join(" ", ids), pointer, field);
        }

        /** An option id; YAML reads yes and no as booleans, so they count as the ids "yes"/"no". */
        private String optionId(Question question, String typed, String pointer, String field) {
            List<String> ids = question.options().stream().map(Option::id).toList();
            if (!ids.contains(typed)) {
                throw at(pointer, field, "file.unknownOption", typed, String.join(", ", ids),
                        didYouMean(messages, typed, ids));
            }
            return typed;
        }

        private Answer group(Question question, JsonNode node, String pointer, String field) {
            if (!node.isArray()) {
                throw at(pointer, field, "file.expectedList");
            }
            List<String> fieldIds = question.fields().stream().map(Question::id).toList();
            List<Map<String, Answer>> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String itemPointer = pointer + "/" + i;
                String itemField = field + "[" + i + "]";
                if (!item.isObject()) {
                    throw at(itemPointer, itemField, "file.expectedMap", String.join(", ", fieldIds));
                }
                Map<String, Answer> values = new LinkedHashMap<>();
                for (var fields = item.fields(); fields.hasNext(); ) {
                    var entry = fields.next();
                    String key = entry.getKey();
                    Question sub = question.field(key).orElseThrow(() -> at(itemPointer + "/" + key,
                            itemField + "." + key, "file.unknownField", key, String.join(", ", fieldIds),
                            didYouMean(messages, key, fieldIds)));
                    values.put(key, answer(sub, entry.getValue(), itemPointer + "/" + key,
                            itemField + "." + key));
                }
                for (Question sub : question.fields()) {
                    if (!sub.optional() && !values.containsKey(sub.id())) {
                        throw at(itemPointer, itemField + "." + sub.id(), "file.missing", expected(sub));
                    }
                }
                items.add(values);
            }
            return new Answer.Group(items);
        }

        private Answer parsed(Question question, String typed, String pointer, String field) {
            Parsed result = parser.parse(question, typed);
            if (result instanceof Parsed.Invalid invalid) {
                throw at(pointer, field, "file.invalidAnswer", invalid.message());
            }
            return ((Parsed.Ok) result).answer();
        }

        /** A scalar as written in the file (so 061211600012 keeps its leading zero). */
        private String scalar(JsonNode node, String pointer, String field) {
            if (node.isBoolean()) {
                return node.booleanValue() ? "yes" : "no";
            }
            if (!node.isValueNode() || node.isNull()) {
                throw at(pointer, field, "file.expectedScalar");
            }
            String raw = positions.raw(pointer);
            return raw != null ? raw : node.asText();
        }

        private List<String> list(JsonNode node, String pointer, String field) {
            if (!node.isArray()) {
                return List.of(scalar(node, pointer, field));
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(scalar(node.get(i), pointer + "/" + i, field));
            }
            return items;
        }

        private InvalidInputException at(String pointer, String field, String key, Object... args) {
            YamlPositions.Position position = positions.at(pointer);
            return fail(name, position.line(), position.column(), field, key, args);
        }
    }
}
