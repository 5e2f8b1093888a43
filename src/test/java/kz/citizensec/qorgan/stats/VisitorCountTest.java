package kz.citizensec.qorgan.stats;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.RandomAnswers;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a person answers, their count line holds only the allowlist's values: nothing they
 * typed, no exact amount, no date but the day of the visit; and it reads back as the same count.
 */
@ExtendWith(Cases.class)
class VisitorCountTest {

    private static final RandomAnswers RANDOM = RandomAnswers.forGuide(TestAnswers.guide(), TODAY);

    /** Every word a line can be made of: a typed text found in it would be no proof of a leak. */
    private static final String VOCABULARY = Stream.concat(
                            CountedFields.FIELDS.stream(),
                            CountedFields.FIELDS.stream().flatMap(f -> CountedFields.allowed(f).stream()))
                    .collect(Collectors.joining(" "))
            + " true false null " + TODAY;

    private static final List<String> VOCABULARY_BY_LENGTH = Stream.of(VOCABULARY.split(" "))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    private static final Pattern JSON_PUNCTUATION = Pattern.compile("[\"{}\\[\\]:,]");

    @RepeatedTest(value = 1000, failureThreshold = 1)
    void noTypedTextEverReachesTheLine(Case c) {
        Answers answers = RANDOM.answers(c);
        String lang = c.pick("kk", "ru", "en");
        VisitorCount count = VisitorCount.of(answers, Lang.of(lang), TODAY);
        String line = count.toJson();
        c.show("line", () -> line);

        for (String typed : typed(answers)) {
            String value = typed.strip();
            // A piece of a word of the line with its JSON quotes ("passw) is no proof of a leak either.
            String bare = JSON_PUNCTUATION.matcher(value).replaceAll("");
            if (value.length() >= 3 && !VOCABULARY.contains(value) && !VOCABULARY.contains(bare)) {
                assertThat(line).as("typed text in the line").doesNotContain(value);
            }
        }
        String rest = line;
        for (String word : VOCABULARY_BY_LENGTH) {
            rest = rest.replace("\"" + word + "\"", "");
        }
        assertThat(rest).as("the line without its words").matches("[{}\\[\\]:,]*");
        assertThat(CountLine.looksPersonal(line)).isFalse();
        assertThat(line).doesNotContain("\n").contains("\"day\":\"" + TODAY + "\"");
        assertThat(CountLine.read(line)).isEqualTo(new CountLine.Counted(count));
    }

    /** Every text, date and amount in the answers, group items included, as written or as numbers are. */
    private static List<String> typed(Answers answers) {
        List<String> typed = new ArrayList<>();
        answers.byQuestion().values().forEach(answer -> collect(answer, typed));
        return typed;
    }

    private static void collect(Answer answer, List<String> typed) {
        if (answer instanceof Answer.Text text) {
            typed.add(text.value());
        } else if (answer instanceof Answer.TextList list) {
            typed.addAll(list.values());
        } else if (answer instanceof Answer.Money money) {
            typed.add(money.value().toPlainString());
        } else if (answer instanceof Answer.Date date && !date.value().equals(TODAY)) {
            typed.add(date.value().toString());
        } else if (answer instanceof Answer.Group group) {
            group.items().forEach(item -> item.values().forEach(a -> collect(a, typed)));
        }
    }

    @Test
    void theAmountIsABandOfTheTransactionsTotal() {
        assertThat(band()).isEqualTo(AmountBand.NONE);
        assertThat(band("49999.99")).isEqualTo(AmountBand.UNDER_50_000);
        assertThat(band("30000", "20000")).isEqualTo(AmountBand.UNDER_500_000);
        assertThat(band("499999")).isEqualTo(AmountBand.UNDER_500_000);
        assertThat(band("150000", "350000")).isEqualTo(AmountBand.FROM_500_000);
        assertThat(AmountBand.of(Optional.empty())).isEqualTo(AmountBand.NONE);
    }

    private static AmountBand band(String... amounts) {
        List<Map<String, Answer>> items = Stream.of(amounts)
                .map(a -> Map.<String, Answer>of(
                        "amount",
                        new Answer.Money(new BigDecimal(a)),
                        "recipient",
                        new Answer.Text("+7 701 000 00 01")))
                .toList();
        Answers answers =
                new Answers(Map.of("money_lost", new Answer.YesNo(true), "transactions", new Answer.Group(items)));
        VisitorCount count = VisitorCount.of(answers, Lang.RU, TODAY);
        assertThat(count.toJson()).doesNotContain("701");
        return count.amount();
    }

    @Test
    void anOptionTheAllowlistLacksIsOtherAndAQuestionNotAskedIsUnanswered() {
        Answers answers = new Answers(Map.of(
                "impersonated",
                new Answer.Choice("Aigerim"),
                "disclosed",
                new Answer.Choices(Set.of("card", "my_secret_word", "eds")),
                "want_report",
                new Answer.YesNo(true)));
        VisitorCount count = VisitorCount.of(answers, Lang.of("de"), TODAY);
        assertThat(count.toJson())
                .isEqualTo("{\"day\":\"2026-11-28\",\"lang\":\"other\",\"impersonated\":\"other\","
                        + "\"channel\":\"unanswered\",\"disclosed\":[\"eds\",\"card\",\"other\"],\"money_lost\":\"unanswered\","
                        + "\"amount\":\"none\",\"loans\":\"unanswered\",\"report\":\"yes\"}");
    }
}
