package kz.citizensec.qorgan.render;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.property.Summary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.TypedText;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.playbook.CaseProgress;

/**
 * The dates due of a case file as an iCalendar file (RFC 5545) that any calendar imports: one
 * all-day event per date, in the person's language. It holds the guide's words and, of what the
 * person typed, only the number an institution gave for the step (to quote when asking).
 */
public final class DueCalendar {

    /** The file's name in the folder of the documents. */
    public static final String FILE = "due.ics";

    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private DueCalendar() {}

    /** The calendar for these documents; empty when nothing is due. */
    public static Optional<String> of(Rendered rendered, CaseProgress progress, Lang lang) {
        if (rendered.dues().isEmpty()) {
            return Optional.empty();
        }
        Messages messages = Messages.of(Documents.BUNDLE, lang);
        Formats formats = new Formats(messages);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//citizensec//qorgan//" + lang.tag().toUpperCase(java.util.Locale.ROOT));
        for (CaseDue due : rendered.dues()) {
            VEvent event = new VEvent();
            // Stable, so that importing an updated file again replaces the event instead of adding one.
            event.setUid("qorgan-" + due.event().id() + "-" + due.from().format(UID_DATE));
            event.setDateTimeStamp(
                    Date.from(rendered.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            event.setDateStart(new DateStart(day(due.date()), false));
            Summary summary = event.setSummary(messages.get(
                    "calendar.summary",
                    due.rule().text().in(lang),
                    formats.date(due.date()),
                    due.event().title().in(lang)));
            summary.setLanguage(lang.tag());
            String reference = progress.reference(due.step())
                    .map(number -> messages.get("calendar.reference", TypedText.oneLine(number)))
                    .orElse("");
            event.setDescription(messages.get(
                                    "calendar.description",
                                    formats.date(due.from()),
                                    due.rule().passed().in(lang),
                                    reference)
                            .strip())
                    .setLanguage(lang.tag());
            calendar.addEvent(event);
        }
        return Optional.of(Biweekly.write(calendar).go());
    }

    /** An all-day date: written as a DATE value, which has no time zone. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
