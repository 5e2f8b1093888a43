package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qorgan assess} from the outside, as a script drives it: stdin is not a terminal, the
 * questions go to stderr and the documents to stdout.
 */
class AssessCommandTest {

    /** English, no contact, an eGov code, no money, loans not known, a bank, a messenger call, no report. */
    static final List<String> SHORT_RUN = List.of("3", "2", "1", "2", "3", "1", "2", "2", "");

    /** Kazakh, an eGov code and an EDS, no money lost, a report with the applicant's name (no time, no place). */
    static final List<String> WITH_REPORT = List.of(
            "1",
            "2",
            "1 2",
            "2",
            "3",
            "3",
            "2",
            "1",
            "2026-11-20",
            "",
            "",
            "Айгерім Сәрсенқызы",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "");

    static final Guide GUIDE = new GuideLoader(Lang.EN).load(GuideSource.bundled());

    @TempDir
    Path dir;

    static String text(String questionId, String lang) {
        return GUIDE.question(questionId).orElseThrow().text().in(Lang.of(lang));
    }

    @Test
    void withNoInputTheFirstQuestionIsShownThenExit130WritingNothing() throws IOException {
        Path saved = dir.resolve("answers.yaml");
        Run run = cli().run("assess", "--save-answers", saved.toString());
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("Choose a language", "1  Қазақ тілі", "3  English")
                .endsWith("> " + System.lineSeparator() + "Interrupted: nothing was saved." + System.lineSeparator());
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void qorganAloneIsTheInterview() {
        Run run = cli().env(Map.of("LANG", "ru_RU.UTF-8")).run();
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.err()).contains("Choose a language", "Прервано: ничего не сохранено.");
    }

