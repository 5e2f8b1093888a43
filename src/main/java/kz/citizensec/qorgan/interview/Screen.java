package kz.citizensec.qorgan.interview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.playbook.Alert;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Question;

/** What the front shows next, with the notes to show before it. */
public sealed interface Screen {

    List<Note> notes();

    /**
     * An ordinary question (every type but group and text list).
     *
     * @param current the answer it has now, kept when the person just presses Enter
     */
    record Ask(Question question, Optional<Answer> current, Progress progress, List<Note> notes) implements Screen {
        public Ask {
            notes = List.copyOf(notes);
        }
    }

    /** One field of one item of a repeated group; {@code item} counts from 1. */
    record AskField(
            Question group, Question field, int item, Optional<Answer> current, Progress progress, List<Note> notes)
            implements Screen {
        public AskField {
            notes = List.copyOf(notes);
        }
    }

    /** After an item of a repeated group: add another? (Enter means no.) */
    record AskAnother(Question group, List<Map<String, Answer>> items, Progress progress, List<Note> notes)
            implements Screen {
        public AskAnother {
            items = List.copyOf(items);
            notes = List.copyOf(notes);
        }
    }

    /** The next line of a text list; an empty line ends the list. */
    record AskListItem(Question question, List<String> items, Progress progress, List<Note> notes) implements Screen {
        public AskListItem {
            items = List.copyOf(items);
            notes = List.copyOf(notes);
        }
    }

    /** A safety alert ("hang up now"), shown at once, before anything else. */
    record ShowAlert(Question question, Alert alert, List<Note> notes) implements Screen {
        public ShowAlert {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The action plan for the answers so far, before the questions that only the documents need;
     * any event goes on ({@link Event.Back} goes back to the last question before it).
     */
    record ShowPlan(Answers answers, List<Note> notes) implements Screen {
        public ShowPlan {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Every question asked given the answers, with its answer (empty when skipped); typing an
     * item's number changes it, Enter finishes.
     */
    record Review(List<Reviewed> items, List<Note> notes) implements Screen {
        public Review {
            items = List.copyOf(items);
            notes = List.copyOf(notes);
        }
    }

    /** The interview is over. */
    record Done(Answers answers) implements Screen {
        @Override
        public List<Note> notes() {
            return List.of();
        }
    }

    record Reviewed(Question question, Optional<Answer> answer) {}
}
