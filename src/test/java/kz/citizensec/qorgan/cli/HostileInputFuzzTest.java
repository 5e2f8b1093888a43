package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.citizensec.qorgan.cli.HardeningTest.Run;
import kz.citizensec.qorgan.testing.GuideFixture;
import kz.citizensec.qorgan.testing.HostileText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input by the hundred, from seeded generators ({@link HostileText}): mutated answers
 * files for {@code plan}, random lines and random bytes on standard input for {@code assess},
 * mutated templates for {@code validate} and {@code plan}. Every run must end with a documented
 * exit code, say what went wrong on clean lines (no escape, no control character, no stack
 * trace), change no file it was not asked to write, and show no full card number. A failure
 * names its seed and case, so that it can be replayed; the counts go to standard output.
 */
class HostileInputFuzzTest {

    private static final long SEED = 16;
    private static final Path FULL = Path.of("src/test/resources/golden/everything_full_report.yaml");

    @TempDir
    Path dir;

    /** How many runs ended with each exit code, for the report. */
    private final Map<Integer, Integer> exits = new TreeMap<>();

    private Run counted(Run run) {
        exits.merge(run.code(), 1, Integer::sum);
        return run;
    }

    @Test
    void mutatedAnswersFiles() throws IOException {
        String base = Files.readString(FULL, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        int cases = 250;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            Random random = new Random(SEED * 1_000_003 + i);
            List<String> planted = new ArrayList<>();
            String yaml = HostileText.mutateAnswers(random, base, planted);
            Path answers = dir.resolve("case-" + i + ".yaml");
            Files.writeString(answers, yaml, StandardCharsets.UTF_8);
            String format = List.of("md", "html", "json").get(random.nextInt(3));
            String lang = List.of("kk", "ru", "en").get(random.nextInt(3));
            Map<String, String> before = snapshot(dir);
            Run run = counted(HardeningTest.run("", "--lang", lang, "plan", "--answers", answers.toString(), "--format", format));
            List<String> wrong = judge(run, Set.of(0, 3), planted);
            if (!snapshot(dir).equals(before)) {
                wrong.add("a file changed");
            }
            record(failures, "answers", i, wrong, yaml);
        }
        report("mutated answers files (plan)", cases, failures, start);
    }

