package kz.citizensec.qorgan.playbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The answers given so far, by question id, in the order they were given. Immutable. */
public record Answers(Map<String, Answer> byQuestion) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public boolean has(String questionId) {
        return byQuestion.containsKey(questionId);
    }

    public Answers with(String questionId, Answer answer) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.put(questionId, answer);
        return new Answers(copy);
    }

    public Answers without(String questionId) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.remove(questionId);
        return new Answers(copy);
    }
}
