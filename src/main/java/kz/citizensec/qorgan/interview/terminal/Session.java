package kz.citizensec.qorgan.interview.terminal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.citizensec.qorgan.interview.Event;
import kz.citizensec.qorgan.interview.Interview;
import kz.citizensec.qorgan.interview.Screen;
import kz.citizensec.qorgan.playbook.Answers;

/** Runs an interview on a console: shows each screen, reads a line, feeds the engine. */
final class Session {

    private final Console console;
    private final Pages pages;
    private final Commands commands;
    private final Texts texts;
    private final Function<Answers, PlanPreview.Shown> plan;

    /** @param plan the action plan for the answers so far, shown where the guide puts it */
    Session(Console console, Pages pages, Commands commands, Texts texts, Function<Answers, PlanPreview.Shown> plan) {
        this.console = console;
        this.pages = pages;
        this.commands = commands;
        this.texts = texts;
        this.plan = plan;
    }

    /**
     * @param answers as the person confirmed them
     * @param planShownFor the answers the action plan was shown for on the way, if it was
     */
    record Result(Answers answers, Optional<Answers> planShownFor) {}

    /** @return the answers once the person finished the review */
    Result run(Interview start) throws Interrupted {
        console.show(List.of(new Line(Line.Tone.HINT, commands.summary())));
        Interview interview = start;
        Object shown = null;
        Optional<Answers> planShownFor = Optional.empty();
        while (!interview.isDone()) {
            Screen screen = interview.screen();
            if (screen instanceof Screen.ShowPlan show) {
                console.show(pages.of(screen, false).lines());
                interview = interview.on(showPlan(show.answers()));
                planShownFor = Optional.of(show.answers());
                shown = null;
                continue;
            }
            Object prompt = promptOf(screen);
            String typed = console.read(pages.of(screen, Objects.equals(prompt, shown)));
            shown = prompt;
            Event event = commands.eventFor(typed);
            interview = interview.on(event);
        }
        console.show(pages.summary(interview.reviewed()));
        return new Result(interview.answers(), planShownFor);
    }

    /**
     * The plan a page at a time, where to start first; a script is told that the plan comes with
     * the documents at the end, and its input is not consumed.
     */
    private Event showPlan(Answers answers) throws Interrupted {
        PlanPreview.Shown preview = plan.apply(answers);
        if (console.height() == 0) {
            console.show(List.of(
                    new Line(Line.Tone.NOTICE, preview.whereToStart()),
                    new Line(Line.Tone.HINT, texts.get("plan.atTheEnd"))));
            return Event.typed("");
        }
        PlanPager.Outcome outcome =
                new PlanPager(console, texts, commands).show(preview.markdown(), preview.whereToStart());
        return outcome == PlanPager.Outcome.BACK ? Event.back() : Event.typed("");
    }

    /** Which prompt a screen is: the same prompt shown again only adds its notes. */
    private static Object promptOf(Screen screen) {
        if (screen instanceof Screen.Ask ask) {
            return List.of("ask", ask.question().id());
        }
        if (screen instanceof Screen.AskField field) {
            return List.of(
                    "field", field.group().id(), field.item(), field.field().id());
        }
        if (screen instanceof Screen.AskAnother another) {
            return List.of("another", another.group().id(), another.items().size());
        }
        if (screen instanceof Screen.AskListItem list) {
            return List.of("list", list.question().id());
        }
        if (screen instanceof Screen.ShowAlert alert) {
            return List.of("alert", alert.question().id());
        }
        return List.of("review");
    }
}
