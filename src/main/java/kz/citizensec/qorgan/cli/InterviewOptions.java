package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.playbook.GuideSource;
import picocli.CommandLine.Option;

/**
 * The options of the commands that interview a person ({@code assess}, {@code desk}) and the one
 * way they start: the guide read from {@code --guide} or the bundled one, the messages in the
 * root's language, the conversation plain when asked (or when NO_COLOR is set).
 */
final class InterviewOptions {

    @Option(names = "--guide", paramLabel = "DIR", descriptionKey = "assess.guide")
    Path guide;

    @Option(names = "--plain", descriptionKey = "assess.plain")
    boolean plain;

    /** An interview where each person chooses their language and nothing is known beforehand. */
    Assessment start(QorganCommand root, LocalDate today) {
        return start(root, today, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Starts reading the guide for an interview (see {@link Assessment#start}).
     *
     * @param lang the person's language when already known
     * @param reportLang the police report's language when already known
     * @param answers answers known beforehand
     * @param saveAnswers where to save the answers at the end
     */
    Assessment start(QorganCommand root, LocalDate today, Optional<String> lang, Optional<String> reportLang,
            Optional<Path> answers, Optional<Path> saveAnswers) {
        GuideSource source = guide == null ? GuideSource.bundled() : GuideSource.directory(guide);
        return Assessment.start(new Assessment.Request(lang, reportLang, root.language(), source, answers, saveAnswers,
                today), root.environment().err());
    }

    /** The conversation with the person: on their terminal when there is one, else on the streams. */
    Conversation conversation(Environment environment) {
        return environment.conversation(plain);
    }
}
