package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.testing.Command;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * qorgan opens no network socket, not even one it never connects: {@code strace -f -e
 * trace=socket} over the packaged jar's commands (and over the launcher, with the rehearsal it
 * starts in the background) shows no AF_INET or AF_INET6 socket. AF_UNIX ones are the C
 * library's, asking the name service cache who the user is.
 *
 * <p>Needs strace; .ci/run installs it. Skipped where it is missing, except in CI (CI=true),
 * where its absence is a failure.
 */
class SocketsIT {

    private static final Pattern INET_SOCKET = Pattern.compile("socket\\(AF_INET6?\\b.*");
    private static final String MAIN = "kz.citizensec.qorgan.cli.Main";

    @TempDir
    Path temp;

    private Path strace;
    private Path answers;

    @BeforeEach
    void needStrace() throws IOException {
        Optional<Path> found = Command.onPath("strace");
        if ("true".equals(System.getenv("CI"))) {
            assertThat(found).as("strace, which .ci/run installs").isPresent();
        }
        Assumptions.assumeTrue(found.isPresent(), "strace not installed: the sockets are not watched");
        strace = found.get();
        answers = temp.resolve("answers.yaml");
        try (InputStream sample = Rehearsal.class.getResourceAsStream("rehearsal-answers.yaml")) {
            Files.write(answers, sample.readAllBytes());
        }
    }

    @Test
    void planAssessAndValidateOpenNoNetworkSocket() throws Exception {
        String jar = Path.of("target/qorgan.jar").toAbsolutePath().toString();
        String file = answers.toString();
        String out = temp.resolve("documents").toString();
        assertNoInetSocket(0, Command.java(), "-cp", jar, MAIN, "plan", "--answers", file);
        assertNoInetSocket(
                0,
                Command.java(),
                "-cp",
                jar,
                MAIN,
                "plan",
                "--answers",
                file,
                "--lang",
                "kk,ru",
                "--format",
                "html",
                "--out",
                out);
        assertNoInetSocket(ExitStatus.INTERRUPTED.code(), Command.java(), "-cp", jar, MAIN, "assess", "--lang", "en");
        assertNoInetSocket(0, Command.java(), "-cp", jar, MAIN, "validate");
        assertNoInetSocket(0, Command.java(), "-cp", jar, MAIN, "--help");
        assertThat(temp.resolve("documents/plan.html")).exists();
    }

    @Test
    void theLauncherAndItsRehearsalOpenNoNetworkSocket() throws Exception {
        Path home = temp.resolve("qorgan");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("qorgan"), home.resolve("qorgan"));
        Files.copy(Path.of("target/qorgan.jar"), home.resolve("target/qorgan.jar"));
        // strace -f follows the rehearsal the launcher leaves in the background, and waits for it.
        assertNoInetSocket(0, "bash", home.resolve("qorgan").toString(), "plan", "--answers", answers.toString());
        assertThat(home.resolve("target/cds")).as("the rehearsal ran").isDirectory();
    }

    private void assertNoInetSocket(int expectedCode, String... argv) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "strace", ".log");
        List<String> command = new ArrayList<>(
                List.of(strace.toString(), "-f", "-qq", "-e", "trace=execve,socket", "-o", log.toString()));
        command.addAll(List.of(argv));
        String javaBin = Path.of(Command.java()).getParent().toString();
        Command run = Command.run(
                command,
                Map.of("PATH", javaBin + ":" + System.getenv("PATH")),
                Path.of("/dev/null"),
                temp,
                Duration.ofMinutes(3));
        assertThat(run.code()).as(String.join(" ", argv) + "\n" + run.err()).isEqualTo(expectedCode);
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).as("strace saw the run").anyMatch(line -> line.contains("execve("));
        assertThat(calls)
                .as(String.join(" ", argv))
                .noneMatch(line -> INET_SOCKET.matcher(line).find());
    }
}
