package kz.citizensec.qorgan.playbook;

import java.util.Optional;

/**
 * One answer of a single or multiple choice question.
 *
 * @param exclusive for a multiple choice: choosing it excludes every other option ("nothing")
 * @param meaning what this answer means for the person, in plain words (shown in the plan)
 */
public record Option(String id, LocalizedText text, boolean exclusive, LocalizedText meaning) {

    public Optional<LocalizedText> meaningText() {
        return Optional.ofNullable(meaning);
    }
}