    @Test
    void withLangTheFirstQuestionIsTheGuidesFirst() {
        Run run = cli().run("--lang", "kk", "assess");
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.err())
                .doesNotContain("Choose a language")
                .contains("1 / 6", "1  Иә", "2  Жоқ")
                .contains("Тоқтатылды: ештеңе сақталған жоқ.");
        assertThat(cli().run("assess", "--lang", "ru").err()).contains("Прервано");
    }

    @Test
    void aScriptAnswersEveryQuestionAndGetsTheDocumentsOnStdoutWithNothingWritten() throws IOException {
        Run run = cli().typed(SHORT_RUN).run("assess");
        assertThat(run.code()).isZero();
        assertThat(run.err())
                .contains(
                        "Your answers",
                        "- " + text("disclosed", "en") + " — ",
                        GUIDE.question("disclosed")
                                .orElseThrow()
                                .option("egov_code")
                                .orElseThrow()
                                .text()
                                .in(Lang.EN),
                        "- " + text("want_report", "en") + " — No")
                .doesNotContain(text("evidence", "en"), text("incident_date", "en"));
        // The urgent step is said before the report's questions, and the plan before the paperwork.
        assertThat(run.err().indexOf("Call your bank"))
                .isPositive()
                .isLessThan(run.err().indexOf(text("want_report", "en")));
        assertThat(run.out())
                .startsWith("# If you told scammers a code")
                .contains("- [ ] **Call your bank.**")
                .doesNotContain("Choose a language", "Your answers", text("disclosed", "en"), "> ", "# STATEMENT");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    static String stepTitle(String id, String lang) {
        return GUIDE.steps().stream()
                .filter(step -> step.id().equals(id))
                .findFirst()
                .orElseThrow()
                .title()
                .in(Lang.of(lang));
    }

    /** README's first number: the urgent steps are on screen after at most three answers. */
    @Test
    void threeAnswersThenEndOfInputHaveShownTheUrgentSteps() {
        Run run = cli().typed(List.of("3", "2", "3 6", "1")).run("assess");
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.out()).isEmpty();
        String shown = run.err();
        assertThat(shown)
                .containsSubsequence(
                        stepTitle("block_them", "en"),
                        stepTitle("remote_app", "en"),
                        stepTitle("call_bank", "en"),
                        text("loans", "en"));
        assertThat(shown.indexOf(stepTitle("remote_app", "en")))
                .as("the app's internet before the call to the bank")
                .isLessThan(shown.indexOf(stepTitle("call_bank", "en")));
    }

    /** README's second number: a bank-code scam with money lost and no report reaches the plan in at most 10 answers. */
    @Test
    void aBankCodeScamWithoutAReportReachesThePlanInTenAnswersAtMost() {
        List<String> answers = List.of("2", "3", "1", "2", "1", "1", "2");
        List<String> typed = new java.util.ArrayList<>(List.of("3"));
        typed.addAll(answers);
        typed.add("");
        Run run = cli().typed(typed).run("assess");
        assertThat(answers).hasSizeLessThanOrEqualTo(10);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# If you told scammers a code").contains("- [ ] **Call your bank.**");
        assertThat(run.err())
                .doesNotContain(text("incident_date", "en"), text("transactions", "en"), text("applicant_name", "en"));
    }

    @Test
    void anEnglishSpeakerWhoWantsAReportChoosesItsLanguage() {
        List<String> typed = new java.util.ArrayList<>(List.of("3", "2", "8", "2", "2", "1", "1", "1", "2026-11-20"));
        typed.addAll(java.util.Collections.nCopies(10, ""));
        typed.addAll(List.of("", "2"));
        Run run = cli().typed(typed).run("assess");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("In which language should the draft police report be written?");
        assertThat(run.out())
                .startsWith("# If you told scammers a code")
                .contains("# ЗАЯВЛЕНИЕ")
                .doesNotContain("# STATEMENT");
        typed.set(typed.size() - 1, "");
        Run keeps = cli().typed(typed).run("assess");
        assertThat(keeps.err()).contains("Enter: English");
        assertThat(keeps.out()).as("Enter keeps the interview's language").contains("# STATEMENT");
    }

    @Test
    void theDocumentsOnStdoutAreWhatPlanMakesOfTheSameAnswers() {
        Path saved = dir.resolve("answers.yaml");
        Run assess = cli().typed(WITH_REPORT).run("assess", "--save-answers", saved.toString());
        assertThat(assess.code()).as(assess.err()).isZero();
        Run plan = cli().run("plan", "--answers", saved.toString());
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(assess.out()).isEqualTo(plan.out()).contains("# АРЫЗ", "Айгерім Сәрсенқызы");
    }

    @Test
    void theReportLanguageIsReportLangElseTheAnswersFilesElseTheInterviews() throws IOException {
        assertThat(cli().typed(WITH_REPORT).run("assess", "--report-lang", "ru").out())
                .contains("## Сіздің қадамдарыңыз", "# ЗАЯВЛЕНИЕ")
                .doesNotContain("# АРЫЗ");
        Path given = dir.resolve("given.yaml");
        Files.writeString(given, "report_lang: en\nanswers:\n  in_contact: false\n", StandardCharsets.UTF_8);
        List<String> rest = WITH_REPORT.subList(2, WITH_REPORT.size());
        List<String> typed = new java.util.ArrayList<>(List.of("1"));
        typed.addAll(rest);
        assertThat(cli().typed(typed)
                        .run("assess", "--answers", given.toString())
                        .out())
                .contains("## Сіздің қадамдарыңыз", "# STATEMENT");
        assertThat(cli().run("assess", "--report-lang", "de").err()).contains("--report-lang de", "kk, ru, en");
    }

    @Test
    void outWritesThePlanAndTheReportOwnerOnlyAndPrintsNoDocument() throws IOException {
        Path out = dir.resolve("docs");
        Run run = cli().typed(WITH_REPORT).run("assess", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Жазылды: " + out.resolve("plan.md"), "Жазылды: " + out.resolve("report.md"));
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("loans not known: a dispute to each credit bureau besides the report")
                    .containsExactlyInAnyOrder(
                            "plan.md",
                            "report.md",
                            "dispute-pkb.md",
                            "dispute-gkb.md",
                            "plan.html",
                            "report.html",
                            "dispute-pkb.html",
                            "dispute-gkb.html",
                            "share.txt");
        }
        assertThat(Files.readString(out.resolve("dispute-pkb.md")))
                .contains("«Бірінші кредиттік бюро» АҚ", "Айгерім Сәрсенқызы", "15 жұмыс күні");
        assertThat(Files.readString(out.resolve("plan.md"))).startsWith("# Алаяқтарға код айтып қойсаңыз");
        assertThat(Files.readString(out.resolve("report.md"))).contains("# АРЫЗ", "Айгерім Сәрсенқызы");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (String name :
                List.of("plan.md", "report.md", "dispute-pkb.md", "plan.html", "report.html", "dispute-gkb.html")) {
            assertThat(Files.getPosixFilePermissions(out.resolve(name)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void outRefusesToReplaceAFileWithoutForceBeforeAnyQuestion() throws IOException {
        Files.writeString(dir.resolve("report.md"), "mine", StandardCharsets.UTF_8);
        Run refused = cli().typed(WITH_REPORT).run("assess", "--out", dir.toString());
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("report.md already exists").doesNotContain("Choose a language");
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }

        Run forced = cli().typed(WITH_REPORT).run("assess", "--out", dir.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("# АРЫЗ");
        assertThat(dir.resolve("plan.md")).exists();
    }

    @Test
    void outThatIsAFileIsRefusedBeforeAnyQuestion() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x", StandardCharsets.UTF_8);
        Run run = cli().typed(WITH_REPORT).run("assess", "--out", file.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains(file + " is not a folder").doesNotContain("Choose a language");
    }

    @Test
    void errorsGoToStderrAndTheQuestionIsAskedAgain() {
        List<String> typed = new java.util.ArrayList<>(SHORT_RUN);
        typed.add(2, "1 8");
        typed.add(2, "12");
        Run run = cli().typed(typed).run("assess");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("from 1 to 8", "cannot be chosen together with other answers");
        assertThat(run.out()).startsWith("# ").doesNotContain("from 1 to 8", "cannot be chosen");
    }

    @Test
    void saveAnswersWritesTheAnswersFileOwnerOnly() throws IOException {
        Path saved = dir.resolve("answers.yaml");
        Run run = cli().typed(WITH_REPORT).run("assess", "--save-answers", saved.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("Жауаптарыңыз " + saved + " файлына сақталды");
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String yaml = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(yaml).contains("lang: kk", "applicant_name: Айгерім Сәрсенқызы", "disclosed:");
        AnswersDocument read = new AnswersFile(GUIDE, Lang.EN, LocalDate.of(2026, 11, 28)).read(saved);
        assertThat(read.lang()).contains(Lang.KK);
        assertThat(read.answers().get("want_report")).contains(new Answer.YesNo(true));
        assertThat(read.answers().has("story")).isFalse();
    }

    @Test
    void answersPrefillAndOnlyWhatIsMissingIsAsked() throws IOException {
        Path given = dir.resolve("given.yaml");
        Files.writeString(given, """
                lang: ru
                answers:
                  in_contact: false
                  disclosed: [eds]
                  impersonated: police
                  channel: video_call
                  incident_date: 2026-11-20
                """, StandardCharsets.UTF_8);
        Path saved = dir.resolve("saved.yaml");
        Run run = cli().typed(List.of("2", "1", "2", "", ""))
                .run("assess", "--answers", given.toString(), "--save-answers", saved.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err())
                .doesNotContain("Choose a language", "1 / 6", "2 / 6", "5 / 6")
                .contains(
                        "3 / 6", text("money_lost", "ru"), "4 / 6", "1 / 14", text("want_report", "ru"), "Ваши ответы");
        assertThat(run.out()).startsWith("# Если вы сообщили мошенникам код");
        String yaml = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(yaml).contains("lang: ru", "impersonated: police", "money_lost: false", "loans: \"yes\"");
    }

    @Test
    void aBadAnswersFileIsExit3NamingThePlace() throws IOException {
        Path given = dir.resolve("given.yaml");
        Files.writeString(given, "answers:\n  disclosed: [egov_kode]\n", StandardCharsets.UTF_8);
        Run run = cli().typed(List.of("3")).run("assess", "--answers", given.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(given + ":2:").contains("egov_kode");
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeAnyQuestion() {
        Path saved = dir.resolve("missing/answers.yaml");
        Run run = cli().typed(SHORT_RUN).run("assess", "--save-answers", saved.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot save the answers", "missing");
        assertThat(saved.getParent()).doesNotExist();
    }

    @Test
    void aLanguageTheGuideLacksIsABadCommandLine() {
        Run run = cli().run("assess", "--lang", "de");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--lang de", "kk, ru, en");
    }

    @Test
    void anotherGuideIsReadWithGuide() {
        Run run = cli().run("assess", "--guide", dir.resolve("nowhere").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("nowhere").contains("guide.yaml");
    }

    @Test
    void helpOfAssessListsItsOptions() {
        Run run = cli().run("assess", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(
                        "--guide",
                        "--plain",
                        "--answers",
                        "--save-answers",
                        "Nothing is saved without it",
                        "--out",
                        "--force",
                        "--report-lang");
        assertThat(Optional.of(cli().run("--help").out())).get().asString().contains("assess");
    }
}
