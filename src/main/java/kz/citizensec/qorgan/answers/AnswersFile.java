package kz.citizensec.qorgan.answers;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * Answers files (the format of DESIGN.md, shared by {@code assess --save-answers} and
 * {@code plan --answers}) for one guide and language: read ({@link AnswersReader}), written
 * ({@link AnswersWriter}) and checked complete ({@link RequiredAnswers}). Reading checks every
 * answer against the guide as the interview would, through the same {@link AnswerParser}; a
 * problem is an {@link InvalidInputException} (exit 3) naming the file, line, column and
 * question, in the user's language.
 */
public final class AnswersFile {

    private final AnswersReader reader;
    private final AnswersWriter writer;
    private final RequiredAnswers required;

    /** A reader that does not check the ids of a case file's events (it keeps them as written). */
    public AnswersFile(Guide guide, Lang lang, LocalDate today) {
        this(guide, lang, today, null);
    }

    /**
     * @param followUp the guide's events, asked for only when a file has a progress section with
     *     events; their ids are then checked; null: not checked
     */
    public AnswersFile(Guide guide, Lang lang, LocalDate today, Supplier<FollowUp> followUp) {
        Messages messages = Messages.of(AnswerParser.BUNDLE, lang);
        YAMLFactory factory = AnswersYaml.factory();
        this.reader = new AnswersReader(
                guide, messages, new AnswerParser(lang, today), new ProgressSection(guide, today, followUp), factory);
        this.writer = new AnswersWriter(guide, factory);
        this.required = new RequiredAnswers(guide, messages);
    }

    /** Reads and checks a file; answers of questions the guide would not ask are refused too. */
    public AnswersDocument read(Path file) {
        return reader.read(file);
    }

    /**
     * Only the languages a file asks for ({@code lang}, {@code report_lang}), its answers not
     * read nor checked (they come back empty); neither language when the file cannot be read or
     * a language is not one the guide speaks. For a reader that only needs to know them ahead.
     */
    public AnswersDocument readLanguages(Path file) {
        return reader.readLanguages(file);
    }

    /** Checks the text of an answers file; {@code name} is how to name it in messages. */
    public AnswersDocument parse(String yaml, String name) {
        return reader.parse(yaml, name);
    }

    /**
     * Refuses answers that lack a required question that these answers make the guide ask
     * (an optional one may be missing: it becomes a blank to fill by hand).
     */
    public void requireComplete(AnswersDocument document, String name) {
        required.require(document, name);
    }

    /** The YAML text of an answers file, answers in the guide's order, as DESIGN.md shows it. */
    public String toYaml(AnswersDocument document) {
        return writer.toYaml(document);
    }
}
