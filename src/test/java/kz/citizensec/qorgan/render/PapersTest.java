package kz.citizensec.qorgan.render;

import static kz.citizensec.qorgan.testing.TestAnswers.minimal;
import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The papers beside the plan: one letter to each lender the person listed, the report's and the
 * letters' new details where given and blanks where not, and the plan's steps pointing to the
 * paper that serves them only when it is made.
 */
class PapersTest {

    private final Documents documents = Documents.of(TestAnswers.guide());

    private static Answers loanTaken() {
        return minimal().with("loans", new Answer.Choice("yes")).with("want_report", new Answer.YesNo(true));
    }

    private static Map<String, Answer> lender(String name, String contract) {
        Map<String, Answer> item = new LinkedHashMap<>();
        item.put("lender", new Answer.Text(name));
        if (!contract.isEmpty()) {
            item.put("contract", new Answer.Text(contract));
            item.put("date", new Answer.Date(LocalDate.of(2026, 11, 20)));
            item.put("amount", new Answer.Money(new BigDecimal("300000")));
        }
        return item;
    }

    private static String date(String lang) {
        return lang.equals("en") ? "20 November 2026" : "20.11.2026";
    }

    private static String amount(String lang) {
        return lang.equals("en") ? "300,000" : "300 000";
    }

    private Rendered render(Answers answers, String lang) {
        return documents.render(answers, Lang.of(lang), Lang.of(lang), TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void eachLenderGetsItsOwnLetterSeparatedForPrinting(String lang) {
        Answers answers = loanTaken()
                .with("lenders", new Answer.Group(List.of(lender("MFO Alpha", "MK-1"), lender("Bank Beta", ""))));
        String letters = render(answers, lang)
                .paper(new DocumentId("letter-lender"))
                .orElseThrow()
                .markdown();

        List<String> parts = List.of(letters.split("\n---\n", -1));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0))
                .contains("MFO Alpha", "MK-1", date(lang), amount(lang))
                .doesNotContain("Bank Beta");
        assertThat(parts.get(1)).contains("Bank Beta").doesNotContain("MFO Alpha", "MK-1");
        assertThat(parts).allSatisfy(part -> assertThat(part).contains("# "));
        assertThat(letters.strip()).doesNotEndWith("---");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void withNoLenderListedOneLetterIsWrittenWithBlanks(String lang) {
        String letters = render(loanTaken(), lang)
                .paper(new DocumentId("letter-lender"))
                .orElseThrow()
                .markdown();
        assertThat(letters).doesNotContain("\n---\n").contains("______________________________ (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void theDisputesListTheLoansGivenAndLeaveARowToFill(String lang) {
        Answers answers = loanTaken().with("lenders", new Answer.Group(List.of(lender("MFO Alpha", "MK-1"))));
        String dispute = render(answers, lang)
                .paper(new DocumentId("dispute-pkb"))
                .orElseThrow()
                .markdown();
        assertThat(dispute)
                .contains(
                        "| MFO Alpha | MK-1 | " + date(lang) + " | " + amount(lang) + " |",
                        "| ______ | ______ | ______ | ______ |");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void theReportHoldsTheTimePlaceAndCardGivenAndBlanksOtherwise(String lang) {
        Answers lost = minimal().with("money_lost", new Answer.YesNo(true)).with("want_report", new Answer.YesNo(true));
        Answers given = lost.with("incident_time", new Answer.Text("14:30"))
                .with("incident_place", new Answer.Text("Almaty, at home"))
                .with("card_bank", new Answer.Text("Kaspi Bank"))
                .with("card_last4", new Answer.Text("5521"));
        String report = render(given, lang).report().orElseThrow();
        assertThat(report).contains("14:30", "Almaty, at home", "Kaspi Bank", "5521");
        String letter = render(given, lang)
                .paper(new DocumentId("letter-bank"))
                .orElseThrow()
                .markdown();
        assertThat(letter).startsWith("**").contains("Kaspi Bank", "5521");

        String blank = render(lost, lang).report().orElseThrow();
        assertThat(blank)
                .doesNotContain("14:30", "Almaty, at home", "Kaspi Bank", "5521")
                .containsPattern("(digits|цифры|таңбасы –) _{8}\\.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void aStepPointsToItsPaperOnlyWhenThePaperIsMade(String lang) {
        Answers lost = minimal().with("money_lost", new Answer.YesNo(true));
        String withPapers =
                render(lost.with("want_report", new Answer.YesNo(true)), lang).actionPlan();
        assertThat(withPapers).contains("`letter-bank`", "`report`");
        String without =
                render(lost.with("want_report", new Answer.YesNo(false)), lang).actionPlan();
        assertThat(without).doesNotContain("`letter-bank`", "`report`");
    }
}
