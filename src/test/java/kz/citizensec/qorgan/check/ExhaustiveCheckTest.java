package kz.citizensec.qorgan.check;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExhaustiveCheckTest {

    @TempDir
    Path temp;

    /** The guide as read, errors of sense and all: the check must cope with what validate reports. */
    private static Guide load(GuideSource source) {
        return new GuideLoader(Lang.EN).check(source).guide().orElseThrow();
    }

    @Test
    void everyCombinationOfTheDefaultGuideGivesAPlan() {
        ExhaustiveResult result =
                new ExhaustiveCheck(Lang.EN, TODAY, CombinationProbe.NONE).run(load(GuideSource.bundled()));

        assertThat(result.failure()).isEmpty();
        assertThat(result.combinations()).isEqualTo(15_360);
        // 2 (in_contact) · 128 (disclosed) · 7 (impersonated) · 6 (channel), then for each of loans' 3
        // answers: without papers 2 (money_lost), with them (1 + 4: money_lost no, or yes with
        // transfer_by's three answers or none) · 64 (evidence, optional), and when loans is yes · 4
        // (stop_credit_before's three answers or none): the papers' questions are asked only after a yes.
        assertThat(result.standsFor()).isEqualTo(2L * 128 * 7 * 6 * (2 * (2 + 5 * 64) + (2 + 5 * 64 * 4)));
        assertThat(result.sampled()).isEmpty();
    }

    @Test
    void everyOptionOfEveryChoiceQuestionIsTriedSomewhere() {
        Guide guide = load(GuideSource.bundled());
        Set<String> seen = new HashSet<>();

        new ExhaustiveCheck(Lang.EN, TODAY, (g, answers) -> {
                    answers.byQuestion()
                            .forEach((id, answer) -> answer.choiceIds().forEach(v -> seen.add(id + "=" + v)));
                    return Optional.empty();
                })
                .run(guide);

        guide.questions().stream()
                .filter(q -> q.type().hasOptions())
                .forEach(q -> q.options().forEach(o -> assertThat(seen).contains(q.id() + "=" + o.id())));
        assertThat(seen).contains("in_contact=yes", "in_contact=no", "want_report=yes", "want_report=no");
    }

    @Test
    void questionsThatWouldNotBeAskedAreNotAnsweredAndOptionalDetailsAreSometimesGiven() {
        Set<String> given = new HashSet<>();

        new ExhaustiveCheck(Lang.EN, TODAY, (g, answers) -> {
                    if (answers.has("transactions")) {
                        assertThat(answers.get("money_lost")).contains(new Answer.YesNo(true));
                    }
                    if (answers.has("applicant_name")) {
                        assertThat(answers.get("want_report")).contains(new Answer.YesNo(true));
                    }
                    assertThat(answers.has("incident_date"))
                            .as("required with a report")
                            .isEqualTo(answers.get("want_report").equals(Optional.of(new Answer.YesNo(true))));
                    given.addAll(answers.byQuestion().keySet());
                    return Optional.empty();
                })
                .run(load(GuideSource.bundled()));

        assertThat(given).contains("transactions", "applicant_name", "applicant_iin", "story", "evidence");
    }

    @Test
    void theFirstCombinationWithAnEmptyPlanIsReportedAsAnAnswersFile() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "  - id: hang_up\n    urgency: now\n",
                        "  - id: hang_up\n    urgency: now\n    when: {question: money_lost, is: yes}\n");

        ExhaustiveResult result = new ExhaustiveCheck(Lang.EN, TODAY, CombinationProbe.NONE)
                .run(load(GuideSource.directory(guide.dir())));

        assertThat(result.failure()).isPresent();
        ExhaustiveResult.Failure failure = result.failure().get();
        assertThat(failure.reason()).startsWith("these answers give a plan with no step");
        assertThat(failure.answers().get("money_lost")).contains(new Answer.YesNo(false));
        assertThat(failure.answersFile())
                .isEqualTo("answers:\n  disclosed:\n    - nothing\n  money_lost: false\n  want_report: true\n");
    }

    @Test
    void aProbeFailureStopsTheCheck() {
        ExhaustiveResult result = new ExhaustiveCheck(
                        Lang.EN,
                        TODAY,
                        (g, answers) -> answers.get("money_lost")
                                .filter(a -> a.equals(new Answer.YesNo(true)))
                                .map(a -> "cannot render"))
                .run(load(GuideSource.directory(GuideFixture.MINIMAL)));

        assertThat(result.failure()).get().satisfies(f -> {
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.reason()).isEqualTo("cannot render");
            assertThat(f.answersFile()).contains("money_lost: true", "incident_date: 2026-11-28", "- egov_code");
        });
        assertThat(result.combinations()).isEqualTo(1);
    }
}
