package kz.citizensec.qorgan.playbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a guide knows about following a case up (events.yaml): the dated events a person records in
 * the case file, the due date each one starts, and the days off that working days skip. Read only
 * when a case file is (see {@link FollowUpLoader}), never on the interview's start-up path.
 *
 * @param events the events, in the order the guide lists them
 * @param holidays the days off of each year that a source lists; a year absent here has none known
 */
public record FollowUp(List<CaseEvent> events, List<HolidayYear> holidays) {

    /** A guide without events.yaml: nothing to date, nothing due. */
    public static final FollowUp NONE = new FollowUp(List.of(), List.of());

    public FollowUp {
        events = events == null ? List.of() : List.copyOf(events);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    public Optional<CaseEvent> event(String eventId) {
        return events.stream().filter(e -> e.id().equals(eventId)).findFirst();
    }

    /**
     * A dated event of the case and, when the guide knows one, the rule of the date it makes due.
     *
     * @param step the step of the plan the event belongs to
     * @param due what becomes due after the event; absent for an event only recorded
     */
    public record CaseEvent(String id, String step, LocalizedText title, DueRule due) {
        public Optional<DueRule> dueRule() {
            return Optional.ofNullable(due);
        }
    }

    /**
     * When something is due after an event: exactly one of {@code days} (calendar days) and
     * {@code workingDays} (Saturdays, Sundays and listed days off skipped) is set.
     *
     * @param when the rule holds only for answers that meet it (absent: always)
     * @param text what is due, before its date ("Answer due by")
     * @param passed what to do once the date is behind (the escalation)
     * @param source where the rule is written: a date rule is a fact and is never invented
     */
    public record DueRule(
            Integer days,
            Integer workingDays,
            Condition when,
            LocalizedText text,
            LocalizedText passed,
            String source) {

        public boolean appliesTo(Answers answers) {
            return when == null || when.test(answers);
        }

        public boolean inWorkingDays() {
            return workingDays != null;
        }

        public int count() {
            return workingDays != null ? workingDays : days == null ? 0 : days;
        }
    }

    /** The days off of one year, and where they were seen. */
    public record HolidayYear(int year, String source, List<LocalDate> dates) {
        public HolidayYear {
            dates = dates == null ? List.of() : List.copyOf(dates);
        }

        public Set<LocalDate> dateSet() {
            return Set.copyOf(dates);
        }
    }
}
