package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.BoundedRead;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Utf8;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.NoAliasParser;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.YamlSyntax;

/**
 * Reads an answers file: its text, its YAML tree, then each value checked against the guide; it
 * stops at the first problem, which names the file, line, column and field.
 */
final class AnswersReader {

    private static final List<String> TOP_LEVEL_KEYS = List.of("lang", "report_lang", "answers", "progress");

    private final Guide guide;
    private final Messages messages;
    private final AnswerParser parser;
    private final ProgressSection progress;
    private final YAMLFactory factory;

    AnswersReader(Guide guide, Messages messages, AnswerParser parser, ProgressSection progress, YAMLFactory factory) {
        this.guide = guide;
        this.messages = messages;
        this.parser = parser;
        this.progress = progress;
        this.factory = factory;
    }

    AnswersDocument read(Path file) {
        String name = file.toString();
        return parse(text(file, new FileProblems(messages, name)), name);
    }

    AnswersDocument readLanguages(Path file) {
        FileProblems problems = new FileProblems(messages, file.toString());
        try {
            if (YamlTree.read(factory, text(file, problems), AnswersYaml.MAX_DEPTH) instanceof YamlTree.Mapping top) {
                return new AnswersDocument(
                        language(top, "lang", problems), language(top, "report_lang", problems), Answers.NONE);
            }
        } catch (IOException | InvalidInputException e) {
            // neither language
        }
        return new AnswersDocument(Optional.empty(), Optional.empty(), Answers.NONE);
    }

    AnswersDocument parse(String yaml, String name) {
        FileProblems problems = new FileProblems(messages, name);
        return document(tree(yaml, problems), new Nodes(problems));
    }

    /**
     * The text of a file, refused when too large, missing, unreadable or not UTF-8. Any file is
     * read through {@link BoundedRead}: a device never fills the memory, a silent pipe is given up.
     */
    private static String text(Path file, FileProblems problems) {
        byte[] bytes;
        try {
            bytes = BoundedRead.bytes(file, AnswersYaml.MAX_BYTES);
        } catch (BoundedRead.TooLarge e) {
            throw problems.fail(0, 0, "", "file.tooLarge", AnswersYaml.MAX_BYTES / 1024);
        } catch (BoundedRead.TimedOut e) {
            throw problems.fail(0, 0, "", "file.silent", BoundedRead.PATIENCE.toSeconds());
        } catch (NoSuchFileException e) {
            throw problems.fail(0, 0, "", "file.notFound");
        } catch (IOException e) {
            throw problems.fail(0, 0, "", "file.unreadable", String.valueOf(e.getMessage()));
        }
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.Malformed e) {
            throw problems.fail(e.line(), e.column(), "", "file.notUtf8");
        }
    }

    private YamlTree tree(String yaml, FileProblems problems) {
        try {
            return YamlTree.read(factory, yaml, AnswersYaml.MAX_DEPTH);
        } catch (YamlTree.TooDeep e) {
            throw problems.fail(e.line(), e.column(), "", "file.tooDeep", AnswersYaml.MAX_DEPTH);
        } catch (YamlTree.SecondDocument e) {
            throw problems.fail(e.line(), e.column(), "", "file.secondDocument");
        } catch (NoAliasParser.AliasException e) {
            var at = e.getLocation();
            throw problems.fail(
                    at.getLineNr(), at.getColumnNr(), "", e.anchor() ? "file.anchor" : "file.alias", e.name());
        } catch (JsonProcessingException e) {
            Optional<YamlSyntax.Explained> syntax = YamlSyntax.explain(e, yaml, messages.lang());
            if (syntax.isPresent()) {
                throw syntax.get().recognised()
                        ? problems.fail(
                                syntax.get().line(),
                                syntax.get().column(),
                                "",
                                "file.syntax",
                                syntax.get().message())
                        : problems.fail(syntax.get().line(), syntax.get().column(), "", "file.syntaxOther");
            }
            var at = e.getLocation();
            throw problems.fail(
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "",
                    "file.syntax",
                    firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw problems.fail(0, 0, "", "file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private AnswersDocument document(YamlTree root, Nodes nodes) {
        FileProblems problems = nodes.problems();
        if (!(root instanceof YamlTree.Mapping top)) {
            throw problems.at(root, "", "file.notMap");
        }
        for (var entry : top.entries().entrySet()) {
            String key = entry.getKey();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw problems.unknown(entry.getValue(), key, "file.unknownKey", key, TOP_LEVEL_KEYS);
            }
        }
        Optional<Lang> lang = language(top, "lang", problems);
        Optional<Lang> reportLang = language(top, "report_lang", problems);
        YamlTree answersNode = top.entries().get("answers");
        if (!(answersNode instanceof YamlTree.Mapping given)) {
            throw problems.at(answersNode == null ? top : answersNode, "answers", "file.noAnswers");
        }
        AnswerNodes values = new AnswerNodes(parser, nodes);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> ids = guide.questions().stream().map(Question::id).toList();
        for (var entry : given.entries().entrySet()) {
            String id = entry.getKey();
            Question question = guide.question(id)
                    .orElseThrow(() -> problems.unknown(entry.getValue(), id, "file.unknownQuestion", id, ids));
            answers.put(id, values.answer(question, entry.getValue(), id));
        }
        // An answer the other answers no longer ask for is left out, as the interview drops it
        // after a change: a case file kept for weeks stays readable when the guide asks less.
        Answers checked = new Answers(answers);
        for (Question question : guide.questions()) {
            if (checked.has(question.id()) && !question.isAskedGiven(checked)) {
                checked = checked.without(question.id());
            }
        }
        YamlTree progressNode = top.entries().get("progress");
        return new AnswersDocument(
                lang,
                reportLang,
                checked,
                progressNode == null ? CaseProgress.NONE : progress.read(progressNode, firstDate(checked), nodes));
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

    private Optional<Lang> language(YamlTree.Mapping top, String key, FileProblems problems) {
        YamlTree node = top.entries().get(key);
        if (node == null || node instanceof YamlTree.Scalar scalar && scalar.kind() == YamlTree.Scalar.Kind.NULL) {
            return Optional.empty();
        }
        String text = node instanceof YamlTree.Scalar scalar ? scalar.text() : "";
        Optional<Lang> spoken = node instanceof YamlTree.Scalar scalar && scalar.kind() == YamlTree.Scalar.Kind.TEXT
                ? guide.spoken(text)
                : Optional.empty();
        if (spoken.isEmpty()) {
            throw problems.at(node, key, "file.lang", text, String.join(", ", guide.languages()));
        }
        return spoken;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }
}
