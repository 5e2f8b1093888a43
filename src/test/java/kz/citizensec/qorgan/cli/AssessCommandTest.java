package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qorgan assess} from the outside, as a script drives it: stdin is not a terminal. */
class AssessCommandTest {

    /** English, no contact, an eGov code, a bank, a messenger call, a date, no money, no report. */
    static final List<String> SHORT_RUN = List.of("3", "2", "1", "1", "2", "2026-11-20", "2", "3", "2", "1 3", "");

    static final Guide GUIDE = new GuideLoader("en").load(GuideSource.bundled());

    @TempDir
    Path dir;

    static String text(String questionId, String lang) {
        return GUIDE.question(questionId).orElseThrow().text().in(lang);
    }

    record Run(int code, String out, String err) {}

    static Run run(List<String> typed, Map<String, String> env, String... args) {
        String input = typed.isEmpty() ? "" : String.join("\n", typed) + "\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), env,
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC), false);
        int code = new Main(environment).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(List<String> typed, String... args) {
        return run(typed, Map.of(), args);
    }

    @Test
    void withNoInputTheFirstQuestionIsShownThenExit130WritingNothing() throws IOException {
        Path saved = dir.resolve("answers.yaml");
        Run run = run(List.of(), "assess", "--save-answers", saved.toString());
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.out()).contains("Choose a language", "1  Қазақ тілі", "3  English");
        assertThat(run.err()).isEqualTo("Interrupted: nothing was saved." + System.lineSeparator());
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void qorganAloneIsTheInterview() {
        Run run = run(List.of(), Map.of("LANG", "ru_RU.UTF-8"));
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.out()).contains("Choose a language");
        assertThat(run.err()).contains("Прервано: ничего не сохранено.");
    }

    @Test
    void withLangTheFirstQuestionIsTheGuidesFirst() {
        Run run = run(List.of(), "--lang", "kk", "assess");
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.out()).doesNotContain("Choose a language").contains("1 / 9", "1  Иә", "2  Жоқ");
        assertThat(run.err()).contains("Тоқтатылды: ештеңе сақталған жоқ.");
        assertThat(run("assess", "--lang", "ru").err()).contains("Прервано");
    }

    private Run run(String... args) {
        return run(List.of(), args);
    }

    @Test
    void aScriptAnswersEveryQuestionAndGetsTheSummaryWithNothingWritten() throws IOException {
        Run run = run(SHORT_RUN, "assess");
        assertThat(run.code()).isZero();
        Question evidence = GUIDE.question("evidence").orElseThrow();
        assertThat(run.out()).contains("Your answers", "- " + text("disclosed", "en") + " — ",
                GUIDE.question("disclosed").orElseThrow().option("egov_code").orElseThrow().text().in("en"),
                evidence.options().get(0).text().in("en") + "; " + evidence.options().get(2).text().in("en"));
        assertThat(run.err()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void errorsGoToStderrAndTheQuestionIsAskedAgain() {
        List<String> typed = new java.util.ArrayList<>(SHORT_RUN);
        typed.add(2, "1 8");
        typed.add(2, "12");
        Run run = run(typed, "assess");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("from 1 to 8", "cannot be chosen together with other answers");
        assertThat(run.out()).doesNotContain("from 1 to 8");
    }

    @Test
    void saveAnswersWritesTheAnswersFileOwnerOnly() throws IOException {
        Path saved = dir.resolve("answers.yaml");
        List<String> typed = List.of("1", "2", "1 2", "3", "2", "2026-11-20", "2", "3", "1",
                "Айгерім Сәрсенқызы", "", "", "", "", "", "", "", "");
        Run run = run(typed, "assess", "--save-answers", saved.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Жауаптарыңыз " + saved + " файлына сақталды");
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String yaml = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(yaml).contains("lang: kk", "applicant_name: Айгерім Сәрсенқызы", "disclosed:");
        AnswersDocument read = new AnswersFile(GUIDE, "en",
                LocalDate.of(2026, 11, 28)).read(saved);
        assertThat(read.lang()).contains("kk");
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
        Run run = run(List.of("2", "1", "2", "", ""), "assess", "--answers", given.toString(),
                "--save-answers", saved.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Choose a language", "1 / 9", "5 / 9")
                .contains("6 / 9", text("money_lost", "ru"), "Ваши ответы");
        String yaml = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(yaml).contains("lang: ru", "impersonated: police", "money_lost: false", "loans: \"yes\"");
    }

    @Test
    void aBadAnswersFileIsExit3NamingThePlace() throws IOException {
        Path given = dir.resolve("given.yaml");
        Files.writeString(given, "answers:\n  disclosed: [egov_kode]\n", StandardCharsets.UTF_8);
        Run run = run(List.of("3"), "assess", "--answers", given.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(given + ":2:").contains("egov_kode");
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeAnyQuestion() {
        Path saved = dir.resolve("missing/answers.yaml");
        Run run = run(SHORT_RUN, "assess", "--save-answers", saved.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("cannot save the answers", "missing");
        assertThat(saved.getParent()).doesNotExist();
    }

    @Test
    void aLanguageTheGuideLacksIsABadCommandLine() {
        Run run = run(List.of(), "assess", "--lang", "de");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--lang de", "kk, ru, en");
    }

    @Test
    void anotherGuideIsReadWithGuide() {
        Run run = run(List.of(), "assess", "--guide", dir.resolve("nowhere").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("nowhere").contains("guide.yaml");
    }

    @Test
    void helpOfAssessListsItsOptions() {
        Run run = run(List.of(), "assess", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--guide", "--plain", "--answers", "--save-answers", "Nothing is saved without it");
        assertThat(Optional.of(run("--help").out())).get().asString().contains("assess");
    }
}
