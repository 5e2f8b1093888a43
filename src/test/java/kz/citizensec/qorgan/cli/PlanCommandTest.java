package kz.citizensec.qorgan.cli;

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
import kz.citizensec.qorgan.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code qorgan plan}: streams, files, exit codes. */
class PlanCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String FULL = GOLDEN.resolve("everything_full_report.yaml").toString();
    private static final String NO_REPORT = GOLDEN.resolve("password_only.yaml").toString();

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return MainTest.run(Map.of("LANG", "en_US.UTF-8"), args);
    }

    @Test
    void printsThePlanThenTheReportAsOneMarkdownDocument() {
        Run run = run("plan", "--answers", FULL, "--lang", "ru");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# Если вы сообщили мошенникам код").contains("\n---\n", "# ЗАЯВЛЕНИЕ");
        assertThat(run.out().indexOf("# ЗАЯВЛЕНИЕ")).isGreaterThan(run.out().indexOf("## Ваши шаги"));
    }

    @Test
    void withoutWantReportThereIsNoReport() {
        Run run = run("plan", "--answers", NO_REPORT, "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("## Your steps").doesNotContain("# STATEMENT");
    }

    @Test
    void theLanguageComesFromLangThenTheFileThenTheSystem() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "lang: kk\n" + body(), StandardCharsets.UTF_8);
        assertThat(run("plan", "--answers", answers.toString()).out()).contains("# АРЫЗ", "## Сіздің қадамдарыңыз");
        assertThat(run("plan", "--answers", answers.toString(), "--lang", "en").out()).contains("# STATEMENT");
        Path plain = dir.resolve("b.yaml");
        Files.writeString(plain, body(), StandardCharsets.UTF_8);
        assertThat(MainTest.run(Map.of("LANG", "ru_KZ.UTF-8"), "plan", "--answers", plain.toString()).out())
                .contains("# ЗАЯВЛЕНИЕ");
    }

    @Test
    void theReportLanguageComesFromReportLangThenTheFileThenThePlan() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "lang: kk\nreport_lang: ru\n" + body(), StandardCharsets.UTF_8);
        Run fromFile = run("plan", "--answers", answers.toString());
        assertThat(fromFile.out()).contains("## Сіздің қадамдарыңыз", "# ЗАЯВЛЕНИЕ").doesNotContain("# АРЫЗ");
        Run fromOption = run("plan", "--answers", answers.toString(), "--report-lang", "en");
        assertThat(fromOption.out()).contains("## Сіздің қадамдарыңыз", "# STATEMENT");
    }

    @Test
    void outWritesOneFilePerDocumentReadableByTheOwnerOnly() throws IOException {
        Path out = dir.resolve("docs");
        Run run = run("plan", "--answers", FULL, "--lang", "en", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(list(out)).containsExactly("plan.md", "report.md");
        assertThat(Files.readString(out.resolve("plan.md"))).startsWith("# If you told scammers a code")
                .doesNotContain("# STATEMENT");
        assertThat(Files.readString(out.resolve("report.md"))).contains("# STATEMENT", "Айгерим Садыкова");
        for (String name : List.of("plan.md", "report.md")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void outRefusesToReplaceAFileWithoutForce() throws IOException {
        Files.writeString(dir.resolve("plan.md"), "mine", StandardCharsets.UTF_8);
        Run refused = run("plan", "--answers", FULL, "--out", dir.toString());
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).isNotBlank();
        assertThat(Files.readString(dir.resolve("plan.md"))).isEqualTo("mine");
        assertThat(list(dir)).containsExactly("plan.md");

        Run forced = run("plan", "--answers", FULL, "--out", dir.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(dir.resolve("plan.md"))).startsWith("# ");
        assertThat(list(dir)).containsExactly("plan.md", "report.md");
    }

    @Test
    void anUnwritableFolderIsExit4WithNothingLeftBehind() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be", StandardCharsets.UTF_8);
        Run run = run("plan", "--answers", FULL, "--out", blocked.resolve("docs").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isNotBlank().doesNotContain("Exception");
        assertThat(list(dir)).containsExactly("blocked");
    }

    @Test
    void jsonListsTheStepIdsInPlanOrder() throws IOException {
        Run run = run("plan", "--answers", FULL, "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        json.get("steps").forEach(step -> ids.add(step.get("id").asText()));
        assertThat(ids).containsExactly("hang_up", "call_bank", "remote_app", "messenger_warning",
                "stop_credit", "revoke_eds", "credit_report", "police", "passwords_2fa",
                "dispute_credit", "recovery_scam", "share_experience");
        assertThat(json.get("steps").get(0).get("urgency").asText()).isEqualTo("now");
        assertThat(json.get("steps").get(9).get("deadline").get("date").asText()).isEqualTo("2026-11-30");
        assertThat(json.get("report").asBoolean()).isTrue();
        assertThat(new ObjectMapper().readTree(run("plan", "--answers", NO_REPORT, "--format", "json").out())
                .get("report").asBoolean()).isFalse();
    }

    @Test
    void aLanguageTheGuideLacksIsExit2WithOneLine() {
        Run run = run("plan", "--answers", FULL, "--lang", "de");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains("--lang", "de", "kk, ru, en");
        assertThat(run("plan", "--answers", FULL, "--report-lang", "fr").code()).isEqualTo(2);
    }

    @Test
    void anUnknownFormatIsExit2() {
        Run run = run("plan", "--answers", FULL, "--format", "pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("pdf");
    }

    @Test
    void aMissingAnswersOptionIsExit2() {
        assertThat(run("plan").code()).isEqualTo(2);
    }

    @Test
    void anIncompleteAnswersFileIsExit3NamingTheQuestionInTheChosenLanguage() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, body().replace("  loans: \"no\"\n", ""), StandardCharsets.UTF_8);
        Run run = run("plan", "--answers", answers.toString(), "--lang", "ru");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("loans");
    }

    @Test
    void aMissingAnswersFileIsExit3() {
        assertThat(run("plan", "--answers", dir.resolve("none.yaml").toString()).code()).isEqualTo(3);
    }

    private static String body() {
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
