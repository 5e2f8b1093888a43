package kz.citizensec.qorgan.interview.terminal;

import java.util.List;
import java.util.Objects;
import kz.citizensec.qorgan.interview.Event;
import kz.citizensec.qorgan.interview.Interview;
import kz.citizensec.qorgan.interview.Screen;
import kz.citizensec.qorgan.playbook.Answers;

/** Runs an interview on a console: shows each screen, reads a line, feeds the engine. */
final class Session {

    private final Console console;
    private final Pages pages;
    private final Commands commands;

    Session(Console console, Pages pages, Commands commands) {
        this.console = console;
        this.pages = pages;
        this.commands = commands;
    }

    /** @return the answers once the person finished the review */
    Answers run(Interview start) throws Interrupted {
        console.show(List.of(new Line(Line.Tone.HINT, commands.summary())));
        Interview interview = start;
        Object shown = null;
        while (!interview.isDone()) {
            Screen screen = interview.screen();
            Object prompt = promptOf(screen);
            String typed = console.read(pages.of(screen, Objects.equals(prompt, shown)));
            shown = prompt;
            Event event = commands.eventFor(typed);
            interview = interview.on(event);
        }
        console.show(pages.summary(interview.reviewed()));
        return interview.answers();
    }

    /** Which prompt a screen is: the same prompt shown again only adds its notes. */
    private static Object promptOf(Screen screen) {
        if (screen instanceof Screen.Ask ask) {
            return List.of("ask", ask.question().id());
        }
        if (screen instanceof Screen.AskField field) {
            return List.of("field", field.group().id(), field.item(), field.field().id());
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
