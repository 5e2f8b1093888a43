package kz.citizensec.qorgan.interview;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.answers.AnswerParser;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Alert;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Condition;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine on the default guide, with the real parser: every type, command and path. */
class InterviewTest {

    static Guide guide;

    @BeforeAll
    static void loadGuide() {
        guide = new GuideLoader(Lang.EN).load(GuideSource.bundled());
    }

    static Interview start() {
        return start(Answers.NONE);
    }

    static Interview start(Answers given) {
        return Interview.start(guide, new AnswerParser(Lang.EN, TODAY)::parse, given);
    }

    /** Feeds lines as a person types them: {@code <} back, {@code ?} help, {@code -} skip. */
    static Interview type(Interview interview, String... lines) {
        Interview now = interview;
        for (String line : lines) {
            now = now.on(
                    switch (line) {
                        case "<" -> Event.back();
                        case "?" -> Event.help();
                        case "-" -> Event.skip();
                        default -> Event.typed(line);
                    });
        }
        return now;
    }

    /** The screen's one note, which is of this kind (else the test fails). */
    static <N extends Note> N onlyNote(Interview interview, Class<N> kind) {
        assertThat(interview.screen().notes()).singleElement().isInstanceOf(kind);
        return kind.cast(interview.screen().notes().get(0));
    }

    static String asking(Interview interview) {
        Screen screen = interview.screen();
        if (screen instanceof Screen.Ask ask) {
            return ask.question().id();
        }
        if (screen instanceof Screen.AskField field) {
            return field.group().id() + "." + field.field().id() + "#" + field.item();
        }
        if (screen instanceof Screen.AskAnother another) {
            return another.group().id() + ".another";
        }
        if (screen instanceof Screen.AskListItem list) {
            return list.question().id() + "[" + list.items().size() + "]";
        }
        if (screen instanceof Screen.ShowAlert alert) {
            return "alert:" + alert.question().id();
        }
        return screen instanceof Screen.Review ? "review" : "done";
    }

    /**
     * The questions the plan needs: not in contact, an eGov code, no money lost, loans not known,
     * a bank, a messenger call; at the plan, which comes before the report's questions.
     */
    static Interview toPlan() {
        return type(start(), "2", "1", "2", "3", "1", "2");
    }

    /** Past the plan, no report wanted: at the review. */
    static Interview toReview() {
        return type(toPlan(), "", "2");
    }

    /** From the review, want_report changed to yes and the date given, no time, no place: at applicant_name. */
    static Interview toReport() {
        Interview review = toReview();
        return type(review, String.valueOf(number(review, "want_report")), "1", "2026-11-20", "", "");
    }

    /**
     * A bank code and a remote-access app, money lost, loans, a bank, a call; a report wanted, its
     * date, no time, place or card: at transfer_by.
     */
    static Interview toTransferBy() {
        return type(start(), "2", "3 6", "1", "1", "1", "1", "", "1", "2026-11-20", "", "", "", "");
    }

    static List<String> announced(Interview interview) {
        return interview.screen().notes().stream()
                .filter(Note.DoNow.class::isInstance)
                .flatMap(note -> ((Note.DoNow) note).steps().stream())
                .map(step -> step.id())
                .toList();
    }

    @Test
    void startsAtTheFirstQuestionCountingOnlyQuestionsAskedNow() {
        Interview interview = start();
        assertThat(interview.screen()).isInstanceOfSatisfying(Screen.Ask.class, ask -> {
            assertThat(ask.question().id()).isEqualTo("in_contact");
            assertThat(ask.progress()).isEqualTo(new Progress(1, 6));
            assertThat(ask.current()).isEmpty();
            assertThat(ask.notes()).isEmpty();
        });
    }

    @Test
    void theQuestionsThatDecideTheUrgentStepsComeFirst() {
        List<String> asked = new java.util.ArrayList<>();
        Interview interview = start();
        for (String typed : List.of("2", "1", "2", "3", "1", "2")) {
            asked.add(asking(interview));
            interview = type(interview, typed);
        }
        assertThat(asked).containsExactly("in_contact", "disclosed", "money_lost", "loans", "impersonated", "channel");
        assertThat(interview.screen()).isInstanceOf(Screen.ShowPlan.class);
    }

