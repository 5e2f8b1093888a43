package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's terminal closed or their session killed in the middle of the interview (SIGHUP,
 * SIGTERM): the packaged jar says, as for Ctrl-C, that nothing was saved, and exits with the
 * signal's code. Runs in {@code mvn verify}, after the jar is built.
 */
class SignalsIT {

    @ParameterizedTest
    @CsvSource({"TERM, 143", "HUP, 129"})
    void aSignalAtAQuestionSaysNothingWasSaved(String signal, int code) throws Exception {
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        "target/qorgan.jar",
                        "--lang",
                        "en",
                        "assess")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Standard input stays open: the interview waits at its first question.
        try (OutputStream keys = java.getOutputStream()) {
            String shown = readUntil(java.getErrorStream(), "> ");
            assertThat(shown).contains("Are you still on the phone");
            Process kill = new ProcessBuilder(List.of("kill", "-" + signal, String.valueOf(java.pid()))).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(java.waitFor(30, TimeUnit.SECONDS))
                    .as("exited after SIG" + signal)
                    .isTrue();
            String rest = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest.strip()).isEqualTo("Interrupted: nothing was saved.");
            assertThat(java.exitValue()).isEqualTo(code);
        } finally {
            java.destroyForcibly();
        }
    }

    /** What the stream shows until {@code end} (or its end), read byte by byte so that nothing after it is taken. */
    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            seen.write(b);
            if (seen.toString(StandardCharsets.UTF_8).endsWith(end)) {
                break;
            }
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
