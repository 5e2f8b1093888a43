package kz.citizensec.qorgan.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;

/**
 * A valid answer of each kind, for the questions whose answers no condition looks at: a date
 * that is not in the future, a positive amount, an IIN with a right check digit (the synthetic
 * one of FACTS.md), a phone number in the normalised form.
 */
final class SampleAnswers {

    static final String TEXT = "Sample";
    static final BigDecimal AMOUNT = new BigDecimal("150000");
    static final String IIN = "900101300007";
    static final String PHONE = "+7 700 000 00 00";

    private final LocalDate today;

    SampleAnswers(LocalDate today) {
        this.today = today;
    }

    Answer of(Question question) {
        return switch (question.type()) {
            case YES_NO -> new Answer.YesNo(false);
            case SINGLE -> new Answer.Choice(firstOption(question));
            case MULTI -> new Answer.Choices(Set.of(firstOption(question)));
            case DATE -> new Answer.Date(today);
            case MONEY -> new Answer.Money(AMOUNT);
            case TEXT, LONG_TEXT -> new Answer.Text(TEXT);
            case TEXT_LIST -> new Answer.TextList(List.of(TEXT));
            case IIN -> new Answer.Text(IIN);
            case PHONE -> new Answer.Text(PHONE);
            case GROUP -> {
                Map<String, Answer> item = new LinkedHashMap<>();
                question.fields().forEach(field -> item.put(field.id(), of(field)));
                yield new Answer.Group(List.of(item));
            }
        };
    }

    private static String firstOption(Question question) {
        return question.options().stream().map(Option::id).findFirst().orElse("");
    }
}
