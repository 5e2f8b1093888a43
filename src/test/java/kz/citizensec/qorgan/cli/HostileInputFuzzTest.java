package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.Cli.Run;
import kz.citizensec.qorgan.testing.GuideFixture;
import kz.citizensec.qorgan.testing.Oracles;
import kz.citizensec.qorgan.testing.RandomAnswers;
import kz.citizensec.qorgan.testing.RandomText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input by the hundred, from the seeded generators of the other properties ({@link Cases}):
 * mutated answers files for {@code plan}, random lines and random bytes on standard input for
 * {@code assess}, mutated templates for {@code validate} and {@code plan}. Every run must end with
 * a documented exit code, say what went wrong on clean lines (no escape, no control character, no
 * stack trace), change no file it was not asked to write, and show no full card number. The exit
 * codes seen are printed at the end, one line per kind of input.
 */
@ExtendWith(Cases.class)
class HostileInputFuzzTest {

    private static final Path FULL = Path.of("src/test/resources/golden/everything_full_report.yaml");

    /** For each kind of input, how many runs ended with each exit code. */
    private static final Map<String, Map<Integer, Integer>> EXITS = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @RepeatedTest(value = 250, failureThreshold = 1)
    void aMutatedAnswersFileIsPlannedOrRefusedCleanly(Case c) throws IOException {
        List<String> planted = new ArrayList<>();
        String yaml = RandomAnswers.mutatedFile(c, Files.readString(FULL, StandardCharsets.UTF_8), planted);
        String format = c.pick("md", "html", "json");
        String lang = c.pick("kk", "ru", "en");
        c.show("answers file", () -> yaml);
        c.show("command", () -> "qorgan --lang " + lang + " plan --answers FILE --format " + format);
        Path answers = Files.writeString(dir.resolve("answers.yaml"), yaml, StandardCharsets.UTF_8);

        Map<String, String> before = snapshot(dir);
        Run run = counted(
                "mutated answers files (plan)",
                english().run("--lang", lang, "plan", "--answers", answers.toString(), "--format", format));

        assertThat(judge(run, Set.of(0, 3), planted)).isEmpty();
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @RepeatedTest(value = 150, failureThreshold = 1)
    void randomLinesOrBytesOnStandardInputEndCleanly(Case c) throws IOException {
        List<String> planted = new ArrayList<>();
        int kind = c.between(1, 3);
        byte[] typed = switch (kind) {
            case 1 -> RandomText.bytes(c, 2000);
            case 2 -> scripted(c, planted).getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder lines = new StringBuilder();
                for (int l = c.between(0, 60); l > 0; l--) {
                    lines.append(RandomText.typedLine(c, planted)).append('\n');
                }
                yield lines.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
        Path saved = dir.resolve("saved.yaml");
        List<String> args = new ArrayList<>(List.of("assess"));
        if (c.chance(0.5)) {
            args.addAll(List.of("--save-answers", saved.toString()));
        }
        // A script answers the language question itself.
        if (kind != 2 && c.chance(0.5)) {
            args.addAll(List.of("--lang", c.pick("kk", "ru", "en")));
        }
        c.show("standard input", () -> new String(typed, StandardCharsets.UTF_8));
        c.show("command", () -> "qorgan " + String.join(" ", args));

        Map<String, String> before = snapshot(dir);
        Run run = counted(
                "random lines and bytes on stdin (assess)",
                cli().stdin(new ByteArrayInputStream(typed))
                        .env(Map.of("LANG", "ru_RU.UTF-8"))
                        .run(args.toArray(String[]::new)));

        // The prompts go to standard error: judged as text, not as one message.
        assertThat(judgeStreams(run, Set.of(0, 3, 130), planted)).isEmpty();
        Map<String, String> after = snapshot(dir);
        after.remove(saved.getFileName().toString());
        assertThat(after).isEqualTo(before);
        if (Files.exists(saved)) {
            String kept = Files.readString(saved, StandardCharsets.UTF_8);
            assertThat(run.code())
                    .as("the exit of a run that saved the answers")
                    .isZero();
            assertThat(planted).noneMatch(card -> Oracles.holdsCardNumber(kept, card));
        }
    }

    @RepeatedTest(value = 30, failureThreshold = 1)
    void aMutatedTemplateIsRefusedOrRendersCleanly(Case c) throws IOException {
        GuideFixture guide = GuideFixture.copyOfDefault(dir);
        List<String> templates;
        try (Stream<Path> files = Files.list(guide.dir().resolve("templates"))) {
            templates = files.map(file -> "templates/" + file.getFileName())
                    .sorted()
                    .toList();
        }
        String template = c.pick(templates);
        String mutated = RandomText.mutatedTemplate(c, guide.read(template));
        guide.write(template, mutated);
        c.show(template, () -> mutated);

        Map<String, String> before = snapshot(guide.dir());
        Run validate = counted(
                "mutated templates (validate, then plan)",
                english().run("validate", guide.dir().toString()));
        List<String> wrong = judge(validate, Set.of(0, 3), List.of());
        if (validate.code() == 0) {
            String lang = template.split("\\.")[1];
            wrong.addAll(judge(
                    english()
                            .run(
                                    "plan",
                                    "--guide",
                                    guide.dir().toString(),
                                    "--answers",
                                    FULL.toString(),
                                    "--lang",
                                    lang),
                    Set.of(0),
                    List.of()));
        }

        assertThat(wrong).isEmpty();
        assertThat(snapshot(guide.dir())).isEqualTo(before);
    }

    @AfterAll
    static void report() {
        EXITS.forEach((kind, exits) -> System.out.printf("fuzz: %s: exit codes %s%n", kind, exits));
    }

    private static Run counted(String kind, Run run) {
        EXITS.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(run.code(), 1, Integer::sum);
        return run;
    }

    /**
     * An interview as a script types it, with a report wanted, where some typed answers (not the
     * numbers of options, nor dates) are replaced by hostile text holding a card number.
     */
    private static String scripted(Case c, List<String> planted) {
        StringBuilder typed = new StringBuilder();
        for (String line : AssessCommandTest.WITH_REPORT) {
            if (!line.matches("[\\d\\s-]+") && c.chance(0.5)) {
                RandomText.Card card = RandomText.card(c);
                planted.add(card.digits());
                line = RandomText.typed(c, 20).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ") + " " + card.written();
            }
            typed.append(line).append('\n');
        }
        // A replaced answer that was refused (an IIN, a phone number) is asked again: Enter skips it then.
        return typed.append("\n".repeat(10)).toString();
    }

    /** The documented exit code, clean messages on standard error, nothing hidden in standard output. */
    private static List<String> judge(Run run, Set<Integer> codes, List<String> planted) {
        List<String> wrong = judgeStreams(run, codes, planted);
        if (run.code() != 0) {
            if (run.err().isBlank()) {
                wrong.add("exit " + run.code() + " without a message");
            }
            run.err()
                    .lines()
                    .filter(line -> !Oracles.isCleanMessage(line))
                    .forEach(line -> wrong.add("a message that is not clean: " + line));
        }
        return wrong;
    }

    private static List<String> judgeStreams(Run run, Set<Integer> codes, List<String> planted) {
        List<String> wrong = new ArrayList<>();
        if (!codes.contains(run.code())) {
            wrong.add("exit " + run.code() + ", not one of " + codes + ": "
                    + run.err().lines().reduce((a, b) -> b).orElse(""));
        }
        String all = run.all();
        if (all.codePoints().anyMatch(ch -> ch == 0x1B || ch == 0x9B || ch == 0x07 || ch == 0 || ch == 0x202E)) {
            wrong.add("an escape or control character in the output");
        }
        if (all.contains("Exception") || all.contains("\tat ") || all.contains("Error:")) {
            wrong.add("a stack trace or an exception's name");
        }
        for (String card : planted) {
            if (Oracles.holdsCardNumber(all, card)) {
                wrong.add("the full card number " + card + " in the output");
            }
        }
        return wrong;
    }

    /** Every file under {@code root} with its size and content's hash: what a run may not change. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                String name = root.relativize(file).toString();
                files.put(
                        name,
                        Files.isRegularFile(file)
                                ? Files.size(file) + ":"
                                        + Files.readString(file, StandardCharsets.ISO_8859_1)
                                                .hashCode()
                                : "dir");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
