package kz.citizensec.qorgan.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code qorgan follow-up} in a real terminal (src/test/tmux/follow-up.sh): a bank application's
 * number recorded and saved, then ticked in the plan and quoted in the police report; Ctrl-C and
 * SIGTERM in the middle leave the case file exactly as it was. Skipped only where tmux cannot be
 * found (.ci/run installs it).
 */
class FollowUpInTmuxIT {

    @Test
    void aNumberRecordedInARealTerminalReachesThePlanAndAnInterruptionChangesNothing()
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("tmux"), "tmux is not installed");
        Path jar = Path.of("target/qorgan.jar");
        assertThat(jar).exists();
        Path log = Path.of("target/tmux-follow-up/run.log");
        Files.createDirectories(log.getParent());
        Process run = new ProcessBuilder("bash", "src/test/tmux/follow-up.sh", jar.toString(), "target/tmux-follow-up")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = run.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the tmux run ended in time").isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(Files.readString(Path.of("target/tmux-follow-up/plan.md"), StandardCharsets.UTF_8))
                .contains("- [x] **Call your bank.**", "**My application to the bank:** No. KB-778812");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