    @Test
    void randomLinesAndBytesOnStandardInput() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 150;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            Random random = new Random(SEED * 2_000_003 + i);
            List<String> planted = new ArrayList<>();
            byte[] typed;
            int kind = random.nextInt(3);
            if (kind == 0) {
                typed = HostileText.bytes(random, 2000);
            } else if (kind == 1) {
                typed = scripted(random, planted).getBytes(StandardCharsets.UTF_8);
            } else {
                StringBuilder lines = new StringBuilder();
                int count = random.nextInt(60);
                for (int l = 0; l < count; l++) {
                    lines.append(HostileText.typedLine(random, planted)).append('\n');
                }
                typed = lines.toString().getBytes(StandardCharsets.UTF_8);
            }
            Path saved = dir.resolve("saved-" + i + ".yaml");
            List<String> args = new ArrayList<>(List.of("assess"));
            if (random.nextBoolean()) {
                args.addAll(List.of("--save-answers", saved.toString()));
            }
            if (random.nextBoolean()) {
                args.addAll(List.of("--lang", List.of("kk", "ru", "en").get(random.nextInt(3))));
            }
            Map<String, String> before = snapshot(dir);
            Run run = counted(HardeningTest.run(new ByteArrayInputStream(typed), Map.of("LANG", "ru_RU.UTF-8"),
                    args.toArray(String[]::new)));
            // The prompts go to standard error: judged as text, not as one message.
            List<String> wrong = judgeStreams(run, Set.of(0, 3, 130), planted);
            Map<String, String> after = snapshot(dir);
            after.remove(saved.getFileName().toString());
            if (!after.equals(before)) {
                wrong.add("a file changed");
            }
            if (Files.exists(saved)) {
                String kept = Files.readString(saved, StandardCharsets.UTF_8);
                if (run.code() != 0 || planted.stream().anyMatch(card -> HostileText.holdsCardNumber(kept, card))) {
                    wrong.add("the saved answers hold a card number, or were saved by a run that failed");
                }
            }
            record(failures, "stdin", i, wrong, new String(typed, StandardCharsets.UTF_8));
        }
        report("random lines and bytes on stdin (assess)", cases, failures, start);
    }

    @Test
    void mutatedTemplates() throws IOException {
        Path pristine = GuideFixture.copyOfDefault(dir.resolve("pristine")).dir();
        List<Path> templates;
        try (Stream<Path> files = Files.list(pristine.resolve("templates"))) {
            templates = files.sorted().toList();
        }
        Path answers = dir.resolve("answers.yaml");
        Files.copy(FULL, answers);
        List<String> failures = new ArrayList<>();
        int cases = 30;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            Random random = new Random(SEED * 3_000_003 + i);
            GuideFixture guide = GuideFixture.copyOfDefault(dir.resolve("case-" + i));
            Path template = templates.get(random.nextInt(templates.size()));
            String relative = "templates/" + template.getFileName();
            String mutated = HostileText.mutateTemplate(random, guide.read(relative));
            guide.write(relative, mutated);
            Map<String, String> before = snapshot(guide.dir());
            Run validate = counted(HardeningTest.run("", "validate", guide.dir().toString()));
            List<String> wrong = judge(validate, Set.of(0, 3), List.of());
            if (validate.code() == 0) {
                String lang = template.getFileName().toString().split("\\.")[1];
                Run plan = HardeningTest.run("", "plan", "--guide", guide.dir().toString(), "--answers",
                        answers.toString(), "--lang", lang);
                wrong.addAll(judge(plan, Set.of(0), List.of()));
            }
            if (!snapshot(guide.dir()).equals(before)) {
                wrong.add("a file of the guide changed");
            }
            record(failures, "template", i, wrong, relative + ":\n" + mutated);
        }
        report("mutated templates (validate, then plan)", cases, failures, start);
    }

    /**
     * A whole interview as a script types it (Kazakh, a report wanted), its typed details hostile
     * and holding card numbers, with junk lines slipped in before some answers (asked again).
     */
    private static String scripted(Random random, List<String> planted) {
        List<String> script = new ArrayList<>(AssessCommandTest.WITH_REPORT);
        // The name, the address, the police department and the story: free text.
        for (int i : new int[] {9, 11, 13, 15}) {
            if (random.nextBoolean()) {
                String card = HostileText.CARDS.get(random.nextInt(HostileText.CARDS.size()));
                planted.add(card);
                script.set(i, HostileText.text(random, 4).replaceAll("[\\n\\r]", " ") + " " + HostileText.card(random, card));
            }
        }
        StringBuilder typed = new StringBuilder();
        boolean junk = random.nextBoolean();
        for (String line : script) {
            if (junk && random.nextInt(4) == 0) {
                typed.append(HostileText.typedLine(random, planted)).append('\n');
            }
            typed.append(line).append('\n');
        }
        return typed.toString();
    }

    /** The documented exit code, clean messages on standard error, nothing hidden in standard output. */
    private static List<String> judge(Run run, Set<Integer> codes, List<String> planted) {
        List<String> wrong = judgeStreams(run, codes, planted);
        if (run.code() != 0) {
            if (run.err().isBlank()) {
                wrong.add("exit " + run.code() + " without a message");
            }
            run.err().lines().filter(line -> !HostileText.isCleanMessage(line))
                    .forEach(line -> wrong.add("a message that is not clean: " + line));
        }
        return wrong;
    }

    private static List<String> judgeStreams(Run run, Set<Integer> codes, List<String> planted) {
        List<String> wrong = new ArrayList<>();
        if (!codes.contains(run.code())) {
            wrong.add("exit " + run.code() + ", not one of " + codes + ": " + run.err().lines().reduce((a, b) -> b).orElse(""));
        }
        String all = run.all();
        if (all.codePoints().anyMatch(c -> c == 0x1B || c == 0x9B || c == 0x07 || c == 0 || c == 0x202E)) {
            wrong.add("an escape or control character in the output");
        }
        if (all.contains("Exception") || all.contains("\tat ") || all.contains("Error:")) {
            wrong.add("a stack trace or an exception's name");
        }
        for (String card : planted) {
            if (HostileText.holdsCardNumber(all, card)) {
                wrong.add("the full card number " + card + " in the output");
            }
        }
        return wrong;
    }

    private static void record(List<String> failures, String kind, int i, List<String> wrong, String input) {
        if (!wrong.isEmpty()) {
            failures.add(kind + " case " + i + " (seed " + SEED + "): " + wrong + "\n--- input ---\n" + input);
        }
    }

    private void report(String what, int cases, List<String> failures, long start) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("fuzz: %s: %d tried, %d clean, exit codes %s, %.1f s%n", what, cases,
                cases - failures.size(), exits, took.toMillis() / 1000.0);
        assertThat(failures).as("%d of %d cases", failures.size(), cases).isEmpty();
    }

    /** Every file under {@code root} with its size and content's hash: what a run may not change. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                String name = root.relativize(file).toString();
                files.put(name, Files.isRegularFile(file) ? Files.size(file) + ":" + Files.readString(file,
                        StandardCharsets.ISO_8859_1).hashCode() : "dir");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
