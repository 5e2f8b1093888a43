package kz.citizensec.qorgan.answers;

import java.nio.file.Path;
import java.time.LocalDate;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * Reads and writes answers files (the format of DESIGN.md, shared by {@code assess --save-answers}
 * and {@code plan --answers}). Reading checks every answer against the guide as the interview
 * would; a problem is an {@link kz.citizensec.qorgan.core.InvalidInputException} (exit 3) that
 * names the file, line, column and question, in the user's language.
 */
public final class AnswersFile {

    private final Guide guide;
    private final String lang;
    private final LocalDate today;

    public AnswersFile(Guide guide, String lang, LocalDate today) {
        this.guide = guide;
        this.lang = lang;
        this.today = today;
    }

    /** Reads and checks a file; answers of questions the guide would not ask are refused too. */
    public AnswersDocument read(Path file) {
        throw new UnsupportedOperationException("being written: " + guide.id() + lang + today + file);
    }

    /**
     * Refuses answers that lack a required question that these answers make the guide ask
     * (an optional one may be missing: it becomes a blank to fill by hand).
     */
    public void requireComplete(AnswersDocument document, String displayName) {
        throw new UnsupportedOperationException("being written: " + document + displayName);
    }

    /** The YAML text of an answers file, as {@code assess --save-answers} writes it. */
    public String toYaml(AnswersDocument document) {
        throw new UnsupportedOperationException("being written: " + document);
    }
}
