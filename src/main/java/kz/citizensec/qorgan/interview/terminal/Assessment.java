package kz.citizensec.qorgan.interview.terminal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import kz.citizensec.qorgan.answers.AnswerParser;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.core.SafeFiles;
import kz.citizensec.qorgan.core.ShutdownHooks;
import kz.citizensec.qorgan.interview.Interview;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.playbook.ReportWish;

/**
 * {@code qorgan assess}: the language first, then the interview, then (only when asked) the
 * answers file. The guide is read once, when first needed (the warm-up thread has most often read
 * the bundled one by then). An interruption saves nothing and says so. One assessment can run one
 * interview after another ({@link #on}), each starting afresh: nothing of one person's answers is
 * kept for the next.
 */
public final class Assessment {

    /**
     * @param lang from {@code --lang}; when absent the answers file's language, else the first question
     * @param reportLang from {@code --report-lang}: the police report's language, when not the answers file's
     * @param messagesLang the language to speak before one is chosen (the system's, or English)
     * @param answersFile answers known beforehand: only what they lack is asked
     * @param saveAnswers where to write the answers at the end; nothing is written without it
     * @param today no date after it is accepted, unless {@link #on(Conversation, LocalDate)} says otherwise
     * @param preview the action plan shown before the questions that only the documents need
     * @param replaceSaved whether {@code saveAnswers} may replace a file that exists ({@code --force})
     */
    public record Request(
            Optional<String> lang,
            Optional<String> reportLang,
            Lang messagesLang,
            GuideSource guide,
            Optional<Path> answersFile,
            Optional<Path> saveAnswers,
            LocalDate today,
            PlanPreview preview,
            boolean replaceSaved) {}

    /** How the interview ended. */
    public sealed interface Outcome {
        /**
         * The person confirmed their answers.
         *
         * @param guide the guide they answered, for the documents
         * @param lang the language they chose
         * @param reportLang the police report's: {@code --report-lang}, else the answers file's, else {@code lang}
         * @param planShownFor the answers the action plan was shown for during the interview, if it was
         * @param notSaved why the answers could not be saved as asked (already said on screen); the
         *     documents are still handed over, a frightened person must not lose them
         */
        record Completed(
                Guide guide,
                Lang lang,
                Lang reportLang,
                Answers answers,
                Optional<Answers> planShownFor,
                Optional<String> notSaved)
                implements Outcome {}

        /**
         * Ctrl-C, or end of input at a prompt: nothing was written.
         *
         * @param badInput a script's input was not answers (beyond the limits of typed lines)
         */
        record Stopped(boolean badInput) implements Outcome {
            public Stopped() {
                this(false);
            }
        }
    }

    /**
     * The interview language in which the report's language is asked (unless already chosen by
     * {@code --report-lang} or the answers file): an English speaker is most often a visitor from
     * abroad, whose report goes to a police unit here.
     */
    private static final Lang ASKS_REPORT_LANGUAGE = Lang.EN;

    private final Request request;
    private final PrintWriter err;
    private final FutureTask<Guide> loading;

    private Assessment(Request request, PrintWriter err) {
        this.request = request;
        this.err = err;
        this.loading = new FutureTask<>(() -> new GuideLoader(speaking()).load(request.guide()));
    }

    /** The language to speak before the person chose one. */
    private Lang speaking() {
        return request.lang().flatMap(Lang::parse).orElse(request.messagesLang());
    }

    /** An assessment whose guide is read by the first {@link #guide} or {@link #on}. */
    public static Assessment start(Request request, PrintWriter err) {
        return new Assessment(request, err);
    }

    /**
     * The guide, once read and validated: for a caller that must refuse a broken guide before
     * anyone is asked anything (a guide with an error is an exit-3 {@code InvalidInputException}).
     */
    public Guide guide() throws Interrupted {
        return await(loading);
    }

    /** The interview with the person in this conversation, on the request's day. */
    public Outcome on(Conversation conversation) {
        return on(conversation, request.today());
    }