    @Test
    void eachNowStepIsAnnouncedTheMomentTheAnswersDecideIt() {
        assertThat(announced(type(start(), "yes"))).containsExactly("hang_up");
        Interview hungUp = type(start(), "no");
        assertThat(announced(hungUp)).containsExactly("block_them");
        Interview remote = type(hungUp, "3 6");
        assertThat(asking(remote)).isEqualTo("money_lost");
        assertThat(announced(remote))
                .as("the app's internet is cut before the bank is called")
                .containsExactly("remote_app", "call_bank");
        assertThat(announced(type(remote, "1", "1", "1")))
                .as("channel not answered yet")
                .isEmpty();
        assertThat(announced(type(remote, "1", "1", "1", "2"))).containsExactly("messenger_warning");
    }

    @Test
    void aStepAnnouncedIsNotAnnouncedAgainOnTheWayBackAndForth() {
        Interview hungUp = type(start(), "no");
        assertThat(announced(type(hungUp, "<", ""))).isEmpty();
        assertThat(announced(type(hungUp, "<", "yes"))).containsExactly("hang_up");
    }

    @Test
    void prefilledAnswersAnnounceTheirStepsOnTheFirstScreen() {
        Interview interview = start(Answers.NONE
                .with("in_contact", new Answer.YesNo(true))
                .with("disclosed", new Answer.Choices(Set.of("bank_code"))));
        assertThat(asking(interview)).isEqualTo("money_lost");
        assertThat(announced(interview)).containsExactly("hang_up", "call_bank");
    }

    @Test
    void thePlanComesBeforeTheReportsQuestionsAndBackGoesToTheLastQuestionBeforeIt() {
        Interview plan = toPlan();
        assertThat(plan.screen())
                .isInstanceOfSatisfying(
                        Screen.ShowPlan.class,
                        show -> assertThat(show.answers()).isEqualTo(plan.answers()));
        assertThat(asking(type(plan, "<"))).isEqualTo("channel");
        Interview report = type(plan, "");
        assertThat(report.screen()).isInstanceOfSatisfying(Screen.Ask.class, ask -> {
            assertThat(ask.question().id()).isEqualTo("want_report");
            assertThat(ask.progress())
                    .as("counted afresh: the report's questions can all still be asked")
                    .isEqualTo(new Progress(1, 12));
        });
        assertThat(asking(type(report, "<")))
                .as("the plan, once read, is not in the way back")
                .isEqualTo("channel");
    }

    @Test
    void noReportMeansNoReportQuestions() {
        Interview review = toReview();
        assertThat(review.screen())
                .isInstanceOfSatisfying(
                        Screen.Review.class,
                        r -> assertThat(r.items())
                                .extracting(item -> item.question().id())
                                .containsExactly(
                                        "in_contact",
                                        "disclosed",
                                        "money_lost",
                                        "loans",
                                        "impersonated",
                                        "channel",
                                        "want_report"));
    }

    @Test
    void aReportAddsOnlyTheReportsOwnQuestionsAllAfterThePlan() {
        Answers bankCodeScam = Answers.NONE
                .with("in_contact", new Answer.YesNo(false))
                .with("disclosed", new Answer.Choices(Set.of("bank_code")))
                .with("money_lost", new Answer.YesNo(true))
                .with("loans", new Answer.Choice("yes"))
                .with("impersonated", new Answer.Choice("bank"))
                .with("channel", new Answer.Choice("phone_call"));
        List<String> without = asked(bankCodeScam.with("want_report", new Answer.YesNo(false)));
        List<String> with = asked(bankCodeScam.with("want_report", new Answer.YesNo(true)));
        assertThat(without).hasSizeLessThanOrEqualTo(10);
        List<String> extra = with.stream().filter(id -> !without.contains(id)).toList();
        assertThat(extra)
                .containsExactly(
                        "incident_date",
                        "incident_time",
                        "incident_place",
                        "card_bank",
                        "card_last4",
                        "transfer_by",
                        "transactions",
                        "applicant_name",
                        "applicant_iin",
                        "applicant_address",
                        "applicant_phone",
                        "police_unit",
                        "scammer_contacts",
                        "story",
                        "evidence",
                        "lenders",
                        "stop_credit_before");
        assertThat(extra)
                .allSatisfy(id ->
                        assertThat(guide.question(id).orElseThrow().afterPlan()).isTrue());
    }

