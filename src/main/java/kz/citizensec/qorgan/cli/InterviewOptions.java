package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options of the commands that interview a person ({@code assess}, {@code desk}) and the one
 * way they start: the guide read from {@code --guide} or the bundled one, the messages in the
 * root's language, the conversation plain when asked (or when NO_COLOR is set). Each command
 * places {@link #guide()} and {@link #plain()} among its own options, where its help lists them.
 */
final class InterviewOptions {

    private final QorganCommand root;

    private final OptionSpec guide =
            Specs.option("--guide", Path.class, "DIR", "assess.guide").build();

    private final OptionSpec plain = Specs.flag("--plain", "assess.plain").build();

    InterviewOptions(QorganCommand root) {
        this.root = root;
    }

    OptionSpec guide() {
        return guide;
    }

    OptionSpec plain() {
        return plain;
    }

    /** An interview where each person chooses their language and nothing is known beforehand. */
    Assessment start(LocalDate today) {
        return start(today, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /**
     * Starts reading the guide for an interview (see {@link Assessment#start}).
     *
     * @param lang the person's language when already known
     * @param reportLang the police report's language when already known
     * @param answers answers known beforehand
     * @param saveAnswers where to save the answers at the end
     * @param replaceSaved whether that file may be replaced ({@code --force})
     */
    Assessment start(
            LocalDate today,
            Optional<String> lang,
            Optional<String> reportLang,
            Optional<Path> answers,
            Optional<Path> saveAnswers,
            boolean replaceSaved) {
        return Assessment.start(
                new Assessment.Request(
                        lang,
                        reportLang,
                        root.language(),
                        Specs.guideSource(guide),
                        answers,
                        saveAnswers,
                        today,
                        new ActionPlanPreview(today),
                        replaceSaved),
                root.environment().err());
    }

    /** The conversation with the person: on their terminal when there is one, else on the streams. */
    Conversation conversation() {
        return root.environment().conversation(Specs.isOn(plain));
    }
}
