package kz.citizensec.qorgan.interview.terminal;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import kz.citizensec.qorgan.answers.AnswerParser;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.CaseProgress;
import kz.citizensec.qorgan.answers.Parsed;
import kz.citizensec.qorgan.core.ShutdownHooks;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Step;

/**
 * {@code qorgan follow-up}: what was done since, asked in the same conversation as the interview.
 * The person picks a step or an event by its number, then gives a date (as in the interview:
 * DD.MM.YYYY, "today", "yesterday") and the number the institution gave. Nothing is written here:
 * the caller saves the case file only when the person says so.
 */
public final class FollowUpSession {

    /** A date question for the days things were done, parsed as the interview parses dates. */
    /** As the person types a date, like the interview's answers. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    private static final Question DAY = new Question("done", QuestionType.DATE, null, null, null, true, null, null,
            null, null, false);

    private final Guide guide;
    private final FollowUp followUp;
    private final String lang;
    private final LocalDate today;
    private final Function<CaseProgress, String> state;
    private final PrintWriter err;

    /**
     * @param state the case as Markdown for a progress: its steps with their state and what is due
     * @param err where a signal's farewell line goes
     */
    public FollowUpSession(Guide guide, FollowUp followUp, String lang, LocalDate today,
            Function<CaseProgress, String> state, PrintWriter err) {
        this.guide = guide;
        this.followUp = followUp;
        this.lang = lang;
        this.today = today;
        this.state = state;
        this.err = err;
    }

    /** The progress after the person's answers; empty when they stopped (Ctrl-C, end of input). */
    public Optional<CaseProgress> run(AnswersDocument document, Conversation conversation) {
        Texts texts = new Texts(lang);
        try (ShutdownHooks.Hold farewell = ShutdownHooks.during("qorgan-farewell", () -> {
            err.println(texts.get("followUp.interrupted"));
            err.flush();
        })) {
            return Optional.of(ask(document, conversation, texts));
        } catch (Interrupted e) {
            err.println(texts.get("followUp.interrupted"));
            err.flush();
            return Optional.empty();
        }
    }

    private CaseProgress ask(AnswersDocument document, Conversation conversation, Texts texts) throws Interrupted {
        CaseProgress progress = document.progress();
        Optional<LocalDate> incident = firstDate(document);
        AnswerParser parser = new AnswerParser(lang, today);
        conversation.showDocument(state.apply(progress));
        while (true) {
            List<Object> items = items(document, progress);
            List<String> lines = new ArrayList<>();
            lines.add(texts.get("followUp.menu"));
            for (int i = 0; i < items.size(); i++) {
                lines.add((i + 1) + ". " + label(items.get(i), progress));
            }
            conversation.say(lines.toArray(String[]::new));
            String typed = conversation.ask(texts.get("followUp.which"), texts.get("followUp.which.hint"));
            if (typed.isEmpty()) {
                return progress;
            }
            Optional<Object> chosen = chosen(typed, items);
            if (chosen.isEmpty()) {
                conversation.error(texts.get("followUp.which.invalid", items.size()));
                continue;
            }
            if (chosen.get() instanceof Step step) {
                CaseProgress.StepProgress was = progress.step(step.id()).orElse(CaseProgress.StepProgress.NONE);
                Optional<LocalDate> done = day(conversation, parser, texts, incident,
                        texts.get("followUp.done", step.title().in(lang)), texts.get("followUp.done.hint"));
                String number = conversation.ask(texts.get("followUp.reference"), texts.get("followUp.reference.hint"));
                progress = progress.withStep(step.id(), new CaseProgress.StepProgress(done.or(was::done),
                        number.isEmpty() ? was.reference() : Optional.of(number), was.note()));
            } else {
                FollowUp.CaseEvent event = (FollowUp.CaseEvent) chosen.get();
                Optional<LocalDate> day = day(conversation, parser, texts, incident,
                        texts.get("followUp.when", event.title().in(lang)), texts.get("followUp.done.hint"));
                if (day.isPresent()) {
                    progress = progress.withEvent(event.id(), day.get());
                }
            }
            conversation.showDocument(state.apply(progress));
        }
    }

    /** The steps of the plan for these answers, then the events of those steps. */
    private List<Object> items(AnswersDocument document, CaseProgress progress) {
        List<Object> items = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        // In the plan's order: by urgency, then the guide's order (a stable sort).
        guide.steps().stream().filter(step -> step.appliesTo(document.answers()))
                .sorted(java.util.Comparator.comparing(step -> step.urgencyFor(document.answers())))
                .forEach(step -> {
                    items.add(step);
                    planned.add(step.id());
                });
        followUp.events().stream().filter(event -> planned.contains(event.step())).forEach(items::add);
        return items;
    }

    private String label(Object item, CaseProgress progress) {
        Texts texts = new Texts(lang);
        if (item instanceof Step step) {
            boolean done = progress.step(step.id()).map(CaseProgress.StepProgress::isDone).orElse(false);
            return texts.get(done ? "followUp.item.done" : "followUp.item.open", step.title().in(lang));
        }
        FollowUp.CaseEvent event = (FollowUp.CaseEvent) item;
        LocalDate day = progress.events().get(event.id());
        return day == null ? texts.get("followUp.item.event", event.title().in(lang))
                : texts.get("followUp.item.eventDated", event.title().in(lang), DATE.format(day));
    }

    private static Optional<Object> chosen(String typed, List<Object> items) {
        try {
            int number = Integer.parseInt(typed.strip());
            return number >= 1 && number <= items.size() ? Optional.of(items.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A day asked until it is one the case allows; empty when the person skips it. */
    private Optional<LocalDate> day(Conversation conversation, AnswerParser parser, Texts texts,
            Optional<LocalDate> incident, String question, String hint) throws Interrupted {
        while (true) {
            String typed = conversation.ask(question, hint);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            Parsed parsed = parser.parse(DAY, typed);
            if (parsed instanceof Parsed.Invalid invalid) {
                conversation.error(invalid.message());
                continue;
            }
            LocalDate day = ((Answer.Date) ((Parsed.Ok) parsed).answer()).value();
            if (incident.isPresent() && day.isBefore(incident.get())) {
                conversation.error(texts.get("followUp.beforeIncident", DATE.format(incident.get())));
                continue;
            }
            return Optional.of(day);
        }
    }

    private Optional<LocalDate> firstDate(AnswersDocument document) {
        return guide.questions().stream().map(q -> document.answers().get(q.id())).flatMap(Optional::stream)
                .filter(Answer.Date.class::isInstance).map(a -> ((Answer.Date) a).value()).min(LocalDate::compareTo);
    }
}
