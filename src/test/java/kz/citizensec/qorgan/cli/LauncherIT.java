package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.citizensec.qorgan.testing.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher ({@code ./qorgan}) and its AppCDS archives, on the packaged jar: a copy of the
 * launcher and the jar in a temporary folder, run with bash as a person runs them. Whatever
 * happens to the archive (missing, stale, made from another jar, impossible to write, failed to
 * make), the command's output and exit code are those of {@code java -jar}, and nothing is said
 * about the archive. Runs in {@code mvn verify}, after the jar is built.
 */
class LauncherIT {

    private static final Duration REHEARSAL = Duration.ofSeconds(120);
    private static final String SHARED_MAIN = "kz.citizensec.qorgan.cli.Main source: shared objects file (top)";

    @TempDir
    Path temp;

    private Path home;
    private Path jar;
    private Path cds;
    private Path answers;

    @BeforeEach
    void copyTheLauncherAndTheJar() throws IOException {
        home = temp.resolve("qorgan");
        jar = home.resolve("target/qorgan.jar");
        cds = home.resolve("target/cds");
        Files.createDirectories(jar.getParent());
        Files.copy(Path.of("qorgan"), home.resolve("qorgan"));
        Files.copy(Path.of("target/qorgan.jar"), jar);
        answers = temp.resolve("answers.yaml");
        try (InputStream sample = Rehearsal.class.getResourceAsStream("rehearsal-answers.yaml")) {
            Files.write(answers, sample.readAllBytes());
        }
    }

