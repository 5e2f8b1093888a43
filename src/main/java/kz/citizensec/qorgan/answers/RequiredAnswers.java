package kz.citizensec.qorgan.answers;

import java.util.ArrayList;
import java.util.List;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;

/** Whether answers are enough for a plan and papers: no required question that they ask is left. */
final class RequiredAnswers {

    private final Guide guide;
    private final Messages messages;

    RequiredAnswers(Guide guide, Messages messages) {
        this.guide = guide;
        this.messages = messages;
    }

    /**
     * Refuses answers that lack a required question that these answers make the guide ask
     * (an optional one may be missing: it becomes a blank to fill by hand).
     */
    void require(AnswersDocument document, String name) {
        List<Problem> problems = new ArrayList<>();
        for (Question question : guide.questions()) {
            if (!question.optional()
                    && !document.answers().has(question.id())
                    && question.isAskedGiven(document.answers())) {
                problems.add(new Problem(
                        Problem.Severity.ERROR,
                        name,
                        0,
                        0,
                        question.id(),
                        messages.get("file.missing", expected(messages, question))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** What a missing answer would be: one of the options' ids, or the kind of value. */
    static String expected(Messages messages, Question question) {
        return question.type().hasOptions()
                ? String.join(", ", question.options().stream().map(Option::id).toList())
                : messages.get("type." + question.type().id());
    }
}