    /**
     * The interview with the person in this conversation.
     *
     * @param today no date after it is accepted (a help desk may run past midnight)
     */
    public Outcome on(Conversation conversation, LocalDate today) {
        request.saveAnswers().ifPresent(this::checkFolder);
        Lang before = speaking();
        Lang speaking = before;
        Console console = conversation.console();
        try {
            Guide guide = await(loading);
            Optional<Lang> reportLangOption = request.reportLang().map(l -> spoken(guide, "--report-lang", l));
            Optional<AnswersDocument> given =
                    request.answersFile().map(file -> new AnswersFile(guide, before, today).read(file));
            Lang lang;
            try (ShutdownHooks.Hold farewell = farewell(new Texts(before).get("interrupted"))) {
                lang = language(guide, given, console);
            }
            speaking = lang;
            Optional<Lang> reportLangGiven = reportLangOption.or(
                    () -> given.flatMap(AnswersDocument::reportLang).filter(guide::speaks));
            Texts texts = new Texts(lang);
            Commands commands = new Commands(texts);
            Pages pages = new Pages(texts, commands, console.decorated(), console.arrows(), console.width());
            Interview interview = Interview.start(
                    guide,
                    new AnswerParser(lang, today)::parse,
                    given.map(AnswersDocument::answers).orElse(Answers.NONE));
            Session.Result result;
            Optional<Lang> reportLangAsked;
            try (ShutdownHooks.Hold farewell = farewell(texts.get("interrupted"))) {
                result = new Session(
                                console,
                                pages,
                                commands,
                                texts,
                                sofar -> request.preview().actionPlan(guide, lang, sofar))
                        .run(interview);
                reportLangAsked = reportLangGiven.isEmpty()
                                && lang.equals(ASKS_REPORT_LANGUAGE)
                                && ReportWish.in(result.answers())
                                && guide.languages().size() > 1
                        ? Optional.of(
                                LanguageQuestion.ofReport(guide.langs(), lang).ask(console))
                        : Optional.empty();
            }
            Answers answers = result.answers();
            Lang reportLang = reportLangGiven.or(() -> reportLangAsked).orElse(lang);
            Optional<String> notSaved = Optional.empty();
            if (request.saveAnswers().isPresent()) {
                Path file = request.saveAnswers().get();
                // A case file given as --answers keeps what follow-up recorded in it.
                AnswersDocument document = new AnswersDocument(
                        Optional.of(lang),
                        given.flatMap(AnswersDocument::reportLang).or(() -> reportLangAsked),
                        answers,
                        given.map(AnswersDocument::progress).orElse(CaseProgress.NONE));
                try {
                    SafeFiles.writeAll(
                            Map.of(file, new AnswersFile(guide, lang, today).toYaml(document)),
                            request.replaceSaved(),
                            lang);
                    console.show(List.of(Line.text(texts.get("saved", file))));
                } catch (QorganException e) {
                    notSaved = Optional.of(e.getMessage());
                    console.show(List.of(new Line(Line.Tone.ERROR, e.getMessage())));
                }
            }
            return new Outcome.Completed(guide, lang, reportLang, answers, result.planShownFor(), notSaved);
        } catch (Interrupted e) {
            Texts texts = new Texts(speaking);
            err.println(
                    e.inputTooLong()
                            ? texts.get("input.tooLong", LimitedLines.MAX_LINE, LimitedLines.MAX_TOTAL)
                            : texts.get("interrupted"));
            err.flush();
            return new Outcome.Stopped(e.inputTooLong());
        }
    }

    /**
     * While the person answers, a SIGTERM or SIGHUP (a closed terminal window, a killed session)
     * ends the interview with the same line as Ctrl-C, so that they know nothing was saved.
     */
    private ShutdownHooks.Hold farewell(String line) {
        return ShutdownHooks.during("qorgan-farewell", () -> {
            err.println(line);
            err.flush();
        });
    }

    private Lang language(Guide guide, Optional<AnswersDocument> given, Console console) throws Interrupted {
        Optional<Lang> option = request.lang().map(typed -> spoken(guide, "--lang", typed));
        Optional<Lang> asked = LanguageChoice.asked(guide, option, given.flatMap(AnswersDocument::lang));
        if (asked.isPresent()) {
            return asked.get();
        }
        if (guide.languages().size() == 1) {
            return guide.firstLanguage();
        }
        return LanguageQuestion.ofInterview(guide.langs(), request.messagesLang())
                .ask(console);
    }

    private Lang spoken(Guide guide, String option, String typed) {
        return guide.spoken(typed)
                .orElseThrow(() -> new QorganException(
                        ExitStatus.USAGE,
                        new Texts(request.messagesLang())
                                .get("lang.notInGuide", option, typed, String.join(", ", guide.languages()))));
    }

    /**
     * Refuses at once, not after a long interview, a file that could not be written: its folder
     * missing or closed, a folder in its place, or (without {@code --force}) a file already there.
     */
    private void checkFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            // Both names as paths: quoted alike, on one inert line (core.Messages).
            throw new QorganException(
                    ExitStatus.OUTPUT_FAILED,
                    new Texts(speaking()).get("save.noFolder", file, folder == null ? file.toAbsolutePath() : folder));
        }
        SafeFiles.requireWritable(file, request.replaceSaved(), speaking());
    }

    private static Guide await(FutureTask<Guide> loading) throws Interrupted {
        // Reads the guide on this thread the first time; later calls find it read.
        loading.run();
        try {
            return loading.get();
        } catch (InterruptedException e) {
            throw new Interrupted(false);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
