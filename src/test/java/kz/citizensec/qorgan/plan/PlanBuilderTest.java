package kz.citizensec.qorgan.plan;

import static kz.citizensec.qorgan.testing.TestAnswers.choices;
import static kz.citizensec.qorgan.testing.TestAnswers.minimal;
import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Deadline;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plan selection on the default guide, row by row of DESIGN.md's step table. */
class PlanBuilderTest {

    private final PlanBuilder builder = new PlanBuilder(TestAnswers.guide());

    private Plan plan(Answers answers) {
        return builder.build(answers, TODAY);
    }

    private Map<String, Urgency> urgencies(Answers answers) {
        return plan(answers).steps().stream()
                .collect(Collectors.toMap(
                        PlannedStep::id, PlannedStep::urgency, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void nothingDisclosedAfterHangingUpGivesBlockThemAndSharing() {
        Plan plan = plan(minimal());
        assertThat(plan.ids()).containsExactly("block_them", "share_experience");
        assertThat(plan.report()).isFalse();
    }

    @Test
    void hangUpIsForThoseStillInContactAndBlockThemForThoseWhoAreNot() {
        assertThat(plan(minimal().with("in_contact", new Answer.YesNo(true))).ids())
                .containsExactly("hang_up", "share_experience");
        assertThat(plan(minimal().with("in_contact", new Answer.YesNo(false))).ids())
                .containsExactly("block_them", "share_experience");
    }

    /** Each row: the answer that must bring the step in, and the urgency it must get. */
    @ParameterizedTest(name = "{0} appears when {1} = {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "call_bank; disclosed; egov_code; now",
                "call_bank; disclosed; eds; now",
                "call_bank; disclosed; bank_code; now",
                "call_bank; disclosed; card; now",
                "call_bank; disclosed; remote_app; now",
                "call_bank; money_lost; yes; now",
                "call_bank; loans; yes; now",
                "stop_credit; disclosed; egov_code; today",
                "stop_credit; disclosed; eds; today",
                "stop_credit; disclosed; documents; today",
                "stop_credit; loans; yes; today",
                "stop_credit; loans; unknown; today",
                "revoke_eds; disclosed; egov_code; today",
                "revoke_eds; disclosed; eds; today",
                "credit_report; disclosed; egov_code; this_week",
                "credit_report; disclosed; eds; this_week",
                "credit_report; disclosed; documents; this_week",
                "credit_report; loans; unknown; this_week",
                "credit_report; loans; yes; today",
                "police; money_lost; yes; today",
                "police; loans; yes; today",
                "police; want_report; yes; today",
                "dispute_credit; loans; yes; this_week",
                "passwords_2fa; disclosed; password; today",
                "passwords_2fa; disclosed; egov_code; today",
                "passwords_2fa; disclosed; remote_app; today",
                "remote_app; disclosed; remote_app; now",
                "recovery_scam; money_lost; yes; this_week",
                "hang_up; in_contact; yes; now",
            })
    void aStepAppearsForTheAnswerOfItsRowWithItsUrgency(String step, String question, String value, String urgency) {
        Answers answers = minimal().with(question, answer(question, value));
        assertThat(urgencies(minimal())).doesNotContainKey(step);
        assertThat(urgencies(answers)).containsEntry(step, urgencyOf(urgency));
    }

    @ParameterizedTest(name = "messenger_warning: {0} from {1} -> {2}")
    @CsvSource({
        "messenger_call, government, true", "messenger_call, police, true", "messenger_call, bank, true",
        "video_call, government, true", "video_call, police, true", "video_call, bank, true",
        "phone_call, police, false", "sms_or_chat, bank, false", "link_or_site, government, false",
        "messenger_call, delivery, false", "video_call, relative, false", "video_call, other, false",
    })
    void messengerWarningNeedsBothAMessengerAndAnOfficialDisguise(String channel, String impersonated, boolean shown) {
        Answers answers = minimal()
                .with("channel", new Answer.Choice(channel))
                .with("impersonated", new Answer.Choice(impersonated));
        Map<String, Urgency> plan = urgencies(answers);
        if (shown) {
            assertThat(plan).containsEntry("messenger_warning", Urgency.NOW);
        } else {
            assertThat(plan).doesNotContainKey("messenger_warning");
        }
    }

    @Test
    void loansNoOrPasswordAloneBringNoCreditSteps() {
        Answers answers = minimal().with("disclosed", choices("password", "card"));
        assertThat(plan(answers).ids()).doesNotContain("stop_credit", "credit_report", "revoke_eds", "dispute_credit");
    }

    @Test
    void groupsComeNowTodayThisWeekAndKeepTheTableOrderWithin() {
        Answers answers = minimal()
                .with("in_contact", new Answer.YesNo(true))
                .with(
                        "disclosed",
                        choices("egov_code", "eds", "bank_code", "card", "password", "remote_app", "documents"))
                .with("channel", new Answer.Choice("video_call"))
                .with("impersonated", new Answer.Choice("police"))
                .with("money_lost", new Answer.YesNo(true))
                .with("loans", new Answer.Choice("yes"))
                .with("want_report", new Answer.YesNo(true));
        Plan plan = plan(answers);
        assertThat(plan.ids())
                .containsExactly(
                        "hang_up",
                        "remote_app",
                        "call_bank",
                        "messenger_warning",
                        "stop_credit",
                        "revoke_eds",
                        "credit_report",
                        "police",
                        "passwords_2fa",
                        "dispute_credit",
                        "recovery_scam",
                        "share_experience");
        assertThat(plan.in(Urgency.NOW))
                .extracting(PlannedStep::id)
                .containsExactly("hang_up", "remote_app", "call_bank", "messenger_warning");
        assertThat(plan.report()).isTrue();
    }

    @Test
    void creditReportMovesBackToThisWeekWhenLoansAreOnlyUnknown() {
        Plan plan = plan(minimal().with("loans", new Answer.Choice("unknown")));
        assertThat(plan.ids()).containsExactly("block_them", "stop_credit", "credit_report", "share_experience");
        assertThat(plan.in(Urgency.THIS_WEEK))
                .extracting(PlannedStep::id)
                .containsExactly("credit_report", "share_experience");
    }

    /** FACTS.md: no source ties a dispute (or anything else) to the incident date. */
    @Test
    void theDefaultGuideComputesNoDateFromTheIncident() {
        assertThat(TestAnswers.guide().steps())
                .allSatisfy(step -> assertThat(step.deadline()).isNull());
        Answers answers = minimal()
                .with("loans", new Answer.Choice("yes"))
                .with("incident_date", new Answer.Date(LocalDate.of(2026, 11, 1)));
        assertThat(plan(answers).steps())
                .allSatisfy(s -> assertThat(s.deadline()).isEmpty());
    }

    @Test
    void aDeadlineIsCountedFromItsDateQuestion() {
        Answers answers = minimal()
                .with("loans", new Answer.Choice("yes"))
                .with("incident_date", new Answer.Date(LocalDate.of(2026, 11, 25)));
        DueDate due = deadlineOf(withDisputeDeadline().build(answers, TODAY), "dispute_credit");
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(due.past()).isFalse();
    }

    @Test
    void aDeadlineBeforeTodayIsMarkedPast() {
        Answers answers = minimal()
                .with("loans", new Answer.Choice("yes"))
                .with("incident_date", new Answer.Date(LocalDate.of(2026, 11, 1)));
        DueDate due = deadlineOf(withDisputeDeadline().build(answers, TODAY), "dispute_credit");
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(due.past()).isTrue();
    }

    @Test
    void aDeadlineOfTodayIsNotPast() {
        Answers answers = minimal()
                .with("loans", new Answer.Choice("yes"))
                .with("incident_date", new Answer.Date(TODAY.minusDays(10)));
        assertThat(deadlineOf(withDisputeDeadline().build(answers, TODAY), "dispute_credit")
                        .past())
                .isFalse();
    }

    @Test
    void noDeadlineWithoutTheDateAnswer() {
        Answers answers = minimal().with("loans", new Answer.Choice("yes")).without("incident_date");
        Plan plan = withDisputeDeadline().build(answers, TODAY);
        assertThat(plan.steps())
                .filteredOn(s -> s.id().equals("dispute_credit"))
                .singleElement()
                .satisfies(s -> assertThat(s.deadline()).isEmpty());
    }

    /** The default guide with a made-up rule "10 days after the incident" on dispute_credit. */
    private static PlanBuilder withDisputeDeadline() {
        Guide guide = TestAnswers.guide();
        LocalizedText text = LocalizedText.of(Lang.EN, "By");
        List<Step> steps = guide.steps().stream()
                .map(step -> !step.id().equals("dispute_credit")
                        ? step
                        : new Step(
                                step.id(),
                                step.when(),
                                step.urgency(),
                                step.urgencyIf(),
                                step.title(),
                                step.why(),
                                step.how(),
                                step.contacts(),
                                new Deadline("incident_date", 10, text, text, "a test"),
                                step.sources(),
                                step.papers()))
                .toList();
        return new PlanBuilder(new Guide(
                guide.id(),
                guide.version(),
                guide.title(),
                guide.languages(),
                guide.allowedDomains(),
                guide.questions(),
                steps,
                guide.references(),
                guide.templates(),
                guide.glossary(),
                guide.cases(),
                guide.documents()));
    }

    @Test
    void theReportFollowsWantReportOnly() {
        assertThat(plan(minimal().with("want_report", new Answer.YesNo(true))).report())
                .isTrue();
        assertThat(plan(minimal().with("money_lost", new Answer.YesNo(true))).report())
                .isFalse();
        assertThat(plan(minimal().without("want_report")).report()).isFalse();
    }

    @Test
    void matchesTheDesignTableOnTheGoldenScenarios() {
        for (Answers answers : List.of(
                minimal(),
                minimal().with("disclosed", choices("eds")).with("loans", new Answer.Choice("unknown")),
                minimal()
                        .with("disclosed", choices("remote_app", "bank_code"))
                        .with("money_lost", new Answer.YesNo(true)))) {
            assertThat(plan(answers).steps())
                    .extracting(s -> new DesignTable.Expected(s.id(), s.urgency()))
                    .containsExactlyElementsOf(DesignTable.expected(answers));
        }
    }

    private static DueDate deadlineOf(Plan plan, String stepId) {
        return plan.steps().stream()
                .filter(s -> s.id().equals(stepId))
                .findFirst()
                .orElseThrow()
                .deadline()
                .orElseThrow();
    }

    private static Answer answer(String question, String value) {
        return switch (question) {
            case "disclosed" -> choices(value);
            case "money_lost", "want_report", "in_contact" -> new Answer.YesNo(value.equals("yes"));
            default -> new Answer.Choice(value);
        };
    }

    private static Urgency urgencyOf(String id) {
        return java.util.Arrays.stream(Urgency.values())
                .filter(u -> u.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
