package kz.citizensec.qorgan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.stats.CountsFile;
import kz.citizensec.qorgan.stats.VisitorCount;

/**
 * {@code --stats FILE} of desk, assess and plan: opt-in anonymous counts, one line per finished
 * visitor ({@link VisitorCount}). The file is made ready before the first question, so that a
 * file that cannot take counts is said before anyone answers.
 */
final class Counting {

    private final Optional<CountsFile> file;
    private final Path path;
    private final Messages messages;

    private Counting(Optional<CountsFile> file, Path path, Messages messages) {
        this.file = file;
        this.path = path;
        this.messages = messages;
    }

    /** The counts file of {@code --stats}, created owner-only if there is none; none without the option. */
    static Counting prepare(Optional<Path> option, Messages messages) {
        if (option.isEmpty()) {
            return new Counting(Optional.empty(), Path.of(""), messages);
        }
        Path path = option.get();
        CountsFile file = new CountsFile(path);
        try {
            file.prepare();
        } catch (IOException e) {
            throw failure(path, e, messages);
        }
        return new Counting(Optional.of(file), path, messages);
    }

    /** Appends the visitor's line. */
    void count(Answers answers, Lang lang, LocalDate day) {
        if (file.isEmpty()) {
            return;
        }
        try {
            file.get().append(VisitorCount.of(answers, lang, day));
        } catch (IOException e) {
            throw failure(path, e, messages);
        }
    }

    private static QorganException failure(Path path, IOException e, Messages messages) {
        if (e instanceof CountsFile.Unusable unusable) {
            return new QorganException(
                    ExitStatus.OUTPUT_FAILED,
                    messages.get(unusable.sharedWithOthers() ? "stats.shared" : "stats.notAFile", path));
        }
        return new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("stats.notWritten", path, e.getMessage()));
    }
}
