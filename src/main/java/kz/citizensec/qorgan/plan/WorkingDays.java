package kz.citizensec.qorgan.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.citizensec.qorgan.playbook.FollowUp;

/**
 * Counts days after an event as the guide's due rules ask: calendar days, or working days that
 * skip Saturdays, Sundays and the guide's days off. A year the guide lists no days off for is
 * counted with weekends only, and named in the result, so that the documents can say so.
 */
public final class WorkingDays {

    private final Map<Integer, Set<LocalDate>> daysOff = new HashMap<>();

    public WorkingDays(FollowUp followUp) {
        followUp.holidays().forEach(year -> daysOff.put(year.year(), year.dateSet()));
    }

    /** A date counted from another, with the years whose days off were not known on the way. */
    public record Counted(LocalDate date, Set<Integer> yearsUnknown) {
        public Counted {
            yearsUnknown = Set.copyOf(yearsUnknown);
        }
    }

    public Counted after(LocalDate from, FollowUp.DueRule rule) {
        if (!rule.inWorkingDays()) {
            return new Counted(from.plusDays(rule.count()), Set.of());
        }
        Set<Integer> unknown = new TreeSet<>();
        LocalDate day = from;
        int left = rule.count();
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorking(day, unknown)) {
                left--;
            }
        }
        return new Counted(day, unknown);
    }

    private boolean isWorking(LocalDate day, Set<Integer> unknown) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        Set<LocalDate> off = daysOff.get(day.getYear());
        if (off == null) {
            unknown.add(day.getYear());
            return true;
        }
        return !off.contains(day);
    }
}
