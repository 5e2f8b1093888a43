package kz.citizensec.qorgan.answers;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersFileTest {

    static Guide guide;

    @TempDir
    Path dir;

    /** DESIGN.md's example answers file, with the details DESIGN.md lists as optional. */
    static final String DESIGN_EXAMPLE = """
            lang: ru          # optional
            report_lang: ru   # optional, defaults to lang
            answers:
              in_contact: false
              disclosed: [egov_code, eds]
              impersonated: bank
              channel: messenger_call
              incident_date: 2026-11-20
              money_lost: true
              transactions:
                - {date: 2026-11-20, amount: 150000, bank: Kaspi, recipient: "4400 43** **** 1234"}
              loans: unknown
              want_report: true
              applicant_name: Айгерим Садыкова
              applicant_iin: 061211600012
              applicant_phone: 8 (701) 234-56-78
            """;

    @BeforeAll
    static void loadGuide() {
        guide = new GuideLoader(Lang.EN).load(GuideSource.bundled());
    }

    private AnswersFile file(String lang) {
        return new AnswersFile(guide, Lang.of(lang), TODAY);
    }

    @Test
    void readsDesignsExampleIntoCheckedAnswers() {
        AnswersDocument document = file("en").parse(DESIGN_EXAMPLE, "answers.yaml");

        assertThat(document.lang()).contains(Lang.RU);
        assertThat(document.reportLang()).contains(Lang.RU);
        var answers = document.answers();
        assertThat(answers.get("in_contact")).contains(new Answer.YesNo(false));
        assertThat(answers.get("disclosed")).contains(new Answer.Choices(Set.of("egov_code", "eds")));
        assertThat(answers.get("incident_date")).contains(new Answer.Date(LocalDate.of(2026, 11, 20)));
        assertThat(answers.get("transactions"))
                .contains(new Answer.Group(List.of(Map.of(
                        "date", new Answer.Date(LocalDate.of(2026, 11, 20)),
                        "amount", new Answer.Money(new BigDecimal("150000")),
                        "bank", new Answer.Text("Kaspi"),
                        "recipient", new Answer.Text("4400 43** **** 1234")))));
        assertThat(answers.get("applicant_iin")).contains(new Answer.Text("061211600012"));
        assertThat(answers.get("applicant_phone")).contains(new Answer.Text("+7 701 234 56 78"));
        file("en").requireComplete(document, "answers.yaml");
    }

    @Test
    void writesWhatItReadsAndReadsWhatItWrites() {
        AnswersFile answersFile = file("en");
        AnswersDocument document = answersFile.parse(DESIGN_EXAMPLE, "answers.yaml");
        String yaml = answersFile.toYaml(document);

        assertThat(yaml)
                .startsWith("lang: ru\nreport_lang: ru\nanswers:\n  in_contact: false\n")
                .contains("applicant_iin: \"061211600012\"", "applicant_name: Айгерим Садыкова");
        assertThat(answersFile.parse(yaml, "saved.yaml")).isEqualTo(document);
    }

    @Test
    void takesYamlsYesAsTheOptionIdYes() {
        String yaml = "answers:\n  loans: yes\n";
        AnswersDocument document = file("en").parse(yaml, "a.yaml");
        assertThat(document.answers().get("loans")).contains(new Answer.Choice("yes"));
        assertThat(file("en").toYaml(document)).contains("loans: \"yes\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // yaml | lang | line | column | field | message
                "answers:\\n  discloesd: [eds]|en|2|3|discloesd|Did you mean 'disclosed'?",
                "answers:\\n  disclosed: [egov_cod]|en|2|15|disclosed|Did you mean 'egov_code'?",
                "answers:\\n  disclosed: [eds, nothing]|en|2|3|disclosed|cannot be chosen together",
                "answers:\\n  incident_date: 2026-12-01|ru|2|3|incident_date|ещё не наступила",
                "answers:\\n  want_report: yes\\n  applicant_iin: 900101300008|kk|3|3|applicant_iin|ЖСН",
                "answers:\\n  money_lost: yes\\n  transactions:\\n    - {date: 2026-11-20, amount: -5}|en|4|26|transactions[0].amount|greater than 0",
                "answers:\\n  money_lost: yes\\n  transactions:\\n    - {date: 2026-11-20}|en|4|7|transactions[0].amount|missing answer",
                "answers:\\n  money_lost: yes\\n  transactions:\\n    - {date: 2026-11-20, amont: 5}|en|4|26|transactions[0].amont|Did you mean 'amount'?",
                "lnag: ru\\nanswers: {}|en|1|1|lnag|Did you mean 'lang'?",
                "lang: de\\nanswers: {}|en|1|1|lang|kk, ru, en",
                "answers:\\n  in_contact: [yes|en|2|15||not valid YAML: a list in [ ]",
                "answers:\\n  in_contact: no\\n  in_contact: yes|en|3|13||Duplicate",
                "answers:\\n  impersonated: [bank, police]|en|2|3|impersonated|single value",
                "- just a list|en|1|1||expected a map",
            })
    void refusesABadAnswerNamingItsPlace(String yaml, String lang, int line, int column, String field, String message) {
        assertThatThrownBy(() -> file(lang).parse(yaml.replace("\\n", "\n"), "a.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo("a.yaml");
                    assertThat(problem.line()).as("line").isEqualTo(line);
                    assertThat(problem.column()).as("column").isEqualTo(column);
                    assertThat(problem.field()).isEqualTo(field == null ? "" : field);
                    assertThat(problem.message()).contains(message).doesNotContain("\n");
                    assertThat(e.getMessage()).startsWith("a.yaml:" + line + ":" + column + ": ");
                });
    }

    @Test
    void refusesNestingDeeperThanAnAnswersFileNeeds() {
        String deep = "[".repeat(30) + "x" + "]".repeat(30);
        assertThatThrownBy(() -> file("ru").parse("answers:\n  applicant_name: " + deep + "\n", "a.yaml"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("a.yaml:2:25: здесь списки и словари вложены глубже 8 уровней; "
                                        + "файлу ответов достаточно четырёх."));
    }

    @Test
    void listsEveryMissingRequiredAnswerAndOnlyThose() {
        AnswersFile answersFile = file("ru");
        AnswersDocument document = answersFile.parse("answers:\n  in_contact: no\n  money_lost: yes\n", "a.yaml");
        assertThatThrownBy(() -> answersFile.requireComplete(document, "a.yaml"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field)
                                .containsExactly("disclosed", "loans", "impersonated", "channel", "want_report"));
    }

    @Test
    void dropsAnAnswerToAQuestionTheOtherAnswersDoNotAsk() {
        AnswersDocument document = file("en")
                .parse("answers:\n  money_lost: no\n  transactions:\n    - {date: 2026-11-20, amount: 5}\n", "a.yaml");
        assertThat(document.answers().get("money_lost")).isPresent();
        assertThat(document.answers().get("transactions")).isEmpty();
    }

    @Test
    void refusesMissingAndNonUtf8Files() throws Exception {
        Path missing = dir.resolve("none.yaml");
        assertThatThrownBy(() -> file("en").read(missing))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo(missing + ": cannot read the answers file: it does not exist."));
        Path latin1 = Files.write(
                dir.resolve("latin1.yaml"),
                "answers:\n  applicant_name: Ш\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> file("en").read(latin1)).hasMessageContaining("not UTF-8");
    }

    @Test
    void readsOnlyTheLanguagesOfAFileWhenAsked() throws Exception {
        Path path =
                Files.writeString(dir.resolve("a.yaml"), DESIGN_EXAMPLE.replace("report_lang: ru", "report_lang: kk"));
        AnswersDocument languages = file("en").readLanguages(path);
        assertThat(languages.lang()).contains(Lang.RU);
        assertThat(languages.reportLang()).contains(Lang.KK);
        assertThat(languages.answers().get("in_contact")).isEmpty();

        Path badAnswers = Files.writeString(dir.resolve("b.yaml"), "lang: kk\nanswers:\n  in_contact: perhaps\n");
        assertThat(file("en").readLanguages(badAnswers).lang())
                .as("answers are not checked")
                .contains(Lang.KK);
        for (String text : List.of("lang: de\nanswers: {}\n", "- a list\n", "lang: [kk\n")) {
            Path unusable = Files.writeString(dir.resolve("c.yaml"), text);
            assertThat(file("en").readLanguages(unusable).lang()).as(text).isEmpty();
        }
        assertThat(file("en").readLanguages(dir.resolve("missing.yaml")).lang()).isEmpty();
    }

    @Test
    void readsAFileFromDisk() throws Exception {
        Path path = Files.writeString(dir.resolve("a.yaml"), DESIGN_EXAMPLE);
        assertThat(file("kk").read(path).lang()).isEqualTo(Optional.of(Lang.RU));
    }
}
