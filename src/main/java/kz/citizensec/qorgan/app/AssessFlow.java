package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.interview.terminal.Assessment;
import kz.citizensec.qorgan.interview.terminal.Conversation;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.GuideSource;

/**
 * {@code qorgan assess}: the interview, then the documents handed over ({@link Handover}) and the
 * person counted when asked ({@code --stats}). What cannot be written is refused before the first
 * question.
 */
public final class AssessFlow {

    /**
     * @param guide {@code --guide}, else the bundled guide
     * @param plain plain text for screen readers ({@code --plain})
     * @param lang the person's language when already known ({@code --lang})
     * @param reportLang the police report's language when already known ({@code --report-lang})
     * @param answers answers known beforehand ({@code --answers})
     * @param saveAnswers where to save the answers at the end ({@code --save-answers})
     * @param out the folder for the documents ({@code --out}); without it a person is asked, a script gets them on stdout
     * @param force whether files in {@code out} and {@code saveAnswers} may be replaced ({@code --force})
     * @param stats the counts file ({@code --stats})
     */
    public record Request(
            GuideSource guide,
            boolean plain,
            Optional<String> lang,
            Optional<String> reportLang,
            Optional<Path> answers,
            Optional<Path> saveAnswers,
            Optional<Path> out,
            boolean force,
            Optional<Path> stats) {

        /** An interview where each person chooses their language and nothing is known beforehand. */
        static Request forVisitors(GuideSource guide, boolean plain, Optional<String> reportLang) {
            return new Request(
                    guide,
                    plain,
                    Optional.empty(),
                    reportLang,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    Optional.empty());
        }
    }

    private AssessFlow() {}

    public static ExitStatus run(Context context, Request request) {
        request.out()
                .ifPresent(dir -> DocumentFiles.requireWritable(
                        dir, List.of(DocumentFormat.MD, DocumentFormat.HTML), request.force(), context.lang()));
        Counting counting = context.counting(request.stats());
        Assessment assessment = start(context, request);
        try (Conversation conversation = context.environment().conversation(request.plain())) {
            Assessment.Outcome outcome = assessment.on(conversation);
            if (outcome instanceof Assessment.Outcome.Stopped stopped) {
                return stopped.badInput() ? ExitStatus.INVALID_INPUT : ExitStatus.INTERRUPTED;
            }
            Assessment.Outcome.Completed done = (Assessment.Outcome.Completed) outcome;
            ExitStatus delivered = new Handover(context.environment(), conversation, context.today())
                    .deliver(done, request.out(), request.force());
            counting.count(done.answers(), done.lang(), context.today());
            // The documents were handed over; the answers file asked for was not written.
            return done.notSaved().isPresent() && delivered == ExitStatus.OK ? ExitStatus.OUTPUT_FAILED : delivered;
        }
    }

    /** Starts reading the guide for an interview (see {@link Assessment#start}), while the caller opens the terminal. */
    static Assessment start(Context context, Request request) {
        return Assessment.start(
                new Assessment.Request(
                        request.lang(),
                        request.reportLang(),
                        context.lang(),
                        request.guide(),
                        request.answers(),
                        request.saveAnswers(),
                        context.today(),
                        new ActionPlanPreview(context.today()),
                        request.force()),
                context.environment().err());
    }
}
