package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import kz.citizensec.qorgan.startup.SystemClock;
import kz.citizensec.qorgan.startup.WarmUp;
import kz.citizensec.qorgan.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What start-up does before and beside the commands: the guide's read-ahead, the launcher's rehearsal. */
class StartUpTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "assess",
                "assess --lang en",
                "--lang kk",
                "plan --answers a.yaml",
                "--verbose plan --answers a.yaml --format html"
            })
    void theGuideIsReadAheadForTheCommandsThatReadTheBundledOne(String line) {
        assertThat(EarlyArguments.mayNeedBundledGuide(args(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "validate",
                "validate --exhaustive",
                "plan --answers a.yaml --guide my-guide",
                "assess --guide=my-guide",
                "--help",
                "plan -h",
                "--version",
                "-V"
            })
    void notForTheOthers(String line) {
        assertThat(EarlyArguments.mayNeedBundledGuide(args(line))).isFalse();
    }

    @Test
    void theWarmUpNeverReadsAPipeThatTheCommandWillRead() throws Exception {
        Path pipe = temp.resolve("answers.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        Thread warmUp = new Thread(
                new WarmUp(EarlyArguments.ahead(new String[] {"plan", "--answers", pipe.toString()}, Map.of())));
        warmUp.setDaemon(true);
        warmUp.start();
        warmUp.join(Duration.ofSeconds(20).toMillis());

        assertThat(warmUp.isAlive()).as("the warm-up waits on nobody's pipe").isFalse();
    }

    @Test
    void theRehearsalRunsEachCommandAsExpectedShowingAndLeavingNothing() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(shown, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Rehearsal.main(new String[] {"interview", temp.toString()});
            Rehearsal.main(new String[] {"documents", temp.toString()});
            Rehearsal.main(new String[] {"tools", temp.toString()});
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(shown.toString(StandardCharsets.UTF_8)).isEmpty();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theRehearsalsAnswersMakeAPlan() throws IOException {
        Path answers = temp.resolve("answers.yaml");
        try (var sample = Rehearsal.class.getResourceAsStream("rehearsal-answers.yaml")) {
            Files.write(answers, sample.readAllBytes());
        }

        Cli.Run run = Cli.cli().run("plan", "--answers", answers.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Almaty", "Asia/Aqtobe", "America/New_York", "Pacific/Kiritimati", "UTC"})
    void theSystemClockTellsTheSystemsZoneAndTime(String zone) {
        TimeZone system = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            SystemClock clock = new SystemClock();
            Instant before = Instant.now();

            assertThat(clock.getZone().getRules().getOffset(before))
                    .isEqualTo(ZoneId.of(zone).getRules().getOffset(before));
            assertThat(clock.instant()).isBetween(before, Instant.now());
            assertThat(clock.withZone(ZoneOffset.ofHours(5)).getZone()).isEqualTo(ZoneOffset.ofHours(5));
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(ZoneId.of(zone)));
        } finally {
            TimeZone.setDefault(system);
        }
    }

    private static String[] args(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }
}
