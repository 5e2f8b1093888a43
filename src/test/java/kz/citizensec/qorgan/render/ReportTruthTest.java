package kz.citizensec.qorgan.render;

import static java.util.stream.Collectors.joining;
import static kz.citizensec.qorgan.testing.TestAnswers.minimal;
import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The police report says only what is true for the answers given: it is signed, and it ends with
 * the art. 419 warning. The wording follows how the money left, a completed fraud or an attempt,
 * and the applicant's sex where Russian grammar needs it.
 */
class ReportTruthTest {

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final Documents documents = Documents.of(TestAnswers.guide());

    private String report(Answers answers, String lang) {
        return documents
                .render(answers.with("want_report", new Answer.YesNo(true)), Lang.of(lang), Lang.of(lang), TODAY)
                .report()
                .orElseThrow();
    }

    private static Answers moneyLost(String transferBy) {
        Answers lost = minimal().with("money_lost", new Answer.YesNo(true));
        return transferBy.isEmpty() ? lost : lost.with("transfer_by", new Answer.Choice(transferBy));
    }

    /** Words that claim the money left with no act of the person: false for most victims. */
    private static final List<String> WITHOUT_ME = List.of(
            "without my consent",
            "without my knowledge",
            "без моего согласия",
            "без моего ведома",
            "келісімімсіз",
            "білуімсіз");

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void aTransferThePersonMadeDeceivedIsNeverCalledOneWithoutTheirConsent(String lang) {
        String report = report(moneyLost("i_sent"), lang);
        assertThat(report.toLowerCase(Locale.ROOT)).doesNotContain(WITHOUT_ME);
        assertThat(report).containsAnyOf("Алданып", "Под влиянием обмана", "Deceived by them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void notSureAndNoAnswerGiveTheNeutralWording(String lang) {
        for (String transferBy : List.of("not_sure", "")) {
            String report = report(moneyLost(transferBy), lang);
            // Either way of saying it stands only as a box the signer may tick, never as a claim.
            String claims =
                    report.lines().filter(line -> !line.startsWith("- [ ] ")).collect(joining("\n"));
            assertThat(claims.toLowerCase(Locale.ROOT)).doesNotContain(WITHOUT_ME);
            assertThat(claims)
                    .doesNotContainIgnoringCase("Алданып")
                    .doesNotContain("Под влиянием обмана", "Deceived by them");
            assertThat(report)
                    .containsAnyOf(
                            "Шотымнан мына сомалар аударылды",
                            "С моего счёта были переведены",
                            "were transferred from my account");
            assertThat(report.lines().filter(line -> line.startsWith("- [ ] "))).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void moneyThatLeftWithoutAnyActOfThePersonIsSaidToHaveDoneSo(String lang) {
        assertThat(report(moneyLost("without_me"), lang))
                .containsAnyOf(
                        "білуімсіз және ешқандай әрекетімсіз",
                        "без моего ведома и без каких-либо моих действий",
                        "without my knowledge and without any action of mine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void withNoMoneyLostAndNoLoanTheReportDescribesAnAttempt(String lang) {
        String attempt = report(minimal().with("loans", new Answer.Choice("unknown")), lang);
        assertThat(attempt)
                .containsAnyOf("алаяқтыққа оқталу", "попытке мошенничества", "attempted fraud")
                .contains(" 24 ")
                .doesNotContain("жәбірленуші деп тану", "потерпевш", "recognise me as a victim");
        String completed = report(minimal().with("loans", new Answer.Choice("yes")), lang);
        assertThat(completed)
                .containsAnyOf("алаяқтық жасалғаны", "о мошенничестве, совершённом", "a fraud committed")
                .containsAnyOf("жәбірленуші деп тану", "потерпевш", "recognise me as a victim");
    }

    @Test
    void aWomansIinGivesTheFeminineRussianFormsAndAMansTheMasculine() {
        Answers harm = moneyLost("i_sent");
        String woman = report(harm.with("applicant_iin", new Answer.Text("900101400013")), "ru");
        assertThat(woman)
                .contains("признать меня потерпевшей", "предупреждена.")
                .doesNotContain("потерпевшим", "предупреждён");
        String man = report(harm.with("applicant_iin", new Answer.Text("950515300017")), "ru");
        assertThat(man)
                .contains("признать меня потерпевшим (", "предупреждён.")
                .doesNotContain("потерпевшей", "предупреждена");
        String unknown = report(harm, "ru");
        assertThat(unknown).contains("потерпевшим (потерпевшей)", "предупреждён (предупреждена)");
    }

    @Test
    void aLabelIsNeverPastedIntoASentenceWhereItReadsWrongly() {
        Answers bank = minimal().with("impersonated", new Answer.Choice("bank"));
        assertThat(report(bank, "ru"))
                .contains("**Кем представились:** сотрудником банка")
                .doesNotContain("представились:** Банк");
        assertThat(report(bank, "kk")).contains("**Өздерін кім деп таныстырды:** банк қызметкері");
        assertThat(report(bank, "en")).contains("**Who they claimed to be:** a bank employee");
        assertThat(report(minimal().with("impersonated", new Answer.Choice("other")), "ru"))
                .contains("**Кем представились:** ______________");
    }

    @Test
    void everyReportEndsWithTheArticle419WarningBeforeDateAndSignature() {
        for (String lang : LANGUAGES) {
            String report = report(moneyLost("i_sent"), lang);
            assertThat(report.indexOf("419"))
                    .isGreaterThan(report.lastIndexOf("190"))
                    .isLessThan(report.lastIndexOf("______________"));
        }
    }

    /**
     * FACTS.md: no unconfirmed address, no contested commercial channel, no date from the incident.
     * A case file's dates come from the events it records (events.yaml, each rule with its source),
     * so one of them may have passed.
     */
    @Test
    void noGoldenDocumentPrintsQatqorOrKaspiOrADateFromTheIncident() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertThat(text).as(file.toString()).doesNotContain("qatqor", "kaspi.kz");
                if (!isCaseFile(file)) {
                    assertThat(text)
                            .as(file.toString())
                            .doesNotContain("has passed", "прошёл", "өтіп кетті", "мерзімі өтті");
                }
            }
        }
    }

    /** Whether a golden document was made from an answers file with a progress section. */
    private static boolean isCaseFile(Path document) throws IOException {
        String name = document.getFileName().toString();
        Path answers = document.resolveSibling(name.substring(0, name.indexOf('.')) + ".yaml");
        return Files.readString(answers).contains("\nprogress:");
    }
}