    private static List<String> asked(Answers answers) {
        return guide.questions().stream()
                .filter(question -> question.isAskedGiven(answers))
                .map(Question::id)
                .toList();
    }

    @Test
    void choicesAreReadByNumberAndExclusiveOptionsAreRefused() {
        Interview interview = type(start(), "2");
        assertThat(type(interview, "1 3").answers().get("disclosed"))
                .contains(new Answer.Choices(Set.of("egov_code", "bank_code")));
        Interview refused = type(interview, "1 8");
        assertThat(asking(refused)).isEqualTo("disclosed");
        assertThat(onlyNote(refused, Note.Invalid.class).message())
                .contains(guide.question("disclosed")
                        .orElseThrow()
                        .option("nothing")
                        .orElseThrow()
                        .text()
                        .in(Lang.EN));
        assertThat(type(interview, "9").screen().notes()).singleElement().isInstanceOf(Note.Invalid.class);
        assertThat(type(interview, "8").answers().get("disclosed")).contains(new Answer.Choices(Set.of("nothing")));
    }

    @Test
    void singleChoiceAndDateAreStoredAsTheirTypes() {
        Interview interview = type(start(), "2", "1", "2", "3", "2", "3", "", "1", "20.11.2026", "", "");
        assertThat(interview.answers().get("loans")).contains(new Answer.Choice("unknown"));
        assertThat(interview.answers().get("impersonated")).contains(new Answer.Choice("police"));
        assertThat(interview.answers().get("channel")).contains(new Answer.Choice("video_call"));
        assertThat(interview.answers().get("incident_date")).contains(new Answer.Date(LocalDate.of(2026, 11, 20)));
        assertThat(asking(interview)).isEqualTo("applicant_name");
    }

    @ParameterizedTest
    @CsvSource({"2026-12-01, future", "31.02.2026, no such date", "20.13.2026, no such date", "2026/11/20, DD.MM.YYYY"})
    void aBadDateIsRefusedWithTheParsersMessage(String typed, String says) {
        Interview interview = type(toPlan(), "", "1", typed);
        assertThat(asking(interview)).isEqualTo("incident_date");
        assertThat(onlyNote(interview, Note.Invalid.class).message()).contains(says);
    }

    @ParameterizedTest
    @CsvSource({"today, 2026-11-28", "yesterday, 2026-11-27", "Day before yesterday, 2026-11-26"})
    void aRelativeDateIsTheDayItNames(String typed, LocalDate day) {
        assertThat(type(toPlan(), "", "1", typed).answers().get("incident_date"))
                .contains(new Answer.Date(day));
    }

    @Test
    void anEmptyAnswerToARequiredQuestionIsRefusedAndItCannotBeSkipped() {
        Interview empty = type(start(), "  ");
        assertThat(asking(empty)).isEqualTo("in_contact");
        assertThat(empty.screen().notes())
                .containsExactly(
                        new Note.AnswerNeeded(guide.question("in_contact").orElseThrow()));
        Interview skipped = type(start(), "-");
        assertThat(asking(skipped)).isEqualTo("in_contact");
        assertThat(onlyNote(skipped, Note.CannotSkip.class).why())
                .isEqualTo(guide.question("in_contact").orElseThrow().helpText());
    }

    @Test
    void helpGivesTheReasonAndStaysOnTheQuestion() {
        Interview helped = type(start(), "2", "?");
        assertThat(asking(helped)).isEqualTo("disclosed");
        assertThat(helped.screen().notes())
                .containsExactly(
                        new Note.Help(guide.question("disclosed").orElseThrow().helpText()));
        assertThat(guide.question("disclosed").orElseThrow().helpText()).isPresent();
    }

