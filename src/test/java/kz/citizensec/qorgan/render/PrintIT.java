package kz.citizensec.qorgan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.assertj.core.data.Offset;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser proves the documents print: the jar renders the HTML of every golden scenario
 * (the plan in kk, ru and en, then the report, its language varying by scenario), headless
 * Chromium prints each to PDF, and poppler's pdfinfo and pdftotext read the PDF back: A4 pages,
 * every step title in every language, the Kazakh letters, the report's title and article 190,
 * and each document starting at the top of a new page.
 *
 * <p>Needs chromium and poppler-utils; .ci/run installs them. Skipped where they are missing,
 * except in CI (CI=true), where their absence is a failure.
 */
class PrintIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** An amount as the documents write it: thousands grouped by a space or a comma. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d{2})?");

    private static final Path JAR = Path.of("target/qorgan.jar");
    private static final List<String> LANGS = List.of("kk", "ru", "en");
    private static final String KAZAKH_LETTERS = "әғқңөұүі";
    /** The name in each scenario that gives one, so that capitals and һ, rare in the documents, print too. */
    private static final String VISITOR = "Ұлжан Һәкімқызы Әбілғазина-Өңірбекова";

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static final Parser MARKDOWN =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    @TempDir
    Path dir;

    @Test
    void theGoldenScenariosPrintToA4PdfsHoldingEveryStepTheKazakhLettersAndTheReport() throws Exception {
        Optional<String> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        boolean tools = chromium.isPresent()
                && onPath("pdftotext").isPresent()
                && onPath("pdfinfo").isPresent();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(tools)
                    .as("chromium and poppler-utils, which .ci/run installs")
                    .isTrue();
        }
        Assumptions.assumeTrue(tools, "chromium or poppler-utils (pdftotext, pdfinfo) not installed");
        assertThat(JAR).as("the jar, built by mvn package").exists();

        long start = System.nanoTime();
        Guide guide = TestAnswers.guide();
        LocalDate today = LocalDate.now();
        List<Scenario> scenarios = new ArrayList<>();
        List<Path> answersFiles;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            answersFiles =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(answersFiles).hasSizeGreaterThanOrEqualTo(8);
        for (Path golden : answersFiles) {
            String name = golden.getFileName().toString().replace(".yaml", "");
            String reportLang = LANGS.get(scenarios.size() % LANGS.size());
            Path answers = dir.resolve(name + ".yaml");
            String yaml = Files.readString(golden, StandardCharsets.UTF_8);
            Files.writeString(
                    answers, yaml.replaceAll("(?m)^(  applicant_name:).*$", "$1 " + VISITOR), StandardCharsets.UTF_8);
            Path html = dir.resolve(name + ".html");
            run(
                    List.of(
                            javaBinary(),
                            "-jar",
                            JAR.toString(),
                            "plan",
                            "--answers",
                            answers.toString(),
                            "--lang",
                            String.join(",", LANGS),
                            "--report-lang",
                            reportLang,
                            "--format",
                            "html"),
                    html);
            Answers parsed =
                    new AnswersFile(guide, Lang.EN, today).read(answers).answers();
            scenarios.add(new Scenario(
                    name,
                    Documents.of(guide).render(parsed, Lang.OWN, Lang.of(reportLang), today),
                    html,
                    dir.resolve(name + ".pdf")));
        }
        long rendered = System.nanoTime();
        for (Scenario scenario : scenarios) {
            Path profile = Files.createTempDirectory(dir, "chromium-");
            run(
                    List.of(
                            chromium.get(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            "--print-to-pdf=" + scenario.pdf(),
                            "--no-pdf-header-footer",
                            scenario.html().toUri().toString()),
                    dir.resolve(scenario.name() + ".chromium.log"));
            assertThat(scenario.pdf()).as(scenario.name() + ".pdf").isNotEmptyFile();
        }
        long printed = System.nanoTime();
        for (Scenario scenario : scenarios) {
            check(scenario);
        }
        System.out.printf(
                "PrintIT: %d scenarios: HTML by the jar %.1f s, PDF by Chromium %.1f s, checks %.1f s%n",
                scenarios.size(),
                seconds(rendered - start),
                seconds(printed - rendered),
                seconds(System.nanoTime() - printed));
    }

    private record Scenario(String name, Rendered rendered, Path html, Path pdf) {}

    private void check(Scenario scenario) throws IOException, InterruptedException {
        String name = scenario.name();
        Rendered rendered = scenario.rendered();
        List<String> pages = pages(scenario.pdf());
        String all = String.join(" ", pages);

        for (int i = 1; i <= pages.size(); i++) {
            assertThat(pageSize(scenario.pdf(), i))
                    .as(name + " page " + i + " is A4 in points")
                    .satisfies(size -> {
                        assertThat(size[0]).isCloseTo(595.3, Offset.offset(1.5));
                        assertThat(size[1]).isCloseTo(841.9, Offset.offset(1.5));
                    });
        }
        for (String lang : LANGS) {
            rendered.plan()
                    .steps()
                    .forEach(step -> assertThat(all)
                            .as(name + ": step " + step.id() + " in " + lang)
                            .contains(plain(step.step().title().in(Lang.of(lang)))));
        }
        for (char letter : KAZAKH_LETTERS.toCharArray()) {
            assertThat(all).as(name + ": the Kazakh letter " + letter).contains(String.valueOf(letter));
        }
        if (rendered.visitorName().isPresent()) {
            assertThat(all).as(name + ": the visitor's name").contains(comparable(VISITOR));
        }

        // Each document starts at the top of a page of its own, in order.
        List<Rendered.Document> documents = rendered.all();
        int previous = -1;
        List<Integer> firstPages = new ArrayList<>();
        for (Rendered.Document document : documents) {
            String opening = opening(document);
            int page = firstPageStartingWith(pages, opening, previous);
            assertThat(page)
                    .as(name + ": a page starting with the " + document.id() + " in " + document.lang() + " (" + opening
                            + ")")
                    .isGreaterThan(previous);
            assertThat(pages.get(page))
                    .as(name + ": the first page of the " + document.id() + " in " + document.lang())
                    .contains(title(document));
            previous = page;
            firstPages.add(page);
        }
        firstPages.add(pages.size());
        for (int i = 0; i < documents.size(); i++) {
            Rendered.Document document = documents.get(i);
            String own = String.join(" ", pages.subList(firstPages.get(i), firstPages.get(i + 1)));
            // A paper carries the applicant's typed name and amounts, masked card numbers only; the
            // share draft, which leaves the person's hands, never their name.
            if (document instanceof Rendered.Draft) {
                assertThat(own).as(name + ": no name on the " + document.id()).doesNotContain(comparable(VISITOR));
            } else if (!document.id().equals(DocumentId.PLAN)
                    && rendered.visitorName().isPresent()) {
                assertThat(own).as(name + ": the name on the " + document.id()).contains(comparable(VISITOR));
            }
            assertThat(own)
                    .as(name + ": no full card number on the " + document.id())
                    .doesNotContainPattern("\\d{4} ?\\d{4} ?\\d{4} ?\\d{4}");
            Matcher amount = AMOUNT.matcher(plain(document.markdown()));
            while (amount.find()) {
                assertThat(own)
                        .as(name + ": the amount " + amount.group() + " on the " + document.id())
                        .contains(amount.group());
            }
        }
        int reportIndex = documents.stream().map(Rendered.Document::id).toList().indexOf(DocumentId.REPORT);
        if (reportIndex >= 0) {
            Rendered.Document report = documents.get(reportIndex);
            String reportPages =
                    String.join(" ", pages.subList(firstPages.get(reportIndex), firstPages.get(reportIndex + 1)));
            assertThat(reportPages).as(name + ": the report's title").contains(title(report));
            assertThat(reportPages)
                    .as(name + ": the report's request under art. 190")
                    .contains("190");
        } else {
            assertThat(all).as(name + ": no report").doesNotContain("419");
        }
    }

    /**
     * The first words a document prints: the date label of its header for an action plan (the
     * header is the first thing on its page), the first line of the report, a draft's first line
     * as written (its address).
     */
    private static String opening(Rendered.Document document) {
        if (document.id().equals(DocumentId.PLAN)) {
            return Messages.of(Documents.BUNDLE, document.lang())
                    .get("html.date", "")
                    .strip();
        }
        if (document instanceof Rendered.Draft draft) {
            return comparable(draft.text().lines().findFirst().orElseThrow());
        }
        return plain(document.markdown().lines().findFirst().orElseThrow());
    }

    private static int firstPageStartingWith(List<String> pages, String opening, int after) {
        for (int i = after + 1; i < pages.size(); i++) {
            if (pages.get(i).startsWith(opening)) {
                return i;
            }
        }
        return -1;
    }

    /** A page's heading; a draft's, the line of its subject. */
    private static String title(Rendered.Document document) {
        if (document instanceof Rendered.Draft draft) {
            return comparable(draft.text().lines().skip(1).findFirst().orElseThrow());
        }
        return document.markdown()
                .lines()
                .filter(line -> line.startsWith("# "))
                .findFirst()
                .map(PrintIT::plain)
                .orElseThrow();
    }

    /** Markdown as the words it prints, made comparable with {@link #pages}. */
    private static String plain(String markdown) {
        return comparable(TEXT.render(MARKDOWN.parse(markdown)));
    }

    /**
     * Whitespace made single spaces, hyphens left out: pdftotext joins a word hyphenated at the
     * end of a line ("190-" then "бабында" becomes "190бабында").
     */
    private static String comparable(String text) {
        return text.replace("-", "").replaceAll("\\s+", " ").strip();
    }

    /** The text of each page, its whitespace made single spaces. */
    private List<String> pages(Path pdf) throws IOException, InterruptedException {
        Path text = dir.resolve(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString()), dir.resolve("pdftotext.log"));
        List<String> pages = new ArrayList<>();
        // pdftotext ends each page with a form feed.
        for (String page : Files.readString(text, StandardCharsets.UTF_8).split("\f")) {
            pages.add(comparable(page));
        }
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isEmpty()) {
            pages.remove(pages.size() - 1);
        }
        assertThat(pages).as(pdf + " has pages").isNotEmpty();
        return pages;
    }

    private double[] pageSize(Path pdf, int page) throws IOException, InterruptedException {
        Path info = dir.resolve("pdfinfo.txt");
        run(List.of("pdfinfo", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString()), info);
        Matcher size = Pattern.compile("size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(Files.readString(info));
        assertThat(size.find()).as("pdfinfo gives the page size").isTrue();
        return new double[] {Double.parseDouble(size.group(1)), Double.parseDouble(size.group(2))};
    }

    /** Runs a command, its standard output to {@code output} (with its errors), within the time limit. */
    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        Path errors = output.resolveSibling(output.getFileName() + ".err");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile());
        builder.environment().putAll(Map.of("LANG", "C.UTF-8", "TZ", "UTC"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out after " + TIMEOUT + ": " + command);
        }
        if (process.exitValue() != 0) {
            fail("exit " + process.exitValue() + ": " + command + "\n" + Files.readString(errors));
        }
    }

    private static Optional<String> onPath(String... names) {
        for (String name : names) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
