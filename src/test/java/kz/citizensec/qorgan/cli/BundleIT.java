package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import kz.citizensec.qorgan.testing.Command;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downloads that {@code mvn -Pdist package} makes. The Linux bundle, unpacked into a temporary
 * folder and run with no java on PATH, prints for the golden scenarios exactly what the jar prints
 * on the JDK; its first run makes the AppCDS archives in the user's cache folder, which the next
 * runs use; it runs as well where that folder cannot be written and once moved. It holds what it
 * promises (licences, man pages, completion, guides) in at most 35 MiB, and its runtime holds the
 * modules jdeps finds the jar needs, but those left out on purpose.
 *
 * <p>Run by the dist profile, which names the bundle; skipped otherwise, except in CI (CI=true),
 * where .ci/run builds the bundle and its absence is a failure.
 */
class BundleIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final long MAX_BYTES = 35L * 1024 * 1024;
    /** The programs the launcher may start: the shell, and those of the background rehearsal. */
    private static final List<String> TOOLS = List.of("sh", "mkdir", "mv", "rm", "readlink");
    /**
     * Modules jdeps finds and the runtime leaves out: JavaBeans introspection (SnakeYAML's, which
     * Jackson does not use; Jackson's optional java.beans support), Jackson's optional java.sql
     * types, and JLine's builtins, which qorgan does not use (java.management).
     */
    private static final Set<String> LEFT_OUT = Set.of("java.desktop", "java.sql", "java.management");

    @TempDir
    Path temp;

    private Path tarball;
    private Path bundle;
    private Map<String, String> env;

    @BeforeEach
    void unpack() throws Exception {
        String named = System.getProperty("qorgan.bundle", "");
        if ("true".equals(System.getenv("CI"))) {
            assertThat(named).as("the bundle, which .ci/run builds with -Pdist").isNotEmpty();
        }
        Assumptions.assumeFalse(named.isEmpty(), "no bundle: build it with mvn -Pdist verify");
        tarball = Path.of(named);
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        Command tar = Command.run(List.of("tar", "-xzf", tarball.toString(), "-C", unpacked.toString()), temp);
        assertThat(tar.code()).as(tar.err()).isZero();
        try (Stream<Path> top = Files.list(unpacked)) {
            bundle = top.findFirst().orElseThrow();
        }
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), Command.onPath(tool).orElseThrow());
        }
        env = new HashMap<>();
        env.put("PATH", bin.toString());
        env.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        env.put("XDG_CACHE_HOME", null);
        env.put("JAVA_HOME", null);
    }

    @Test
    void withNoJavaOnPathTheBundlePrintsWhatTheJarPrintsThenUsesItsArchives() throws Exception {
        assertThat(Command.run(
                                List.of("sh", "-c", "command -v java"),
                                env,
                                Path.of("/dev/null"),
                                temp,
                                Duration.ofSeconds(10))
                        .code())
                .as("no java on PATH")
                .isNotZero();
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            scenarios =
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(6);
        for (Path scenario : scenarios) {
            assertSame("plan", "--answers", scenario.toAbsolutePath().toString(), "--lang", "kk,ru,en");
        }
        Path first = scenarios.get(0).toAbsolutePath();
        assertSame("plan", "--answers", first.toString(), "--format", "json");
        assertSame("plan", "--answers", first.toString(), "--format", "html", "--lang", "ru,kk");
        assertSame("validate");
        assertSame("assess", "--lang", "kk");
        assertSame("--help");

        Path cache = temp.resolve("home/.cache/qorgan");
        Path archives = awaitArchives(cache);
        assertThat(Files.readString(archives.resolve("home")).strip())
                .isEqualTo(bundle.toRealPath().toString());
        assertThat(classSources("plan", "--answers", first.toString()))
                .as("the archive is used")
                .contains("kz.citizensec.qorgan.cli.Main source: shared objects file (top)");
        assertSame("plan", "--answers", first.toString(), "--lang", "en");
    }

    @Test
    void whereTheCacheCannotBeWrittenOrTheBundleMovedItRunsAsBefore() throws Exception {
        Path answers = GOLDEN.resolve("eds_only.yaml").toAbsolutePath();
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "a file where the cache goes");
        env.put("XDG_CACHE_HOME", notAFolder.toString());
        assertSame("plan", "--answers", answers.toString());
        assertSame("assess", "--lang", "en");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the cache goes");

        env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        assertSame("plan", "--answers", answers.toString());
        Path archives = awaitArchives(temp.resolve("cache/qorgan"));
        Path moved = temp.resolve("moved");
        Files.move(bundle, moved);
        bundle = moved;
        Files.delete(archives.resolve("home"));
        assertSame("plan", "--answers", answers.toString());
        assertThat(awaitArchives(temp.resolve("cache/qorgan")).resolve("home"))
                .content(StandardCharsets.UTF_8)
                .isEqualToIgnoringNewLines(moved.toRealPath().toString());
    }

    /** What the JVM itself prints (here the flags it was given) goes to stderr, never into the document. */
    @Test
    void theJvmsOwnOutputGoesToStandardErrorAndACrashReportToTheTemporaryFolder() throws Exception {
        env.put("QORGAN_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        env.put("XDG_RUNTIME_DIR", null);
        env.put("TMPDIR", temp.toString());
        Command run = bundle(
                "plan",
                "--answers",
                GOLDEN.resolve("eds_only.yaml").toAbsolutePath().toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# ").doesNotContain("-XX:");
        assertThat(run.err())
                .contains("-XX:+DisplayVMOutputToStderr", "-XX:ErrorFile=" + temp + "/qorgan-hs_err-%p.log");
    }

    @Test
    void theBundleHoldsItsRuntimeLicencesManPagesAndCompletionInAtMost35MiB() throws Exception {
        assertThat(Files.size(tarball)).isLessThanOrEqualTo(MAX_BYTES);
        for (String file : List.of(
                "qorgan",
                "lib/qorgan.jar",
                "README.md",
                "LICENSE",
                "guides/README.md",
                "guides/default/guide.yaml",
                "licenses/THIRD-PARTY.md",
                "licenses/jline-LICENSE.txt",
                "licenses/libraries/jackson-core/META-INF/NOTICE",
                "licenses/libraries/commonmark/META-INF/LICENSE.txt",
                "licenses/libraries/biweekly/biweekly/biweekly.license",
                "licenses/libraries/vinnie/LICENSES",
                "runtime/legal/java.base/LICENSE",
                "completion/qorgan_completion",
                "man/man1/qorgan.1",
                "man/man1/qorgan-plan.1")) {
            assertThat(bundle.resolve(file)).as(file).isRegularFile();
        }
        assertThat(Files.isExecutable(bundle.resolve("qorgan"))).isTrue();
        assertThat(Files.readString(bundle.resolve("man/man1/qorgan-plan.1")))
                .contains(".TH \"QORGAN\\-PLAN\"", "\\-\\-answers");

        Set<String> runtime = runtimeModules();
        Command jdeps = Command.run(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                        "--ignore-missing-deps",
                        "--multi-release",
                        "17",
                        "--print-module-deps",
                        bundle.resolve("lib/qorgan.jar").toString()),
                temp);
        assertThat(jdeps.code()).as(jdeps.err()).isZero();
        Set<String> needed = new TreeSet<>(Arrays.asList(jdeps.out().strip().split(",")));
        needed.removeAll(LEFT_OUT);
        assertThat(runtime).as("the runtime's modules hold those jdeps finds").containsAll(needed);

        String thirdParty = Files.readString(bundle.resolve("licenses/THIRD-PARTY.md"));
        assertThat(shadedArtifacts(bundle.resolve("lib/qorgan.jar")))
                .as("every library in the jar is in THIRD-PARTY.md")
                .isNotEmpty()
                .allSatisfy(ids -> assertThat(thirdParty).contains(ids));
    }

    @Test
    void theWindowsZipHoldsTheSameJarQorganCmdAndTheLicences() throws Exception {
        Path zip =
                tarball.resolveSibling(tarball.getFileName().toString().replace("-linux-x64.tar.gz", "-windows.zip"));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String top = file.entries().nextElement().getName().split("/")[0];
            for (String name : List.of(
                    "qorgan.cmd",
                    "lib/qorgan.jar",
                    "README.md",
                    "LICENSE",
                    "guides/README.md",
                    "licenses/THIRD-PARTY.md",
                    "licenses/jline-LICENSE.txt")) {
                assertThat(file.getEntry(top + "/" + name)).as(name).isNotNull();
            }
            try (InputStream cmd = file.getInputStream(file.getEntry(top + "/qorgan.cmd"));
                    InputStream jar = file.getInputStream(file.getEntry(top + "/lib/qorgan.jar"))) {
                assertThat(new String(cmd.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("\r\n", "lib\\qorgan.jar");
                assertThat(jar.readAllBytes()).isEqualTo(Files.readAllBytes(bundle.resolve("lib/qorgan.jar")));
            }
        }
    }

    /** The bundle's run and the jar's on the JDK print the same, byte for byte, and end alike. */
    private void assertSame(String... args) throws Exception {
        Command byBundle = bundle(args);
        List<String> direct = new ArrayList<>(List.of(
                Command.java(),
                "-jar",
                Path.of("target/qorgan.jar").toAbsolutePath().toString()));
        direct.addAll(List.of(args));
        Command byJar = Command.run(direct, Map.of(), Path.of("/dev/null"), temp, Duration.ofMinutes(2));
        String what = String.join(" ", args);
        assertThat(byBundle.out()).as(what).isEqualTo(byJar.out());
        assertThat(byBundle.err()).as(what).isEqualTo(byJar.err());
        assertThat(byBundle.code()).as(what).isEqualTo(byJar.code());
    }

    private Command bundle(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bundle.resolve("qorgan").toString()));
        command.addAll(List.of(args));
        return Command.run(command, env, Path.of("/dev/null"), temp, Duration.ofMinutes(2));
    }

    private String classSources(String... args) throws IOException, InterruptedException {
        Path log = temp.resolve("classes.log");
        env.put("QORGAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        try {
            assertThat(bundle(args).code()).isZero();
        } finally {
            env.remove("QORGAN_JAVA_OPTS");
        }
        return Files.readString(log);
    }

    /** The folder of the bundle's version in the cache, once the rehearsal has made its archives. */
    private static Path awaitArchives(Path cache) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(cache)) {
                try (Stream<Path> versions = Files.list(cache)) {
                    Path done = versions.filter(v -> Files.exists(v.resolve("home")))
                            .findFirst()
                            .orElse(null);
                    if (done != null) {
                        try (Stream<Path> files = Files.list(done)) {
                            assertThat(files.map(f -> f.getFileName().toString())
                                            .filter(n -> n.endsWith(".jsa")))
                                    .containsExactlyInAnyOrder("interview.jsa", "documents.jsa", "tools.jsa");
                        }
                        return done;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the archives were not made in " + cache);
    }

    private Set<String> runtimeModules() throws IOException {
        String release = Files.readString(bundle.resolve("runtime/release"));
        String modules = release.lines()
                .filter(l -> l.startsWith("MODULES="))
                .findFirst()
                .orElseThrow();
        return new TreeSet<>(Arrays.asList(
                modules.substring("MODULES=".length()).replace("\"", "").split(" ")));
    }

    /** The group and artifact ids of each library whose classes the shade plugin put into the jar. */
    private static Set<List<String>> shadedArtifacts(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.split("/"))
                    .map(p -> List.of(p[2], p[3]))
                    .filter(ids -> !ids.get(0).equals("kz.citizensec"))
                    .collect(Collectors.toSet());
        }
    }
}
