package kz.citizensec.qorgan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A script of src/test/tmux driving the packaged jar in a real terminal, as the {@code *InTmuxIT}
 * run it: after the jar is built, skipped only where tmux cannot be found (.ci/run installs it).
 */
public final class TmuxScript {

    private TmuxScript() {}

    /**
     * Runs src/test/tmux/{@code script} with target/qorgan.jar and {@code folder}, where it leaves
     * its screens and files, and its output in the file {@code log} of that folder; the run must
     * end within {@code minutes} and with status 0.
     *
     * @return what the script printed
     */
    public static String run(String script, String folder, String log, int minutes)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(Command.onPath("tmux").isPresent(), "tmux is not installed");
        Path jar = Path.of("target/qorgan.jar");
        assertThat(jar).exists();
        Path logFile = Path.of(folder, log);
        Files.createDirectories(logFile.getParent());
        Process run = new ProcessBuilder("bash", "src/test/tmux/" + script, jar.toString(), folder)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        boolean ended = run.waitFor(minutes, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(ended).as("the tmux run ended in time").isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        return output;
    }
}