    @Test
    void backGoesToThePreviousQuestionShowingItsAnswerAndEnterKeepsIt() {
        Interview back = type(start(), "2", "1 3", "<");
        assertThat(back.screen()).isInstanceOfSatisfying(Screen.Ask.class, ask -> {
            assertThat(ask.question().id()).isEqualTo("disclosed");
            assertThat(ask.current()).contains(new Answer.Choices(Set.of("egov_code", "bank_code")));
        });
        Interview kept = type(back, "");
        assertThat(asking(kept)).isEqualTo("money_lost");
        assertThat(kept.answers().get("disclosed")).contains(new Answer.Choices(Set.of("egov_code", "bank_code")));
        Interview changed = type(back, "2");
        assertThat(changed.answers().get("disclosed")).contains(new Answer.Choices(Set.of("eds")));
        assertThat(asking(changed)).isEqualTo("money_lost");
    }

    @Test
    void backAtTheFirstQuestionSaysThereIsNothingBefore() {
        Interview interview = type(start(), "<");
        assertThat(asking(interview)).isEqualTo("in_contact");
        assertThat(interview.screen().notes()).containsExactly(new Note.NothingBefore());
    }

    @Test
    void theGroupAsksEachFieldThenWhetherToAddAnother() {
        Interview interview = type(toTransferBy(), "1");
        assertThat(asking(interview)).isEqualTo("transactions.date#1");
        assertThat(((Screen.AskField) interview.screen()).progress()).isEqualTo(new Progress(8, 18));
        interview = type(interview, "2026-11-20", "", "150 000", "Kaspi", "-", "", "");
        assertThat(asking(interview)).isEqualTo("transactions.another");
        interview = type(interview, "1", "2026-11-21", "", "5000", "", "", "", "");
        assertThat(asking(interview)).isEqualTo("transactions.another");
        interview = type(interview, "2");
        assertThat(asking(interview)).isEqualTo("applicant_name");
        assertThat(interview.answers().get("transactions"))
                .contains(new Answer.Group(List.of(
                        Map.of(
                                "date",
                                new Answer.Date(LocalDate.of(2026, 11, 20)),
                                "amount",
                                new Answer.Money(new BigDecimal("150000")),
                                "bank",
                                new Answer.Text("Kaspi")),
                        Map.of(
                                "date",
                                new Answer.Date(LocalDate.of(2026, 11, 21)),
                                "amount",
                                new Answer.Money(new BigDecimal("5000"))))));
    }

    @Test
    void theGroupRefusesABadAmountAndARequiredFieldCannotBeSkipped() {
        Interview interview = type(toTransferBy(), "1", "2026-11-20", "");
        Interview zero = type(interview, "0");
        assertThat(asking(zero)).isEqualTo("transactions.amount#1");
        assertThat(zero.screen().notes()).singleElement().isInstanceOf(Note.Invalid.class);
        Interview skip = type(interview, "-");
        assertThat(asking(skip)).isEqualTo("transactions.amount#1");
        assertThat(skip.screen().notes()).singleElement().isInstanceOf(Note.CannotSkip.class);
        assertThat(type(interview, "").screen().notes()).singleElement().isInstanceOf(Note.AnswerNeeded.class);
    }

    @Test
    void skippingAtTheStartOfAnOptionalGroupSkipsIt() {
        Interview interview = type(toTransferBy(), "1", "-");
        assertThat(asking(interview)).isEqualTo("applicant_name");
        assertThat(interview.answers().has("transactions")).isFalse();
        Interview reviewed = type(interview, "-", "-", "-", "-", "-", "", "-", "-", "-", "-");
        assertThat(reviewed.screen())
                .isInstanceOfSatisfying(
                        Screen.Review.class,
                        review -> assertThat(review.items())
                                .filteredOn(i -> i.question().id().equals("transactions"))
                                .singleElement()
                                .satisfies(i -> assertThat(i.answer()).isEmpty()));
    }

