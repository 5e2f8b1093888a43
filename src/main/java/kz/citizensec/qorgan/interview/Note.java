package kz.citizensec.qorgan.interview;

import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.Step;

/**
 * Something to tell the person before the next prompt. The engine names what happened; the front
 * words it in the person's language (the parser's messages come already worded).
 */
public sealed interface Note {

    /**
     * Steps to take now, in the plan's order: the answers so far put them in the plan with the
     * urgency "now", whatever comes next. Each is announced once.
     */
    record DoNow(List<Step> steps) implements Note {
        public DoNow {
            steps = List.copyOf(steps);
        }
    }

    /** The typed answer was refused; the message says what is expected. */
    record Invalid(String message) implements Note {}

    /** The answer was taken but changed, e.g. a card number was masked; the message says why. */
    record Changed(String message) implements Note {}

    /** Why we ask this; empty when the guide gives no reason. */
    record Help(Optional<LocalizedText> text) implements Note {}

    /**
     * Skip was asked for a question that needs an answer.
     *
     * @param why the guide's reason for asking (the field's, else its group's); empty if none
     */
    record CannotSkip(Question question, Optional<LocalizedText> why) implements Note {}

    /** Nothing was typed where an answer is needed. */
    record AnswerNeeded(Question question) implements Note {}

    /** Back was asked at the first question. */
    record NothingBefore() implements Note {}

    /** On the review screen, something other than an item number or Enter was typed. */
    record NotAnItem(int items) implements Note {}

    /** Answers removed because, after a change, their questions are no longer asked. */
    record Dropped(List<Question> questions) implements Note {
        public Dropped {
            questions = List.copyOf(questions);
        }
    }
}
