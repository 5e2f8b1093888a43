package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.citizensec.qorgan.testing.Command;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script and the man pages the dist build ships, as picocli makes them from the commands. */
class ManualsTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesTheCommandsTheirOptionsAndTheLanguages() throws Exception {
        Assumptions.assumeTrue(Command.onPath("bash").isPresent(), "bash not installed");
        Path script = dir.resolve("qorgan_completion");
        Files.writeString(script, Manuals.completion(), StandardCharsets.UTF_8);

        assertThat(complete(script, "qorgan pl")).isEqualTo("plan");
        assertThat(complete(script, "qorgan ")).isEqualTo("assess plan follow-up desk stats validate");
        assertThat(complete(script, "qorgan --")).contains("--lang", "--help", "--version");
        assertThat(complete(script, "qorgan plan --f")).isEqualTo("--force --format");
        assertThat(complete(script, "qorgan plan --format ")).isEqualTo("md html json");
        assertThat(complete(script, "qorgan --lang ")).isEqualTo("kk ru en");
        assertThat(complete(script, "qorgan assess --report-lang ")).isEqualTo("kk ru en");
        assertThat(complete(script, "qorgan validate --ex")).isEqualTo("--exhaustive");
        assertThat(complete(script, "qorgan stats --format ")).isEqualTo("md csv json");
        assertThat(complete(script, "qorgan desk --st")).isEqualTo("--stats");
        assertThat(complete(script, "qorgan follow-up --p")).isEqualTo("--plain");
    }

    @Test
    void theManPagesSayWhatTheHelpSaysInEnglish() throws Exception {
        Manuals.main(new String[] {dir.toString()});
        Path man = dir.resolve("man");

        String root = Files.readString(man.resolve("qorgan.adoc"));
        assertThat(root)
                .contains(
                        ":doctype: manpage",
                        "= qorgan(1)",
                        ":mansource: qorgan ",
                        "what to do after telling scammers a code",
                        "Exit codes: 0 ok");
        for (String command : List.of("assess", "plan", "desk", "stats", "validate")) {
            assertThat(root).contains("xref:qorgan-" + command + ".adoc");
            assertThat(man.resolve("qorgan-" + command + ".adoc")).exists();
        }
        assertThat(Files.readString(man.resolve("qorgan-plan.adoc")))
                .contains(
                        "= qorgan-plan(1)",
                        "*--answers*=_FILE_",
                        "*--format*=_FORMAT_",
                        "Language of the police report and the letters: kk, ru or en",
                        "*--stats*=_FILE_");
        assertThat(Files.readString(man.resolve("qorgan-stats.adoc")))
                .contains("= qorgan-stats(1)", "*--from*=_DATE_", "_FILE_", "by ISO week and by scheme");
    }

    /** What bash offers after {@code line}, as it would when Tab is pressed at its end. */
    private String complete(Path script, String line) throws Exception {
        String words = line.endsWith(" ") ? line + "''" : line;
        String program = "source \"$0\" 2>/dev/null; COMP_LINE='" + line + "'; COMP_WORDS=(" + words + ");"
                + " COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _complete_qorgan 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Command run = Command.run(List.of("bash", "-c", program, script.toString()), dir);
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }
}
