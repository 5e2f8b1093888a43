package kz.citizensec.qorgan.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A program run to its end, as a person or a script runs it: what it printed and how it ended. */
public record Command(int code, String out, String err) {

    /**
     * Runs {@code argv} with {@code env} added to this process's environment (a {@code null}
     * value removes a variable), standard input from {@code stdin}; its output goes to files in
     * {@code work}, so that a large one never blocks it.
     */
    public static Command run(List<String> argv, Map<String, String> env, Path stdin, Path work, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " did not end within " + timeout);
        }
        return new Command(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs {@code argv} with standard input empty and this process's environment. */
    public static Command run(List<String> argv, Path work) throws IOException, InterruptedException {
        return run(argv, Map.of(), Path.of("/dev/null"), work, Duration.ofMinutes(2));
    }

    /** The program's path, if one named {@code name} is on PATH. */
    public static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The java of the JDK running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