    /** The JDK running the tests, and a JDK 25 where one is installed: qorgan runs on both. */
    static Stream<Path> jdks() throws IOException {
        List<Path> jdks = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path installed = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> homes = Files.list(installed)) {
                homes.filter(h -> h.getFileName().toString().matches(".*-25(-.*)?")
                                && Files.isExecutable(h.resolve("bin/java")))
                        .findFirst()
                        .ifPresent(jdks::add);
            }
        }
        return jdks.stream();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void withoutAnArchiveTheRunIsAsBeforeAndTheArchiveIsMadeForTheNextRuns(Path jdk) throws Exception {
        Map<String, String> env = Map.of("PATH", jdk.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        String expected = direct(jdk);

        assertPlan(launch(env, "plan", "--answers", answers.toString()), expected);

        assertThat(awaitRehearsal()).isEqualTo("done");
        assertThat(archives()).hasSize(3);
        Path classes = temp.resolve("classes.log");
        assertPlan(launch(withClassLog(env, classes), "plan", "--answers", answers.toString()), expected);
        assertThat(Files.readString(classes)).as("the archive is used").contains(SHARED_MAIN);
    }

    @Test
    void aStaleArchiveIsLeftAloneAndMadeAgain() throws Exception {
        String expected = direct(Path.of(System.getProperty("java.home")));
        plan();
        assertThat(awaitRehearsal()).isEqualTo("done");
        Path archive = documentsArchive();
        rebuild();

        Path classes = temp.resolve("classes.log");
        assertPlan(launch(withClassLog(Map.of(), classes), "plan", "--answers", answers.toString()), expected);
        assertThat(Files.readString(classes)).doesNotContain(SHARED_MAIN);

        assertThat(awaitRehearsal()).isEqualTo("done");
        assertThat(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)))
                .isPositive();
        assertPlan(launch(withClassLog(Map.of(), classes), "plan", "--answers", answers.toString()), expected);
        assertThat(Files.readString(classes)).contains(SHARED_MAIN);
    }

    @Test
    void anArchiveOfAnotherJarIsRefusedByTheJvmWithoutAWord() throws Exception {
        String expected = direct(Path.of(System.getProperty("java.home")));
        plan();
        assertThat(awaitRehearsal()).isEqualTo("done");
        Path archive = documentsArchive();
        // The jar is replaced by another one that looks older than the archive, so the launcher
        // uses the archive: the JVM must see that it was made from another jar, and say nothing.
        addAnEntry(jar);
        Files.setLastModifiedTime(
                jar,
                FileTime.from(Files.getLastModifiedTime(archive).toInstant().minusSeconds(60)));

        Path classes = temp.resolve("classes.log");
        assertPlan(launch(withClassLog(Map.of(), classes), "plan", "--answers", answers.toString()), expected);
        assertThat(Files.readString(classes)).doesNotContain(SHARED_MAIN);
        Command version = launch(Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.err()).isEmpty();
    }

    @Test
    void whereNoArchiveCanBeWrittenNothingIsWrittenAndTheRunIsAsBefore() throws Exception {
        String expected = direct(Path.of(System.getProperty("java.home")));
        // As root, permissions do not stop writing; a file where the archive's folder goes does.
        Files.writeString(cds, "not a folder");
        Path target = jar.getParent();
        target.toFile().setWritable(false);
        try {
            assertPlan(plan(), expected);
            assertPlan(plan(), expected);
            Thread.sleep(1000);
            try (Stream<Path> files = Files.list(target)) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("qorgan.jar", "cds");
            }
            assertThat(Files.readString(cds)).isEqualTo("not a folder");
        } finally {
            target.toFile().setWritable(true);
        }
    }

    @Test
    void aRehearsalThatFailsIsNotTriedAgainUntilTheNextBuild() throws Exception {
        String expected = direct(Path.of(System.getProperty("java.home")));
        // Files of at most 200 KiB: the document fits, an archive (several MiB) does not.
        Command limited = run(
                List.of(
                        "bash",
                        "-c",
                        "ulimit -f 200; exec bash \"$0\" \"$@\"",
                        home.resolve("qorgan").toString(),
                        "plan",
                        "--answers",
                        answers.toString()),
                Map.of());
        assertPlan(limited, expected);
        assertThat(awaitRehearsal()).isEqualTo("failed");
        assertThat(archives()).isEmpty();
        Path marker = marker();
        FileTime failedAt = Files.getLastModifiedTime(marker);

        assertPlan(plan(), expected);
        Thread.sleep(1000);
        assertThat(Files.getLastModifiedTime(marker)).as("not tried again").isEqualTo(failedAt);
        assertThat(Files.readString(marker).strip()).isEqualTo("failed");
        try (Stream<Path> files = Files.list(cds)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        rebuild();
        assertPlan(plan(), expected);
        assertThat(awaitRehearsal()).isEqualTo("done");
        assertThat(archives()).hasSize(3);
    }

    /** As if the jar had been built again after the archive and its marker were made. */
    private void rebuild() throws IOException {
        Instant now = Instant.now();
        try (Stream<Path> files = Files.list(cds)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(60)));
            }
        }
        Files.setLastModifiedTime(jar, FileTime.from(now.minusSeconds(30)));
    }

    private Command plan() throws IOException, InterruptedException {
        return launch(Map.of(), "plan", "--answers", answers.toString());
    }

    private static void assertPlan(Command run, String expected) {
        assertThat(run.err()).as("nothing on stderr").isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).as("stdout is the document alone").isEqualTo(expected);
    }

    /** What {@code java -jar} prints, without the launcher's flags and archive. */
    private String direct(Path jdk) throws IOException, InterruptedException {
        Command run = run(
                List.of(
                        jdk.resolve("bin/java").toString(),
                        "-jar",
                        Path.of("target/qorgan.jar").toString(),
                        "plan",
                        "--answers",
                        answers.toString()),
                Map.of());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("190");
        return run.out();
    }

    private static Map<String, String> withClassLog(Map<String, String> env, Path log) {
        Map<String, String> with = new java.util.HashMap<>(env);
        with.put("QORGAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        return with;
    }

    @Test
    void aThreadDumpGoesToStandardErrorNeverIntoTheDocument() throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder("bash", home.resolve("qorgan").toString(), "assess")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        // The launcher execs java: the process is the JVM. Its first question shows it is waiting.
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.readString(err, StandardCharsets.UTF_8).contains("> ")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
                        .start()
                        .waitFor())
                .isZero();
        Thread.sleep(1000);
        process.getOutputStream().close();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("Full thread dump");
    }

    private Command launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", home.resolve("qorgan").toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private Command run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return Command.run(command, env, Path.of("/dev/null"), temp, Duration.ofMinutes(2));
    }

    /** How the background rehearsal ended, as its marker says. */
    private String awaitRehearsal() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(REHEARSAL);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(cds)) {
                Path marker = marker();
                if (marker != null) {
                    String state = Files.readString(marker).strip();
                    if (!state.equals("rehearsing") && !state.isEmpty()) {
                        return state;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the rehearsal did not end within " + REHEARSAL);
    }

    private Path marker() throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.toString().endsWith(".tried"))
                    .findFirst()
                    .orElse(null);
        }
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    private Path documentsArchive() throws IOException {
        return archives().stream()
                .filter(f -> f.toString().endsWith("-documents.jsa"))
                .findFirst()
                .orElseThrow();
    }

    /** Rewrites the jar with one more entry: another jar, same classes. */
    private static void addAnEntry(Path jar) throws IOException {
        Path copy = jar.resolveSibling("other.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/another-build.txt"));
            out.write("another build".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
