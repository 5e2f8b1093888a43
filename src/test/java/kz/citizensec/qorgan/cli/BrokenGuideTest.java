package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.interview.terminal.FakeTerminal;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command gets a guide through the one guarded way: a guide with an error is refused (exit 3,
 * file:line:column) before anyone is asked anything, never run with a step silently dropped.
 */
class BrokenGuideTest {

    private static final String GOOD_ANSWERS = "src/test/resources/golden/everything_full_report.yaml";

    @TempDir
    Path dir;

    private GuideFixture guide;
    private String expectedPlace;

    @BeforeEach
    void breakAStepsCondition() {
        guide = GuideFixture.copyOfDefault(dir)
                .replace(
                        "steps.yaml",
                        "{question: money_lost, is: yes}\n"
                                + "        - {question: loans, is: \"yes\"}\n        - {question: want_report",
                        "{question: money_lots, is: yes}\n"
                                + "        - {question: loans, is: \"yes\"}\n        - {question: want_report");
        expectedPlace = guide.shown("steps.yaml") + ":" + guide.lineOf("steps.yaml", "money_lots") + ":";
    }

    private record Run(int code, String out, String err, String screen) {}

    private Run run(String stdin, Optional<FakeTerminal> terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.of("LANG", "en_US.UTF-8"),
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC),
                terminal.map(fake -> fake::terminal));
        int code = new Main(environment).run(args);
        return new Run(
                code,
                out.toString(),
                err.toString(),
                terminal.map(FakeTerminal::raw).orElse(""));
    }

    private void assertRefused(Run run) {
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err())
                .contains(expectedPlace, "money_lots", "did you mean 'money_lost'?")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void planRefusesIt() {
        assertRefused(run("", Optional.empty(), "plan", "--guide", guide.dir().toString(), "--answers", GOOD_ANSWERS));
    }

    @Test
    void assessRefusesItBeforeTheFirstQuestion() {
        Run run = run("1\n", Optional.empty(), "assess", "--guide", guide.dir().toString());
        assertRefused(run);
        assertThat(run.err()).doesNotContain("Тілді", "language");
    }

    @Test
    void deskRefusesItBeforeTheFirstVisitor() throws Exception {
        Path out = dir.resolve("desk");
        Run run = run(
                "",
                Optional.of(FakeTerminal.xterm("\r1\r")),
                "desk",
                "--guide",
                guide.dir().toString(),
                "--out",
                out.toString());
        assertRefused(run);
        assertThat(run.screen()).doesNotContain("Next visitor");
        assertThat(Files.exists(out) ? Files.list(out).count() : 0).isZero();
    }

    @Test
    void validateReportsItToo() {
        Run run = run("", Optional.empty(), "validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(expectedPlace, "money_lots");
    }
}
