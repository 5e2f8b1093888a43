package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.citizensec.qorgan.interview.terminal.FakeTerminal;
import kz.citizensec.qorgan.testing.Cli.Run;
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

    private void assertRefused(Run run) {
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err())
                .contains(expectedPlace, "money_lots", "did you mean 'money_lost'?")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void planRefusesIt() {
        assertRefused(english().run("plan", "--guide", guide.dir().toString(), "--answers", GOOD_ANSWERS));
    }

    @Test
    void assessRefusesItBeforeTheFirstQuestion() {
        Run run = english().stdin("1\n").run("assess", "--guide", guide.dir().toString());
        assertRefused(run);
        assertThat(run.err()).doesNotContain("Тілді", "language");
    }

    @Test
    void deskRefusesItBeforeTheFirstVisitor() throws Exception {
        Path out = dir.resolve("desk");
        Run run = english()
                .terminal(FakeTerminal.xterm("\r1\r"))
                .run("desk", "--guide", guide.dir().toString(), "--out", out.toString());
        assertRefused(run);
        assertThat(run.raw()).doesNotContain("Next visitor");
        assertThat(Files.exists(out) ? Files.list(out).count() : 0).isZero();
    }

    @Test
    void followUpRefusesItBeforeReadingOrWritingTheCaseFile() throws Exception {
        Path caseFile = dir.resolve("case.yaml");
        Files.copy(Path.of("src/test/resources/golden/case_file_follow_up.yaml"), caseFile);
        byte[] before = Files.readAllBytes(caseFile);
        Run run = english().stdin("1\n").run("follow-up", "--guide", guide.dir().toString(), caseFile.toString());
        assertRefused(run);
        assertThat(Files.readAllBytes(caseFile)).isEqualTo(before);
    }

    @Test
    void validateReportsItToo() {
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(expectedPlace, "money_lots");
    }
}