    @Test
    void skippingTheStartOfAFurtherItemEndsTheGroupWithTheItemsGiven() {
        Interview interview = type(toTransferBy(), "1", "2026-11-20", "", "100", "", "", "", "", "yes", "-");
        assertThat(asking(interview)).isEqualTo("applicant_name");
        assertThat(interview.answers().get("transactions"))
                .get()
                .isInstanceOfSatisfying(
                        Answer.Group.class, g -> assertThat(g.items()).hasSize(1));
    }

    @Test
    void backWalksThroughTheGroupsPrompts() {
        Interview interview = type(toTransferBy(), "1", "2026-11-20", "", "100");
        assertThat(asking(type(interview, "<"))).isEqualTo("transactions.amount#1");
        assertThat(((Screen.AskField) type(interview, "<").screen()).current())
                .contains(new Answer.Money(new BigDecimal("100")));
        Interview another = type(interview, "", "", "", "");
        assertThat(asking(type(another, "<"))).isEqualTo("transactions.note#1");
        assertThat(asking(type(another, "1", "<"))).isEqualTo("transactions.another");
        assertThat(asking(type(toTransferBy(), "1", "<"))).isEqualTo("transfer_by");
        assertThat(asking(type(another, ""))).as("Enter means no more").isEqualTo("applicant_name");
        assertThat(asking(type(another, "-"))).isEqualTo("applicant_name");
        assertThat(type(another, "maybe").screen().notes()).singleElement().isInstanceOf(Note.Invalid.class);
        Interview afterGroup = type(another, "2");
        assertThat(asking(type(afterGroup, "<"))).isEqualTo("transactions.another");
    }

    @Test
    void changingAnAnswerDropsTheAnswersItNoLongerAsksFor() {
        Interview withMoney = type(
                toTransferBy(),
                "1",
                "2026-11-20",
                "",
                "100",
                "",
                "",
                "",
                "",
                "2",
                "-",
                "-",
                "-",
                "-",
                "-",
                "",
                "-",
                "-",
                "-",
                "-");
        assertThat(withMoney.screen()).isInstanceOf(Screen.Review.class);
        assertThat(withMoney.answers().has("transactions")).isTrue();
        int moneyLost = number(withMoney, "money_lost");
        Interview changed = type(withMoney, String.valueOf(moneyLost), "no");
        assertThat(changed.answers().has("transactions")).isFalse();
        assertThat(changed.screen()).isInstanceOf(Screen.Review.class);
        assertThat(onlyNote(changed, Note.Dropped.class).questions())
                .extracting(Question::id)
                .containsExactly("transfer_by", "transactions");
    }

    @Test
    void aChangeFromTheReviewAsksWhatItNowRequiresThenReturnsToTheReview() {
        Interview review = toReview();
        assertThat(review.screen()).isInstanceOf(Screen.Review.class);
        Interview changed = type(review, String.valueOf(number(review, "disclosed")), "2 7");
        assertThat(changed.screen()).isInstanceOf(Screen.Review.class);
        assertThat(changed.answers().get("disclosed")).contains(new Answer.Choices(Set.of("eds", "documents")));
        Interview asked = type(review, String.valueOf(number(review, "want_report")), "yes");
        assertThat(asking(asked)).isEqualTo("incident_date");
        Interview report = type(
                asked,
                "20.11.2026",
                "",
                "",
                "Айгерім Сәрсенқызы",
                "900101300007",
                "-",
                "8 701 234 56 78",
                "",
                "@fake_bank",
                "",
                "They called at night.",
                "-");
        assertThat(report.screen()).isInstanceOf(Screen.Review.class);
        assertThat(report.answers().get("applicant_name")).contains(new Answer.Text("Айгерім Сәрсенқызы"));
        assertThat(report.answers().get("applicant_iin")).contains(new Answer.Text("900101300007"));
        assertThat(report.answers().get("applicant_phone")).contains(new Answer.Text("+7 701 234 56 78"));
        assertThat(report.answers().get("scammer_contacts")).contains(new Answer.TextList(List.of("@fake_bank")));
        assertThat(report.answers().has("applicant_address")).isFalse();
        assertThat(type(report, "").screen())
                .isInstanceOfSatisfying(
                        Screen.Done.class, done -> assertThat(done.answers()).isEqualTo(report.answers()));
    }

