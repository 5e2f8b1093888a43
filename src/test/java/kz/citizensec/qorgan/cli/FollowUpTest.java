package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case file: plan --answers with a progress section, due.ics, and qorgan follow-up on streams. */
class FollowUpTest {

    private static final Path CASE = Path.of("src/test/resources/followup/case.yaml");
    /** Two weeks after the dispute was filed: its answer is not overdue yet. */
    private static final Instant DAY = Instant.parse("2026-12-14T10:00:00Z");

    @TempDir
    Path dir;

    private Path copy(String yaml) throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** 15 working days after Tuesday 1 December 2026, 16 December (Independence Day) skipped. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Answer due by **23 December 2026**",
                "ru|Ответ кредитного бюро — не позднее **23.12.2026**",
                "kk|Кредиттік бюро жауабының соңғы мерзімі: **23.12.2026**"
            })
    void aDisputeFiledGivesTheAnswerDueOnTheFifteenthWorkingDay(String lang, String due) {
        Run run = english().at(DAY).run("plan", "--answers", CASE.toString(), "--lang", lang);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(due);
    }

    @Test
    void aDueDatePastIsFlaggedWithWhatToDoThen() {
        Run run = english()
                .at(Instant.parse("2026-12-28T10:00:00Z"))
                .run("plan", "--answers", CASE.toString(), "--lang", "en");
        assertThat(run.out())
                .contains(
                        "**The date has passed.** If no answer has come, contact the bureau",
                        "call ARDFM on 1459 or complain through eOtinish");
    }

    @Test
    void aYearWithoutItsDaysOffIsSaid() throws IOException {
        Path file = copy(Files.readString(CASE).replace("dispute_filed: 2026-12-01", "dispute_filed: 2026-12-24"));
        Run run = english()
                .at(Instant.parse("2027-01-05T10:00:00Z"))
                .run("plan", "--answers", file.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "qorgan's list of days off has no 2027 yet: dates due in it count only Saturdays and Sundays");
    }

    @Test
    void theCalendarHoldsTheDueDateAndImportsIntoAStandardReader() throws IOException {
        Path out = dir.resolve("docs");
        Run run = english().at(DAY).run("plan", "--answers", CASE.toString(), "--lang", "ru", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path ics = out.resolve("due.ics");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ics)))
                .isEqualTo("rw-------");
        List<ICalendar> calendars = Biweekly.parse(Files.readString(ics)).all();
        assertThat(calendars).hasSize(1);
        // The write-off request was not recorded: only the dispute's answer is due.
        assertThat(calendars.get(0).getEvents()).hasSize(1);
        VEvent event = calendars.get(0).getEvents().get(0);
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
        assertThat(event.getDateStart()
                        .getValue()
                        .toInstant()
                        .atZone(ZoneId.systemDefault())
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(event.getSummary().getValue()).contains("Ответ кредитного бюро", "23.12.2026");
        assertThat(event.getSummary().getLanguage()).isEqualTo("ru");
    }

    @Test
    void noCalendarWithoutADueDate() throws IOException {
        Path out = dir.resolve("docs");
        Run run = english()
                .at(DAY)
                .run(
                        "plan",
                        "--answers",
                        "src/test/resources/golden/everything_full_report.yaml",
                        "--out",
                        out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("due.ics")).doesNotExist();
    }

    @Test
    void jsonHasTheProgressAndTheDueDates() throws IOException {
        Path file = copy(
                Files.readString(CASE) + "  steps:\n    call_bank: {done: 2026-11-20, reference: \"KB-778812\"}\n");
        Run run = english().at(DAY).run("plan", "--answers", file.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode callBank = json.get("steps").findParents("id").stream()
                .filter(step -> step.get("id").asText().equals("call_bank"))
                .findFirst()
                .orElseThrow();
        assertThat(callBank.get("progress").get("reference").asText()).isEqualTo("KB-778812");
        assertThat(callBank.get("progress").get("done").asText()).isEqualTo("2026-11-20");
        assertThat(json.get("due").get(0).get("event").asText()).isEqualTo("dispute_filed");
        assertThat(json.get("due").get(0).get("date").asText()).isEqualTo("2026-12-23");
        assertThat(json.get("due").get(0).get("overdue").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "dispute_filed: 2026-12-01|dispute_filed: 2026-11-19|progress.events.dispute_filed|before the incident",
                "dispute_filed: 2026-12-01|dispute_filed: 2026-12-20|progress.events.dispute_filed|in the future",
                "dispute_filed: 2026-12-01|dispute_fild: 2026-12-01|progress.events.dispute_fild|Did you mean",
                "dispute_filed: 2026-12-01|dispute_filed: 1 Dec|progress.events.dispute_filed|YYYY-MM-DD",
                "events:|steps: {call_bnk: {done: 2026-12-01}}; events:|progress.steps.call_bnk|Did you mean 'call_bank'?"
            })
    void badProgressIsExit3NamingTheLineAndTheField(String from, String to, String field, String message)
            throws IOException {
        Path file = copy(Files.readString(CASE).replace(from, to.replace("; ", "\n  ")));
        Run run = english().at(DAY).run("plan", "--answers", file.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(file + ":")
                .contains(field)
                .contains(message)
                .doesNotContain("Exception");
    }

    @Test
    void followUpRecordsTheBankApplicationNumberThenThePlanTicksItAndTheReportQuotesIt() throws IOException {
        Path file = copy(Files.readString(CASE));
        // 1: the first step of the plan (call the bank); the day; its number; Enter: nothing more; 1: save.
        Run run = english().at(DAY).stdin("1\nyesterday\nKB-778812\n\n1\n").run("follow-up", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("[x] Call your bank · done 13 December 2026 · No. KB-778812", "Saved to");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String saved = Files.readString(file);
        assertThat(saved).contains("incident_date: 2026-11-20", "dispute_filed: 2026-12-01", "reference: KB-778812");

        Run plan = english().at(DAY).run("plan", "--answers", file.toString(), "--lang", "en");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out())
                .contains(
                        "- [x] **Call your bank.**",
                        "Done on **13 December 2026**. Number: **KB-778812**.",
                        "**My application to the bank:** No. KB-778812");
    }

    @Test
    void endOfInputLeavesTheCaseFileExactlyAsItWas() throws IOException {
        Path file = copy(Files.readString(CASE));
        byte[] before = Files.readAllBytes(file);
        Run run = english().at(DAY).stdin("1\nyesterday\nKB-1\n").run("follow-up", file.toString());
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.err()).contains("Interrupted: the case file was not changed.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void declinedSavingLeavesTheCaseFileAsItWas() throws IOException {
        Path file = copy(Files.readString(CASE));
        byte[] before = Files.readAllBytes(file);
        Run run = english().at(DAY).stdin("1\nyesterday\nKB-1\n\n2\n").run("follow-up", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("Not saved: the case file stays as it was.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void validateRefusesADueRuleWithoutItsSource() throws IOException {
        Path guide = dir.resolve("guide");
        try (var files = Files.walk(Path.of("guides/default"))) {
            for (Path from : files.toList()) {
                Path to =
                        guide.resolve(Path.of("guides/default").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path events = guide.resolve("events.yaml");
        Files.writeString(events, Files.readString(events).replaceFirst("(?m)^      source: .*\n", ""));
        Run run = english().at(DAY).run("validate", guide.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .containsPattern("events.yaml:\\d+:\\d+: events\\[2\\]\\.due: a due rule needs its source");
    }
}
