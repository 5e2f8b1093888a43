package kz.citizensec.qorgan.answers;

import java.util.List;
import kz.citizensec.qorgan.playbook.Answer;

/** The outcome of reading one typed answer: a checked value, or why it cannot be taken. */
public sealed interface Parsed {

    /**
     * @param notices what was changed in the typed text and why, in the user's language
     *     (e.g. "a card number was masked: never share it"); the person should see them
     */
    record Ok(Answer answer, List<String> notices) implements Parsed {
        public Ok {
            notices = List.copyOf(notices);
        }
    }

    /** @param message one line, in the user's language: what is wrong and what is expected */
    record Invalid(String message) implements Parsed {}
}