    @Test
    void theReviewTakesOnlyAnItemNumberOrEnter() {
        Interview review = toReview();
        for (String typed : List.of("0", "99", "abc", "-", "?")) {
            Interview after = type(review, typed);
            assertThat(after.screen()).isInstanceOf(Screen.Review.class);
            assertThat(after.screen().notes()).containsExactly(new Note.NotAnItem(7));
        }
        assertThat(asking(type(review, "<"))).isEqualTo("want_report");
    }

    @Test
    void theIinAndThePhoneAreCheckedAndNormalised() {
        Interview atIin = type(toReport(), "Name");
        assertThat(asking(atIin)).isEqualTo("applicant_iin");
        assertThat(onlyNote(type(atIin, "900101300008"), Note.Invalid.class).message())
                .contains("check digit");
        assertThat(type(atIin, "12345").screen().notes()).singleElement().isInstanceOf(Note.Invalid.class);
        Interview atPhone = type(atIin, "061211600012", "");
        assertThat(asking(atPhone)).isEqualTo("applicant_phone");
        assertThat(type(atPhone, "12").screen().notes()).singleElement().isInstanceOf(Note.Invalid.class);
        assertThat(type(atPhone, "+7 (701) 234-56-78").answers().get("applicant_phone"))
                .contains(new Answer.Text("+7 701 234 56 78"));
    }

    @Test
    void aTextListTakesOneItemPerLineBackRemovesTheLastAndAnEmptyLineEndsIt() {
        Interview list = type(toReport(), "-", "-", "-", "-", "-");
        assertThat(asking(list)).isEqualTo("scammer_contacts[0]");
        list = type(list, "+7 700 000 00 01", "wa.me/77000000002", "https://fake.example");
        assertThat(asking(list)).isEqualTo("scammer_contacts[3]");
        list = type(list, "<");
        assertThat(asking(list)).isEqualTo("scammer_contacts[2]");
        Interview done = type(list, "");
        assertThat(done.answers().get("scammer_contacts"))
                .contains(new Answer.TextList(List.of("+7 700 000 00 01", "wa.me/77000000002")));
        assertThat(asking(done)).isEqualTo("story");
        assertThat(asking(type(done, "<"))).isEqualTo("scammer_contacts[2]");
        assertThat(asking(type(list, "<", "<", "<"))).isEqualTo("police_unit");
    }

    @Test
    void aCardNumberTypedInFreeTextIsMaskedAndThePersonIsTold() {
        Interview atStory = type(toReport(), "-", "-", "-", "-", "-", "");
        assertThat(asking(atStory)).isEqualTo("story");
        Interview told = type(atStory, "I gave them 4111 1111 1111 1111 and they took it");
        assertThat(told.answers().get("story"))
                .get()
                .asString()
                .doesNotContain("4111 1111 1111 1111")
                .contains("**** 1111");
        assertThat(onlyNote(told, Note.Changed.class).message()).contains("masked");
        Interview inList = type(atStory, "<", "card 4111111111111111");
        assertThat(inList.screen().notes()).singleElement().isInstanceOf(Note.Changed.class);
    }

    @Test
    void anEmptyOptionalAnswerIsASkip() {
        Interview interview = type(toReport(), "");
        assertThat(asking(interview)).isEqualTo("applicant_iin");
        assertThat(interview.answers().has("applicant_name")).isFalse();
    }

    @Test
    void prefilledAnswersAreNotAskedAgain() {
        Answers given = Answers.NONE
                .with("in_contact", new Answer.YesNo(false))
                .with("disclosed", new Answer.Choices(Set.of("card")))
                .with("impersonated", new Answer.Choice("bank"))
                .with("money_lost", new Answer.YesNo(false));
        Interview interview = start(given);
        assertThat(asking(interview)).isEqualTo("loans");
        assertThat(asking(type(interview, "2"))).isEqualTo("channel");
        assertThat(asking(start(toReview().answers()))).isEqualTo("review");
    }

    @Test
    void eventsAfterTheEndChangeNothing() {
        Interview done = type(toReview(), "");
        assertThat(done.isDone()).isTrue();
        assertThat(type(done, "<", "1", "").screen()).isEqualTo(done.screen());
    }

