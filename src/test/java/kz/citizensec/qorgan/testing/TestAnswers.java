package kz.citizensec.qorgan.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;

/** The bundled guide and answers built in code or written as a file, for tests of the plan and the documents. */
public final class TestAnswers {

    private static final Guide GUIDE = new GuideLoader(Lang.EN).load(GuideSource.bundled());

    private TestAnswers() {}

    public static Guide guide() {
        return GUIDE;
    }

    /** The answers every plan needs: nothing disclosed, no money lost, no loans, no report. */
    public static Answers minimal() {
        return Answers.NONE
                .with("in_contact", new Answer.YesNo(false))
                .with("disclosed", choices("nothing"))
                .with("impersonated", new Answer.Choice("bank"))
                .with("channel", new Answer.Choice("phone_call"))
                .with("incident_date", new Answer.Date(TestClock.TODAY.minusDays(1)))
                .with("money_lost", new Answer.YesNo(false))
                .with("loans", new Answer.Choice("no"))
                .with("want_report", new Answer.YesNo(false));
    }

    public static Answer.Choices choices(String... ids) {
        return new Answer.Choices(new LinkedHashSet<>(List.of(ids)));
    }

    public static Answer.Text text(String value) {
        return new Answer.Text(value);
    }

    public static Map<String, Answer> transaction(
            LocalDate date, String amount, String bank, String recipient, String note) {
        var item = new java.util.LinkedHashMap<String, Answer>();
        item.put("date", new Answer.Date(date));
        item.put("amount", new Answer.Money(new BigDecimal(amount)));
        item.put("bank", new Answer.Text(bank));
        item.put("recipient", new Answer.Text(recipient));
        item.put("note", new Answer.Text(note));
        return item;
    }

    /** {@code text} as a YAML double-quoted scalar for an answers file, every character kept (controls as escapes). */
    public static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
