package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code qorgan plan}: streams, files, exit codes. */
class PlanCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String FULL =
            GOLDEN.resolve("everything_full_report.yaml").toString();
    /** The files {@code plan --out} writes for {@link #FULL} in Markdown, in the order {@link #list} gives. */
    private static final List<String> FULL_FILES = List.of(
            "dispute-gkb.md",
            "dispute-pkb.md",
            "letter-bank.md",
            "letter-lender.md",
            "plan.md",
            "report.md",
            "share.txt");

    private static final String NO_REPORT = GOLDEN.resolve("password_only.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void printsThePlanThenTheReportAsOneMarkdownDocument() {
        Run run = english().run("plan", "--answers", FULL, "--lang", "ru");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# Если вы сообщили мошенникам код").contains("\n---\n", "# ЗАЯВЛЕНИЕ");
        assertThat(run.out().indexOf("# ЗАЯВЛЕНИЕ")).isGreaterThan(run.out().indexOf("## Ваши шаги"));
    }

    @Test
    void withoutWantReportThereIsNoReport() {
        Run run = english().run("plan", "--answers", NO_REPORT, "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("## Your steps").doesNotContain("# STATEMENT");
    }

    @Test
    void theLanguageComesFromLangThenTheFileThenTheSystem() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "lang: kk\n" + body(), StandardCharsets.UTF_8);
        assertThat(english().run("plan", "--answers", answers.toString()).out())
                .contains("# АРЫЗ", "## Сіздің қадамдарыңыз");
        assertThat(english()
                        .run("plan", "--answers", answers.toString(), "--lang", "en")
                        .out())
                .contains("# STATEMENT");
        Path plain = dir.resolve("b.yaml");
        Files.writeString(plain, body(), StandardCharsets.UTF_8);
        assertThat(cli().env(Map.of("LANG", "ru_KZ.UTF-8"))
                        .run("plan", "--answers", plain.toString())
                        .out())
                .contains("# ЗАЯВЛЕНИЕ");
    }

    @Test
    void theReportLanguageComesFromReportLangThenTheFileThenThePlan() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "lang: kk\nreport_lang: ru\n" + body(), StandardCharsets.UTF_8);
        Run fromFile = english().run("plan", "--answers", answers.toString());
        assertThat(fromFile.out())
                .contains("## Сіздің қадамдарыңыз", "# ЗАЯВЛЕНИЕ")
                .doesNotContain("# АРЫЗ");
        Run fromOption = english().run("plan", "--answers", answers.toString(), "--report-lang", "en");
        assertThat(fromOption.out()).contains("## Сіздің қадамдарыңыз", "# STATEMENT");
    }

    @Test
    void outWritesOneFilePerDocumentReadableByTheOwnerOnly() throws IOException {
        Path out = dir.resolve("docs");
        Run run = english().run("plan", "--answers", FULL, "--lang", "en", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(list(out)).containsExactlyElementsOf(FULL_FILES);
        assertThat(Files.readString(out.resolve("share.txt")))
                .startsWith("To: info@citizensec.kz\nSubject: ")
                .contains("@safe_account_kz")
                .doesNotContain("Айгерим Садыкова", "```", "\\");
        assertThat(Files.readString(out.resolve("plan.md")))
                .startsWith("# If you told scammers a code")
                .doesNotContain("# STATEMENT");
        assertThat(Files.readString(out.resolve("report.md"))).contains("# STATEMENT", "Айгерим Садыкова");
        assertThat(Files.readString(out.resolve("letter-bank.md")))
                .contains("# APPLICATION", "Айгерим Садыкова", "Block my card");
        assertThat(Files.readString(out.resolve("dispute-gkb.md"))).contains("State Credit Bureau", "15 working days");
        for (String name : list(out)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void outRefusesToReplaceAFileWithoutForce() throws IOException {
        Files.writeString(dir.resolve("plan.md"), "mine", StandardCharsets.UTF_8);
        Run refused = english().run("plan", "--answers", FULL, "--out", dir.toString());
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).isNotBlank();
        assertThat(Files.readString(dir.resolve("plan.md"))).isEqualTo("mine");
        assertThat(list(dir)).containsExactly("plan.md");

        Run forced = english().run("plan", "--answers", FULL, "--out", dir.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(dir.resolve("plan.md"))).startsWith("# ");
        assertThat(list(dir)).containsExactlyElementsOf(FULL_FILES);
    }

    @Test
    void anUnwritableFolderIsExit4WithNothingLeftBehind() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be", StandardCharsets.UTF_8);
        Run run = english()
                .run("plan", "--answers", FULL, "--out", blocked.resolve("docs").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isNotBlank().doesNotContain("Exception");
        assertThat(list(dir)).containsExactly("blocked");
    }

    @Test
    void jsonListsTheStepIdsInPlanOrder() throws IOException {
        Run run = english().run("plan", "--answers", FULL, "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        json.get("steps").forEach(step -> ids.add(step.get("id").asText()));
        assertThat(ids)
                .containsExactly(
                        "remote_app",
                        "call_bank",
                        "block_them",
                        "messenger_warning",
                        "stop_credit",
                        "revoke_eds",
                        "credit_report",
                        "police",
                        "passwords_2fa",
                        "dispute_credit",
                        "recovery_scam",
                        "share_experience");
        assertThat(json.get("steps").get(0).get("urgency").asText()).isEqualTo("now");
        assertThat(json.get("steps").get(9).has("deadline"))
                .as("no date counted from the incident")
                .isFalse();
        assertThat(json.get("report").asBoolean()).isTrue();
        assertThat(new ObjectMapper()
                        .readTree(english()
                                .run("plan", "--answers", NO_REPORT, "--format", "json")
                                .out())
                        .get("report")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void jsonListsThePapersThatApplyInTheirLanguage() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(english()
                        .run("plan", "--answers", FULL, "--lang", "kk", "--report-lang", "ru", "--format", "json")
                        .out());
        List<String> papers = new ArrayList<>();
        json.get("documents")
                .forEach(document -> papers.add(
                        document.get("id").asText() + "." + document.get("lang").asText()));
        assertThat(papers)
                .as("the share draft in the person's language, the papers in --report-lang")
                .containsExactly(
                        "report.ru",
                        "letter-bank.ru",
                        "letter-lender.ru",
                        "dispute-pkb.ru",
                        "dispute-gkb.ru",
                        "share.kk");
        assertThat(new ObjectMapper()
                        .readTree(english()
                                .run("plan", "--answers", NO_REPORT, "--lang", "en", "--format", "json")
                                .out())
                        .get("documents")
                        .toString())
                .as("no papers wanted: the share draft alone")
                .isEqualTo("[{\"id\":\"share\",\"lang\":\"en\"}]");
    }

    @Test
    void aLanguageTheGuideLacksIsExit2WithOneLine() {
        assertThat(usageError("plan", "--answers", FULL, "--lang", "de")).contains("--lang", "de", "kk, ru, en");
        assertThat(english()
                        .run("plan", "--answers", FULL, "--report-lang", "fr")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void htmlWithoutOutIsOnePageWithThePlanThenTheReport() {
        Run run = english().run("plan", "--answers", FULL, "--lang", "ru", "--format", "html");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").endsWith("</html>\n");
        Document page = Jsoup.parse(run.out());
        assertThat(page.select("article.document").eachAttr("class"))
                .containsExactly(
                        "document plan",
                        "document report",
                        "document letter-bank",
                        "document letter-lender",
                        "document dispute-pkb",
                        "document dispute-gkb",
                        "document share");
        assertThat(page.select("article.report h1").text()).isEqualTo("ЗАЯВЛЕНИЕ");
        assertThat(page.select("header.visit .name").text()).isEqualTo("Имя: Айгерим Садыкова");
    }

    @Test
    void htmlWithOutWritesOnePageFilePerDocumentReadableByTheOwnerOnly() throws IOException {
        Path out = dir.resolve("print");
        Run run = english().run("plan", "--answers", FULL, "--lang", "kk", "--format", "html", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(list(out))
                .containsExactly(
                        "dispute-gkb.html",
                        "dispute-pkb.html",
                        "letter-bank.html",
                        "letter-lender.html",
                        "plan.html",
                        "report.html",
                        "share.txt");
        Document plan = Jsoup.parse(Files.readString(out.resolve("plan.html")));
        assertThat(plan.select("article.document").eachAttr("class"))
                .as("the share draft has no page of its own")
                .containsExactly("document plan", "document share");
        Document report = Jsoup.parse(Files.readString(out.resolve("report.html")));
        assertThat(report.select("article.document").eachAttr("class")).containsExactly("document report");
        assertThat(report.select("h1").text()).isEqualTo("АРЫЗ");
        assertThat(Jsoup.parse(Files.readString(out.resolve("letter-bank.html")))
                        .select("article.document")
                        .eachAttr("class"))
                .containsExactly("document letter-bank");
        for (String name : list(out)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
                    .isEqualTo("rw-------");
        }
        assertThat(list(dir.resolve("print"))).doesNotContain("plan.md");
        Run noReport = english()
                .run(
                        "plan",
                        "--answers",
                        NO_REPORT,
                        "--format",
                        "html",
                        "--out",
                        dir.resolve("two").toString());
        assertThat(noReport.code()).isZero();
        assertThat(list(dir.resolve("two"))).containsExactly("plan.html", "share.txt");
    }

    @Test
    void twoLanguagesGiveThePlanInEachThenTheReportOnceInTheFirst() {
        Run run = english().run("plan", "--answers", FULL, "--lang", "kk,ru");
        assertThat(run.code()).isZero();
        String out = run.out();
        int kazakh = out.indexOf("## Сіздің қадамдарыңыз");
        int russian = out.indexOf("## Ваши шаги");
        int report = out.indexOf("# АРЫЗ");
        assertThat(out).startsWith("# Алаяқтарға код айтып қойсаңыз");
        assertThat(kazakh).isPositive().isLessThan(russian);
        assertThat(russian).isLessThan(report);
        assertThat(out.substring(kazakh, russian)).contains("\n---\n\n# Если вы сообщили мошенникам код");
        assertThat(out.substring(russian, report)).contains("\n---\n\n**Кімге:**");
        assertThat(out).doesNotContain("# ЗАЯВЛЕНИЕ", "## Your steps");
        assertThat(out.split("\n---\n", -1))
                .as("two plans, the report, four letters and the share draft")
                .hasSize(8);
        assertThat(out.substring(out.lastIndexOf("\n---\n")))
                .as("the share draft in the first language")
                .contains("Кімге: info@citizensec.kz");
    }

    @Test
    void twoLanguagesWithAReportLanguageAndAsPrintablePages() throws IOException {
        Run run =
                english().run("plan", "--answers", FULL, "--lang", "ru, kk", "--report-lang", "en", "--format", "html");
        assertThat(run.code()).isZero();
        Document page = Jsoup.parse(run.out());
        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.select("article.document").eachAttr("lang"))
                .as("the share draft in the person's language")
                .containsExactly("ru", "kk", "en", "en", "en", "en", "en", "ru");
        assertThat(page.select("article.report h1").text()).isEqualTo("STATEMENT");

        Path out = dir.resolve("docs");
        assertThat(english()
                        .run("plan", "--answers", FULL, "--lang", "kk,ru", "--out", out.toString())
                        .code())
                .isZero();
        assertThat(list(out)).contains("plan.md", "report.md", "letter-bank.md");
        assertThat(Files.readString(out.resolve("letter-bank.md"))).contains("# ӨТІНІШ");
        assertThat(Files.readString(out.resolve("plan.md")))
                .contains("## Сіздің қадамдарыңыз", "\n---\n", "## Ваши шаги")
                .doesNotContain("# АРЫЗ");
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("# АРЫЗ")
                .doesNotContain("## Ваши шаги");
    }

    @Test
    void aLanguageOfAListTheGuideLacksIsExit2NamingIt() {
        assertThat(usageError("plan", "--answers", FULL, "--lang", "kk,de,ru"))
                .contains("--lang de:")
                .contains("kk, ru, en")
                .startsWith("qorgan: --lang de");
        assertThat(english().run("plan", "--answers", FULL, "--lang", "ru,xx").err())
                .contains("--lang xx:", "нет такого языка");
    }

    @Test
    void messagesAreInTheFirstLanguageOfTheListElseTheSystemsElseEnglish() {
        assertThat(cli().env(Map.of("LANG", "ru_RU.UTF-8"))
                        .run("plan", "--answers", FULL, "--lang", "de,kk")
                        .err())
                .as("de is not spoken: the system's language, not the list's next")
                .contains("--lang de: в руководстве нет такого языка");
        assertThat(cli().env(Map.of("LANG", "de_DE.UTF-8"))
                        .run("plan", "--answers", FULL, "--lang", "de")
                        .err())
                .contains("--lang de: the guide has no such language");
        assertThat(cli().env(Map.of("LANG", "ru_RU.UTF-8"))
                        .run("plan", "--answers", FULL, "--lang", "kk,de")
                        .err())
                .contains("--lang de: нұсқаулықта мұндай тіл жоқ");
        assertThat(cli().env(Map.of("LANG", "ru_RU.UTF-8"))
                        .run("plan", "--answers", FULL, "--lang", " ,kk,de")
                        .err())
                .as("blanks in the list are left out, as for the plan's languages")
                .contains("--lang de: нұсқаулықта мұндай тіл жоқ");
    }

    @Test
    void everyMessageAboutAFileIsInOneLanguageWhateverTheFileSays() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        Files.writeString(missing, "lang: ru\nanswers:\n  in_contact: false\n", StandardCharsets.UTF_8);
        Path invalid = dir.resolve("invalid.yaml");
        Files.writeString(invalid, "lang: ru\nanswers:\n  in_contact: maybe\n", StandardCharsets.UTF_8);
        String incomplete =
                english().run("plan", "--answers", missing.toString()).err();
        String wrong = english().run("plan", "--answers", invalid.toString()).err();
        assertThat(incomplete).contains("disclosed: missing answer").doesNotContain("нет ответа");
        assertThat(wrong).contains("Answer yes or no");
        assertThat(english()
                        .run("--lang", "kk", "plan", "--answers", missing.toString())
                        .err())
                .as("--lang is the interface's language")
                .doesNotContain("missing answer", "нет ответа");
    }

    @Test
    void aMissingAnswerAndAnInvalidOneInTheSameLanguageWhicheverDecidesIt() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        Files.writeString(missing, "lang: kk\nanswers:\n  in_contact: false\n", StandardCharsets.UTF_8);
        Path invalid = dir.resolve("invalid.yaml");
        Files.writeString(invalid, "lang: kk\nanswers:\n  in_contact: maybe\n", StandardCharsets.UTF_8);
        Map<String, String> russianSystem = Map.of("LANG", "ru_RU.UTF-8");
        assertThat(cli().env(russianSystem)
                        .run("plan", "--answers", missing.toString())
                        .err())
                .contains("disclosed: нет ответа");
        assertThat(cli().env(russianSystem)
                        .run("plan", "--answers", invalid.toString())
                        .err())
                .contains("in_contact: Ответьте «да» или «нет»");
        Map<String, String> kazakhSystem = Map.of("LANG", "kk_KZ.UTF-8");
        assertThat(cli().env(kazakhSystem)
                        .run("--lang", "ru", "plan", "--answers", missing.toString())
                        .err())
                .contains("disclosed: нет ответа");
        assertThat(cli().env(kazakhSystem)
                        .run("--lang", "ru", "plan", "--answers", invalid.toString())
                        .err())
                .contains("in_contact: Ответьте «да» или «нет»");
    }

    @Test
    void jsonTakesOneLanguageOnly() {
        assertThat(usageError("plan", "--answers", FULL, "--lang", "kk,ru", "--format", "json"))
                .contains("--lang kk,ru", "json");
        assertThat(english()
                        .run("plan", "--answers", FULL, "--lang", "ru", "--format", "json")
                        .code())
                .isZero();
    }

    @Test
    void anUnknownFormatIsExit2() {
        Run run = english().run("plan", "--answers", FULL, "--format", "pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("pdf");
    }

    @Test
    void aMissingAnswersOptionIsExit2() {
        assertThat(english().run("plan").code()).isEqualTo(2);
    }

    @Test
    void anIncompleteAnswersFileIsExit3NamingTheQuestionInTheChosenLanguage() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, body().replace("  loans: \"no\"\n", ""), StandardCharsets.UTF_8);
        Run run = english().run("plan", "--answers", answers.toString(), "--lang", "ru");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("loans");
    }

    @Test
    void aMissingAnswersFileIsExit3() {
        assertThat(english()
                        .run("plan", "--answers", dir.resolve("none.yaml").toString())
                        .code())
                .isEqualTo(3);
    }

    /** Complete answers to the default guide (a card disclosed, a report wanted), as an answers file's {@code answers:} section. */
    /** Exit 2 with nothing on standard output and one line on standard error: that line. */
    private static String usageError(String... args) {
        Run run = english().run(args);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        String line = run.err().strip();
        assertThat(line).doesNotContain("\n");
        return line;
    }

    static String body() {
        return """
                answers:
                  in_contact: false
                  disclosed: [card]
                  impersonated: bank
                  channel: phone_call
                  incident_date: 2026-11-27
                  money_lost: false
                  loans: "no"
                  want_report: true
                """;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
