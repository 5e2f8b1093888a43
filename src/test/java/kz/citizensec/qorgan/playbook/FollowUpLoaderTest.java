package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events.yaml: the bundled one is clean; each rule of sense is reported at file:line. */
class FollowUpLoaderTest {

    private static final Path BUNDLED = Path.of("guides/default");

    @TempDir
    Path dir;

    private Guide guide;

    @BeforeEach
    void copyTheGuide() throws IOException {
        try (var files = Files.walk(BUNDLED)) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(BUNDLED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        guide = new GuideLoader(Lang.EN).load(GuideSource.directory(dir));
    }

    private List<Problem> problemsAfter(String from, String to) throws IOException {
        Path events = dir.resolve(GuideFiles.EVENTS);
        String text = Files.readString(events);
        assertThat(text).contains(from);
        Files.writeString(events, text.replace(from, to));
        return new FollowUpLoader(Lang.EN)
                .check(GuideSource.directory(dir), guide)
                .problems();
    }

    @Test
    void theBundledEventsAreClean() {
        FollowUpLoader.Checked checked = new FollowUpLoader(Lang.EN).check(GuideSource.bundled(), guide);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.followUp().event("dispute_filed").orElseThrow().due().workingDays())
                .isEqualTo(15);
        assertThat(checked.followUp().holidays())
                .extracting(FollowUp.HolidayYear::year)
                .containsExactly(2026);
        assertThat(checked.followUp().holidays().get(0).dates())
                .contains(LocalDate.of(2026, 12, 16))
                .allSatisfy(date -> assertThat(date.getYear()).isEqualTo(2026));
    }

    @Test
    void aGuideWithoutTheFileHasNoEvents() throws IOException {
        Files.delete(dir.resolve(GuideFiles.EVENTS));
        FollowUpLoader.Checked checked = new FollowUpLoader(Lang.EN).check(GuideSource.directory(dir), guide);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.followUp()).isEqualTo(FollowUp.NONE);
    }

    @Test
    void anUnknownStepIsNamedWithAGuess() throws IOException {
        assertThat(problemsAfter(
                        "id: police_report_filed\n    step: police", "id: police_report_filed\n    step: polise"))
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .matches(".*events.yaml:\\d+:\\d+: "
                                + "events\\[0\\]\\.step: no step has the id 'polise'; did you mean 'police'\\?"));
    }

    @Test
    void daysAndWorkingDaysTogetherAreRefused() throws IOException {
        assertThat(problemsAfter("working_days: 15", "working_days: 15\n      days: 15"))
                .extracting(Problem::message)
                .containsExactly("write either days (calendar days) or working_days, a whole number greater than 0");
    }

    @Test
    void aDueRuleWithoutItsSourceIsRefused() throws IOException {
        assertThat(problemsAfter("      source: \"fingramota.kz 2022-04-07", "      note: \"fingramota.kz 2022-04-07"))
                .isNotEmpty();
        Files.writeString(
                dir.resolve(GuideFiles.EVENTS),
                Files.readString(dir.resolve(GuideFiles.EVENTS))
                        .replace("      note: \"fingramota.kz", "      source: \"fingramota.kz")
                        .replaceFirst("(?m)^      source: \"inbusiness.kz.*\\n", ""));
        assertThat(new FollowUpLoader(Lang.EN)
                        .check(GuideSource.directory(dir), guide)
                        .problems())
                .extracting(Problem::field, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "events[3].due",
                        "a due rule needs its source: where the rule of the date is written (publication and date)"));
    }

    @Test
    void aDayOffOutsideItsYearAndAYearWithoutSourceAreRefused() throws IOException {
        problemsAfter("2026-12-16]", "2027-12-16]");
        List<Problem> problems = problemsAfter("    source: \"egov.kz calendar", "    # \"egov.kz calendar");
        assertThat(problems)
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "'2027-12-16' is not a date of 2026: expected YYYY-MM-DD",
                        "the days off of 2026 need their source: the law and the calendar of that year (publication and date)");
    }

    @Test
    void aConditionOnAnUnknownQuestionIsRefused() throws IOException {
        assertThat(problemsAfter("question: stop_credit_before", "question: stop_credit"))
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("events[3].due.when.question"));
    }
}
