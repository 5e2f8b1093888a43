package kz.citizensec.qorgan.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.citizensec.qorgan.core.Messages;

/** Dates and amounts written the way a reader of one language expects. */
final class Formats {

    private final DateTimeFormatter dates;
    private final Locale locale;

    Formats(Messages messages) {
        this.locale = messages.lang().locale();
        this.dates = DateTimeFormatter.ofPattern(messages.get("format.date"), locale);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /**
     * With thousands separators ("150 000", "150,000"); tiyn, if any, as two decimals. The locale's
     * no-break spaces become plain ones so that the documents hold only ordinary characters.
     */
    String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
