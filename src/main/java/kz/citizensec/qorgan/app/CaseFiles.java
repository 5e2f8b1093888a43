package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.FollowUpLoader;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.render.CaseFile;

/**
 * Reads an answers file that may be a case file ({@code plan --answers}, {@code follow-up}): the
 * guide's events.yaml is read only when the file has a progress section, so that a plain answers
 * file costs nothing more than before.
 */
final class CaseFiles {

    private final Guide guide;
    private final GuideSource source;
    private final Lang lang;
    private final LocalDate today;
    private FollowUp followUp;

    /** @param lang the language of the messages about the files */
    CaseFiles(Guide guide, GuideSource source, Lang lang, LocalDate today) {
        this.guide = guide;
        this.source = source;
        this.lang = lang;
        this.today = today;
    }

    /** The guide's events, read on first need (a broken events.yaml is exit 3). */
    FollowUp followUp() {
        if (followUp == null) {
            followUp = new FollowUpLoader(lang).load(source, guide);
        }
        return followUp;
    }

    /** Reads and checks the file, as complete as a plan needs it. */
    AnswersDocument read(Path file) {
        AnswersFile answers = answersFile();
        AnswersDocument document = answers.read(file);
        answers.requireComplete(document, file.toString());
        return document;
    }

    /** The reader and writer of the file, checking event ids against the guide's. */
    AnswersFile answersFile() {
        Supplier<FollowUp> events = this::followUp;
        return new AnswersFile(guide, lang, today, events);
    }

    /** The case file of a document: its progress with the guide's rules; nothing when it has none. */
    CaseFile caseFile(AnswersDocument document) {
        return document.progress().isEmpty() ? CaseFile.NONE : new CaseFile(document.progress(), followUp());
    }
}
