package kz.citizensec.qorgan.interview;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;

/**
 * Where an interview stands: the answers, the optional questions the person chose to skip, the
 * urgent steps already announced, whether the action plan was shown, and the prompt being shown.
 * Immutable.
 */
record InterviewState(
        Answers answers, Set<String> skipped, Set<String> announced, boolean planShown, Position position) {

    InterviewState {
        skipped = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
        announced = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(announced));
    }

    InterviewState at(Position next) {
        return new InterviewState(answers, skipped, announced, planShown, next);
    }

    InterviewState with(Answers newAnswers, Set<String> newSkipped) {
        return new InterviewState(newAnswers, newSkipped, announced, planShown, position);
    }

    InterviewState announcing(Set<String> more) {
        Set<String> all = new LinkedHashSet<>(announced);
        all.addAll(more);
        return new InterviewState(answers, skipped, all, planShown, position);
    }

    InterviewState showingPlan(Position next) {
        return new InterviewState(answers, skipped, announced, true, next);
    }

    /** Answered or deliberately skipped: the forward walk does not stop there again. */
    boolean settled(String questionId) {
        return answers.has(questionId) || skipped.contains(questionId);
    }

    /** The prompt being shown. */
    sealed interface Position {}

    record AtQuestion(String questionId) implements Position {}

    /**
     * Filling in item {@code items.size() + 1} of a group, at field number {@code field}.
     *
     * @param current the fields of that item answered so far
     */
    record InGroup(String questionId, List<Map<String, Answer>> items, Map<String, Answer> current, int field)
            implements Position {
        InGroup {
            items = List.copyOf(items);
            current = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(current));
        }
    }

    record AddingAnother(String questionId, List<Map<String, Answer>> items) implements Position {
        AddingAnother {
            items = List.copyOf(items);
        }
    }

    record InList(String questionId, List<String> items) implements Position {
        InList {
            items = List.copyOf(items);
        }
    }

    record AtAlert(String questionId) implements Position {}

    /** The action plan, shown once before the first question that comes after it. */
    record AtPlan(String nextQuestionId) implements Position {}

    record AtReview() implements Position {}

    record Finished() implements Position {}
}
