package kz.citizensec.qorgan.stats;

import static kz.citizensec.qorgan.stats.CountedFields.AMOUNT;
import static kz.citizensec.qorgan.stats.CountedFields.CHANNEL;
import static kz.citizensec.qorgan.stats.CountedFields.DAY;
import static kz.citizensec.qorgan.stats.CountedFields.DISCLOSED;
import static kz.citizensec.qorgan.stats.CountedFields.IMPERSONATED;
import static kz.citizensec.qorgan.stats.CountedFields.LANG;
import static kz.citizensec.qorgan.stats.CountedFields.LOANS;
import static kz.citizensec.qorgan.stats.CountedFields.MONEY_LOST;
import static kz.citizensec.qorgan.stats.CountedFields.REPORT;
import static kz.citizensec.qorgan.stats.CountedFields.UNANSWERED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.ReportWish;

/**
 * One finished visitor as the organisation counts them: the day (no time), the language, the
 * scheme (who the scammers claimed to be, how they made contact), what was disclosed, whether
 * money was lost and in which band, loans, and whether a police report was wanted. Every value is
 * one of {@link CountedFields}'s.
 */
public record VisitorCount(
        LocalDate day,
        String lang,
        String impersonated,
        String channel,
        List<String> disclosed,
        String moneyLost,
        AmountBand amount,
        String loans,
        boolean report) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRANSACTIONS = "transactions";
    private static final String TRANSACTION_AMOUNT = "amount";

    public VisitorCount {
        disclosed = List.copyOf(disclosed);
    }

    /** Counts a visitor from their answers: the options they chose, looked up in the allowlist; nothing typed. */
    public static VisitorCount of(Answers answers, Lang lang, LocalDate day) {
        return new VisitorCount(
                day,
                CountedFields.allowedOrOther(LANG, lang.tag()),
                chosen(answers, IMPERSONATED),
                chosen(answers, CHANNEL),
                disclosed(answers),
                chosen(answers, MONEY_LOST),
                AmountBand.of(total(answers)),
                chosen(answers, LOANS),
                ReportWish.in(answers));
    }

    private static String chosen(Answers answers, String question) {
        return answers.get(question)
                .map(Answer::choiceIds)
                .filter(ids -> ids.size() == 1)
                .map(ids ->
                        CountedFields.allowedOrOther(question, ids.iterator().next()))
                .orElse(UNANSWERED);
    }

    /** In the allowlist's order, so that the same choices always make the same line. */
    private static List<String> disclosed(Answers answers) {
        List<String> chosen = answers.get(DISCLOSED)
                .map(answer -> answer.choiceIds().stream()
                        .map(id -> CountedFields.allowedOrOther(DISCLOSED, id))
                        .toList())
                .orElse(List.of());
        return CountedFields.allowed(DISCLOSED).stream()
                .filter(chosen::contains)
                .toList();
    }

    /** The transactions' total, when any amount was given. */
    private static Optional<BigDecimal> total(Answers answers) {
        if (!(answers.get(TRANSACTIONS).orElse(null) instanceof Answer.Group group)) {
            return Optional.empty();
        }
        return group.items().stream()
                .map(item -> item.get(TRANSACTION_AMOUNT))
                .filter(Answer.Money.class::isInstance)
                .map(money -> ((Answer.Money) money).value())
                .reduce(BigDecimal::add);
    }

    /** The value of a field of the line, as written. */
    public Object value(String field) {
        return switch (field) {
            case DAY -> day.toString();
            case LANG -> lang;
            case IMPERSONATED -> impersonated;
            case CHANNEL -> channel;
            case DISCLOSED -> disclosed;
            case MONEY_LOST -> moneyLost;
            case AMOUNT -> amount.id();
            case LOANS -> loans;
            case REPORT -> report ? "yes" : "no";
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The JSON Lines line, without its line break: the fields of {@link CountedFields#FIELDS}, in order. */
    public String toJson() {
        Map<String, Object> line = new LinkedHashMap<>();
        CountedFields.FIELDS.forEach(field -> line.put(field, value(field)));
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
