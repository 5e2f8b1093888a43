package kz.citizensec.qorgan.answers;

import java.time.LocalDate;
import kz.citizensec.qorgan.playbook.Question;

/**
 * Turns what a person typed into a checked {@link kz.citizensec.qorgan.playbook.Answer}, one rule
 * per question type: yes/no (localised words or 1/2), choices by number ("1 3") or id, dates
 * (YYYY-MM-DD, not in the future), amounts (&gt; 0), IIN (check digit), phone (normalised to
 * +7 XXX XXX XX XX), and free text (control characters removed, card numbers masked).
 * For a text list the items come one per line.
 */
public final class AnswerParser {

    private final String lang;
    private final LocalDate today;

    /** @param lang the language of the messages; today: the date after which no date is valid */
    public AnswerParser(String lang, LocalDate today) {
        this.lang = lang;
        this.today = today;
    }

    /** Not for group questions: their fields are parsed one by one. */
    public Parsed parse(Question question, String input) {
        throw new UnsupportedOperationException("being written: " + lang + today);
    }
}
