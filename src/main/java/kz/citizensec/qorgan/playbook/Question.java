package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Optional;

/**
 * A question of the interview; its id is the key of its answer in an answers file.
 *
 * @param help why we ask this (shown on request)
 * @param hint the expected form of the answer, e.g. "YYYY-MM-DD"
 * @param optional may be skipped; a skipped detail becomes a blank to fill by hand
 * @param when asked only when this holds over earlier answers; absent means always
 * @param options the choices of a single or multiple choice question
 * @param fields the questions asked for each item of a repeated group
 * @param alert shown at once when it holds after this question is answered
 * @param afterPlan asked only after the action plan was shown: details that only the documents
 *     need (the police report's applicant, the story), so that the plan comes first
 */
public record Question(
        String id,
        QuestionType type,
        LocalizedText text,
        LocalizedText help,
        LocalizedText hint,
        boolean optional,
        Condition when,
        List<Option> options,
        List<Question> fields,
        Alert alert,
        boolean afterPlan) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<LocalizedText> helpText() {
        return Optional.ofNullable(help);
    }

    public Optional<LocalizedText> hintText() {
        return Optional.ofNullable(hint);
    }

    public Optional<Condition> condition() {
        return Optional.ofNullable(when);
    }

    public Optional<Alert> alertWhen() {
        return Optional.ofNullable(alert);
    }

    /** Whether the interview asks this question, given the earlier answers. */
    public boolean isAskedGiven(Answers answers) {
        return when == null || when.test(answers);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<Question> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }
}
