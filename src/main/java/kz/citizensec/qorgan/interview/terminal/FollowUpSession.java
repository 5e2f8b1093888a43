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
import kz.citizensec.qorgan.answers.Parsed;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.ShutdownHooks;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Step;

/**
 * {@code qorgan follow-up}: what was done since, asked in the same conversation as the interview.
 * The person picks a step or an event by its number, then gives a date (as in the interview:
 * DD.MM.YYYY, "today", "yesterday") and the number the institution gave; at the end, whether to
 * save. Nothing is written here: the caller saves the case file when the outcome says so.
 */
public final class FollowUpSession {

    /** As the person types a date, like the interview's answers. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    /** A date question for the days things were done, parsed as the interview parses dates. */
    private static final Question DAY =
            new Question("done", QuestionType.DATE, null, null, null, true, null, null, null, null, false);

    private final Guide guide;
    private final FollowUp followUp;
    private final Lang lang;
    private final LocalDate today;
    private final Function<CaseProgress, String> state;
    private final PrintWriter err;
    private final AnswerParser parser;

    /**
     * @param state the case as Markdown for a progress: its steps with their state and what is due
     * @param err where a signal's farewell line goes
     */
    public FollowUpSession(
            Guide guide,
            FollowUp followUp,
            Lang lang,
            LocalDate today,
            Function<CaseProgress, String> state,
            PrintWriter err) {
        this.guide = guide;
        this.followUp = followUp;
        this.lang = lang;
        this.today = today;
        this.parser = new AnswerParser(lang, today);
        this.state = state;
        this.err = err;
    }

    /** How the conversation ended. */
    public sealed interface Outcome {
        /** Ctrl-C, Ctrl-D or the end of a script's input: the file must stay as it was. */
        record Stopped() implements Outcome {}

        /** Nothing changed, or the person chose not to save: the file stays as it was. */
        record Kept() implements Outcome {}

        /** The person asked to save this progress into the case file. */
        record Save(CaseProgress progress) implements Outcome {}
    }

    /** A line of the menu: a step of the plan, or an event of those steps. */
    private sealed interface Item {
        record OfStep(Step step) implements Item {}

        record OfEvent(FollowUp.CaseEvent event) implements Item {}
    }

    /**
     * Asks what was done since, then whether to save it.
     *
     * @param file the case file, named in the question whether to save
     */
    public Outcome run(AnswersDocument document, String file, Conversation conversation) {
        Texts texts = new Texts(lang);
        try (ShutdownHooks.Hold farewell = ShutdownHooks.during("qorgan-farewell", () -> {
            err.println(texts.get("followUp.interrupted"));
            err.flush();
        })) {
            CaseProgress answered = ask(document, conversation, texts);
            if (answered.equals(document.progress())) {
                conversation.notice(texts.get("followUp.unchanged"));
                return new Outcome.Kept();
            }
            if (!conversation.confirm(texts.get("followUp.save", file), lang)) {
                conversation.notice(texts.get("followUp.notSaved"));
                return new Outcome.Kept();
            }
            return new Outcome.Save(answered);
        } catch (Interrupted e) {
            err.println(texts.get("followUp.interrupted"));
            err.flush();
            return new Outcome.Stopped();
        }
    }

