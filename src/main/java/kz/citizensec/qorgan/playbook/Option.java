package kz.citizensec.qorgan.playbook;

import java.util.Optional;

/**
 * One answer of a single or multiple choice question.
 *
 * @param exclusive for a multiple choice: choosing it excludes every other option ("nothing")
 * @param meaning what this answer means for the person, in plain words (shown in the plan)
 * @param phrase the words for this answer inside a sentence of a document ("сотрудником банка"
 *     where the label is "Банк"); documents that need one leave the sentence out without it
 */
public record Option(String id, LocalizedText text, boolean exclusive, LocalizedText meaning, LocalizedText phrase) {

    public Optional<LocalizedText> meaningText() {
        return Optional.ofNullable(meaning);
    }

    public Optional<LocalizedText> phraseText() {
        return Optional.ofNullable(phrase);
    }
}