    // --- a required list and a required group, which the default guide does not have ---

    static final Question NAMES = new Question(
            "names", QuestionType.TEXT_LIST, text("Names"), null, null, false, null, List.of(), List.of(), null, false);
    static final Question ITEMS = new Question(
            "items",
            QuestionType.GROUP,
            text("Items"),
            text("We need them."),
            null,
            false,
            null,
            List.of(),
            List.of(new Question(
                    "what",
                    QuestionType.TEXT,
                    text("What"),
                    null,
                    null,
                    false,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    false)),
            null,
            false);

    static LocalizedText text(String en) {
        return LocalizedText.of(Lang.EN, en);
    }

    static Interview small() {
        Guide small = new Guide(
                "small",
                "1",
                text("Small"),
                List.of("en"),
                List.of(),
                List.of(NAMES, ITEMS),
                List.of(),
                List.of(),
                guide.templates(),
                null,
                null,
                null);
        return Interview.start(small, new AnswerParser(Lang.EN, TODAY)::parse, Answers.NONE);
    }

    static final Question CALLING = new Question(
            "calling",
            QuestionType.YES_NO,
            text("Still on the phone?"),
            null,
            null,
            false,
            null,
            List.of(),
            List.of(),
            new Alert(
                    new Condition.Test("calling", Condition.Operator.IS, List.of("yes")),
                    text("Hang up"),
                    text("Now.")),
            false);

    static Interview withAlert(Answers given) {
        Guide alerting = new Guide(
                "alerting",
                "1",
                text("Alerting"),
                List.of("en"),
                List.of(),
                List.of(CALLING, NAMES),
                List.of(),
                List.of(),
                guide.templates(),
                null,
                null,
                null);
        return Interview.start(alerting, new AnswerParser(Lang.EN, TODAY)::parse, given);
    }

    @Test
    void anAlertIsShownAtOnceAfterItsAnswerAndBeforeAnythingWhenPrefilled() {
        Interview alerted = type(withAlert(Answers.NONE), "yes");
        assertThat(alerted.screen())
                .isInstanceOfSatisfying(
                        Screen.ShowAlert.class,
                        alert -> assertThat(alert.alert())
                                .isEqualTo(CALLING.alertWhen().orElseThrow()));
        assertThat(asking(type(alerted, ""))).isEqualTo("names[0]");
        assertThat(asking(type(alerted, "<"))).isEqualTo("calling");
        assertThat(type(alerted, "?").screen().notes()).singleElement().isInstanceOf(Note.Help.class);
        assertThat(asking(type(withAlert(Answers.NONE), "no"))).isEqualTo("names[0]");
        assertThat(asking(withAlert(Answers.NONE.with("calling", new Answer.YesNo(true)))))
                .isEqualTo("alert:calling");
    }

    @Test
    void aRequiredListNeedsAnItemAndCannotBeSkipped() {
        assertThat(type(small(), "").screen().notes()).containsExactly(new Note.AnswerNeeded(NAMES));
        assertThat(type(small(), "-").screen().notes()).containsExactly(new Note.CannotSkip(NAMES, Optional.empty()));
        assertThat(asking(type(small(), "Asel", ""))).isEqualTo("items.what#1");
    }

    @Test
    void aRequiredGroupCannotBeSkippedButEndsAfterAnItem() {
        Interview group = type(small(), "Asel", "");
        assertThat(onlyNote(type(group, "-"), Note.CannotSkip.class).why()).contains(text("We need them."));
        Interview review = type(group, "phone", "");
        assertThat(review.screen()).isInstanceOf(Screen.Review.class);
        assertThat(review.answers().get("items"))
                .contains(new Answer.Group(List.of(Map.of("what", new Answer.Text("phone")))));
        assertThat(asking(type(review, "2"))).isEqualTo("items.another");
    }

    static int number(Interview review, String questionId) {
        List<Screen.Reviewed> items = ((Screen.Review) review.screen()).items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).question().id().equals(questionId)) {
                return i + 1;
            }
        }
        throw new AssertionError(questionId + " is not on the review");
    }
}
