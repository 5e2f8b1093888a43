package kz.citizensec.qorgan.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;

/**
 * A valid answer of each kind: a date that is not in the future, a positive amount, an IIN with a
 * right check digit (the synthetic one of FACTS.md), a phone number in the normalised form, a
 * text, one item of a group. Only the yes/no questions and the choices differ between the two
 * sets: {@link #fewest} for the questions whose answers no condition looks at ({@code validate
 * --exhaustive}), {@link #most} to reach every part of a template ({@link TemplateCheck}).
 */
public final class SampleAnswers {

    private static final String TEXT = "Sample";
    private static final BigDecimal AMOUNT = new BigDecimal("150000");
    private static final String IIN = "900101300007";
    private static final String PHONE = "+7 700 000 00 00";

    private final LocalDate today;
    private final boolean most;

    private SampleAnswers(LocalDate today, boolean most) {
        this.today = today;
        this.most = most;
    }

    /** No to a yes/no question, the first option of a choice. */
    public static SampleAnswers fewest(LocalDate today) {
        return new SampleAnswers(today, false);
    }

    /** Yes to a yes/no question, every option of a multiple choice. */
    public static SampleAnswers most(LocalDate today) {
        return new SampleAnswers(today, true);
    }

    public Answer of(Question question) {
        return switch (question.type()) {
            case YES_NO -> new Answer.YesNo(most);
            case SINGLE -> new Answer.Choice(firstOption(question));
            case MULTI ->
                new Answer.Choices(
                        most
                                ? new LinkedHashSet<>(question.options().stream()
                                        .map(Option::id)
                                        .toList())
                                : Set.of(firstOption(question)));
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
