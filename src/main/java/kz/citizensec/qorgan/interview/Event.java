package kz.citizensec.qorgan.interview;

/** What the person did at a prompt; the front turns typed commands into these. */
public sealed interface Event {

    /** A line as typed (an answer, a number on the review screen, or empty). */
    record Typed(String text) implements Event {}

    /** Go to the previous prompt. */
    record Back() implements Event {}

    /** Why we ask this. */
    record Help() implements Event {}

    /** Leave this question unanswered; only optional questions allow it. */
    record Skip() implements Event {}

    static Event typed(String text) {
        return new Typed(text);
    }

    static Event back() {
        return new Back();
    }

    static Event help() {
        return new Help();
    }

    static Event skip() {
        return new Skip();
    }
}
