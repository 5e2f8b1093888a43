package kz.citizensec.qorgan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.LocalizedText;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalizedText TEXT = LocalizedText.of(Lang.EN, "Due by");
    private static final FollowUp.DueRule FIFTEEN_WORKING = new FollowUp.DueRule(null, 15, null, TEXT, TEXT, "s");
    private static final FollowUp.DueRule THREE_DAYS = new FollowUp.DueRule(3, null, null, TEXT, TEXT, "s");
    private static final FollowUp.HolidayYear Y2026 = new FollowUp.HolidayYear(
            2026,
            "s",
            List.of(
                    LocalDate.of(2026, 3, 23),
                    LocalDate.of(2026, 3, 24),
                    LocalDate.of(2026, 3, 25),
                    LocalDate.of(2026, 12, 16)));
    private static final WorkingDays DAYS = new WorkingDays(new FollowUp(List.of(), List.of(Y2026)));

    @Test
    void fifteenWorkingDaysSkipWeekendsAndTheDaysOffOfTheList() {
        WorkingDays.Counted counted = DAYS.after(LocalDate.of(2026, 12, 1), FIFTEEN_WORKING);
        assertThat(counted.date()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(counted.yearsUnknown()).isEmpty();
    }

    @Test
    void withoutTheDaysOffOnlyWeekendsAreSkipped() {
        WorkingDays weekends = new WorkingDays(new FollowUp(List.of(), List.of()));
        WorkingDays.Counted counted = weekends.after(LocalDate.of(2026, 12, 1), FIFTEEN_WORKING);
        assertThat(counted.date()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(counted.yearsUnknown()).containsExactly(2026);
    }

    @Test
    void nauryzAndAWeekendTogether() {
        FollowUp.DueRule one = new FollowUp.DueRule(null, 1, null, TEXT, TEXT, "s");
        assertThat(DAYS.after(LocalDate.of(2026, 3, 20), one).date()).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void calendarDaysCountEveryDay() {
        WorkingDays.Counted counted = DAYS.after(LocalDate.of(2026, 11, 20), THREE_DAYS);
        assertThat(counted.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(counted.yearsUnknown()).isEmpty();
    }

    @Test
    void aYearNotListedIsNamed() {
        WorkingDays.Counted counted = DAYS.after(LocalDate.of(2026, 12, 24), FIFTEEN_WORKING);
        assertThat(counted.date()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(counted.yearsUnknown()).containsExactly(2027);
    }
}
