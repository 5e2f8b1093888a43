package kz.citizensec.qorgan.interview.terminal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Question;

/** The interview's words in one language: its own messages, the guide's texts, answers as shown. */
final class Texts {

    static final String BUNDLE = "kz.citizensec.qorgan.interview.Messages";

    /** As the person types a date (the questions' hints say so), not as the answers file stores it. */
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    private final Messages messages;
    private final Lang lang;

    Texts(Lang lang) {
        this.messages = Messages.of(BUNDLE, lang);
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String of(LocalizedText text) {
        return text.in(lang);
    }

    /** The answer in words, as the review and the summary show it. */
    String answer(Question question, Answer answer) {
        if (answer instanceof Answer.YesNo yesNo) {
            return get(yesNo.value() ? "yes" : "no");
        }
        if (answer instanceof Answer.Choice choice) {
            return option(question, choice.id());
        }
        if (answer instanceof Answer.Choices choices) {
            return choices.ids().stream().map(id -> option(question, id)).collect(Collectors.joining("; "));
        }
        if (answer instanceof Answer.Date date) {
            return DATE.format(date.value());
        }
        if (answer instanceof Answer.Money money) {
            return amount(money.value()) + " ₸";
        }
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        if (answer instanceof Answer.TextList list) {
            return String.join("; ", list.values());
        }
        Answer.Group group = (Answer.Group) answer;
        List<String> items = new ArrayList<>();
        for (int i = 0; i < group.items().size(); i++) {
            items.add(get("group.item", i + 1) + ": "
                    + item(question, group.items().get(i)));
        }
        return String.join(" | ", items);
    }

    /** One item of a group: its fields' answers in the guide's order. */
    String item(Question group, Map<String, Answer> item) {
        return group.fields().stream()
                .filter(field -> item.containsKey(field.id()))
                .map(field -> answer(field, item.get(field.id())))
                .collect(Collectors.joining(", "));
    }

    private String option(Question question, String id) {
        return question.option(id).map(o -> of(o.text())).orElse(id);
    }

    private String amount(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(lang.equals(Lang.EN) ? '.' : ',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }
}