    private CaseProgress ask(AnswersDocument document, Conversation conversation, Texts texts) throws Interrupted {
        CaseProgress progress = document.progress();
        Optional<LocalDate> incident = firstDate(document);
        conversation.showDocument(state.apply(progress));
        while (true) {
            List<Item> items = items(document, progress);
            List<String> lines = new ArrayList<>();
            lines.add(texts.get("followUp.menu"));
            for (int i = 0; i < items.size(); i++) {
                lines.add((i + 1) + ". " + label(items.get(i), progress, texts));
            }
            conversation.say(lines.toArray(String[]::new));
            String typed = conversation.ask(texts.get("followUp.which"), texts.get("followUp.which.hint"));
            if (typed.isEmpty()) {
                return progress;
            }
            Optional<Item> chosen = chosen(typed, items);
            if (chosen.isEmpty()) {
                conversation.error(texts.get("followUp.which.invalid", items.size()));
                continue;
            }
            if (chosen.get() instanceof Item.OfStep ofStep) {
                Step step = ofStep.step();
                CaseProgress.StepProgress was = progress.step(step.id()).orElse(CaseProgress.StepProgress.NONE);
                Optional<LocalDate> done = day(
                        conversation,
                        texts,
                        incident,
                        texts.get("followUp.done", step.title().in(lang)));
                String number = reference(conversation, texts);
                if (done.isPresent() || !number.isEmpty()) {
                    progress = progress.withStep(
                            step.id(),
                            new CaseProgress.StepProgress(
                                    done.or(was::done),
                                    number.isEmpty() ? was.reference() : Optional.of(number),
                                    was.note()));
                }
            } else if (chosen.get() instanceof Item.OfEvent ofEvent) {
                FollowUp.CaseEvent event = ofEvent.event();
                Optional<LocalDate> day = day(
                        conversation,
                        texts,
                        incident,
                        texts.get("followUp.when", event.title().in(lang)));
                if (day.isPresent()) {
                    progress = progress.withEvent(event.id(), day.get());
                }
            }
            conversation.showDocument(state.apply(progress));
        }
    }

    /** The steps of the plan for these answers, then the events of those steps. */
    private List<Item> items(AnswersDocument document, CaseProgress progress) {
        List<Item> items = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        // In the plan's order: by urgency, then the guide's order (a stable sort).
        guide.steps().stream()
                .filter(step -> step.appliesTo(document.answers()))
                .sorted(java.util.Comparator.comparing(step -> step.urgencyFor(document.answers())))
                .forEach(step -> {
                    items.add(new Item.OfStep(step));
                    planned.add(step.id());
                });
        followUp.events().stream()
                .filter(event -> planned.contains(event.step()))
                .forEach(event -> items.add(new Item.OfEvent(event)));
        return items;
    }

    private String label(Item item, CaseProgress progress, Texts texts) {
        if (item instanceof Item.OfStep ofStep) {
            Step step = ofStep.step();
            boolean done = progress.step(step.id())
                    .map(CaseProgress.StepProgress::isDone)
                    .orElse(false);
            return texts.get(
                    done ? "followUp.item.done" : "followUp.item.open",
                    step.title().in(lang));
        }
        FollowUp.CaseEvent event = ((Item.OfEvent) item).event();
        LocalDate day = progress.events().get(event.id());
        return day == null
                ? texts.get("followUp.item.event", event.title().in(lang))
                : texts.get("followUp.item.eventDated", event.title().in(lang), DATE.format(day));
    }

    private static Optional<Item> chosen(String typed, List<Item> items) {
        try {
            int number = Integer.parseInt(typed.strip());
            return number >= 1 && number <= items.size() ? Optional.of(items.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The number an institution gave, as typed, one line that the case file can hold; empty when skipped. */
    private static String reference(Conversation conversation, Texts texts) throws Interrupted {
        while (true) {
            String typed = conversation.ask(texts.get("followUp.reference"), texts.get("followUp.reference.hint"));
            if (typed.length() <= CaseProgress.MAX_TEXT) {
                return typed;
            }
            conversation.error(texts.get("followUp.reference.tooLong", CaseProgress.MAX_TEXT));
        }
    }

    /** A day asked (with the one hint of every day) until it is one the case allows; empty when the person skips it. */
    private Optional<LocalDate> day(
            Conversation conversation, Texts texts, Optional<LocalDate> incident, String question) throws Interrupted {
        while (true) {
            String typed = conversation.ask(question, texts.get("followUp.done.hint"));
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
        return guide.questions().stream()
                .map(q -> document.answers().get(q.id()))
                .flatMap(Optional::stream)
                .filter(Answer.Date.class::isInstance)
                .map(a -> ((Answer.Date) a).value())
                .min(LocalDate::compareTo);
    }
}
