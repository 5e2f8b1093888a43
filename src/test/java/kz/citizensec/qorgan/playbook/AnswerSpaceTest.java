package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.core.Lang;
import org.junit.jupiter.api.Test;

class AnswerSpaceTest {

    private static final Guide GUIDE = new GuideLoader(Lang.EN).load(GuideSource.bundled());
    private static final AnswerSpace SPACE = AnswerSpace.of(GUIDE);

    private static List<AnswerSpace.Alternative> alternatives(String questionId) {
        return SPACE.alternatives(GUIDE.question(questionId).orElseThrow());
    }

    @Test
    void optionsNoConditionTellsApartAreTriedTogether() {
        List<AnswerSpace.Alternative> impersonated = alternatives("impersonated");

        assertThat(impersonated)
                .extracting(a ->
                        a.members().stream().map(m -> ((Answer.Choice) m).id()).toList())
                .containsExactly(
                        List.of("bank", "police", "government"), List.of("delivery", "telecom", "relative", "other"));
        assertThat(impersonated).extracting(AnswerSpace.Alternative::weight).containsExactly(3L, 4L);
    }

    @Test
    void aMultipleChoiceTakesEveryUnionOfGroupsAndItsExclusiveOptionAlone() {
        List<AnswerSpace.Alternative> disclosed = alternatives("disclosed");

        // egov_code, eds, {bank_code, card}, password, remote_app, documents: 2^6 - 1 unions, then "nothing".
        assertThat(disclosed).hasSize(64);
        assertThat(disclosed.get(63).members()).containsExactly(new Answer.Choices(Set.of("nothing")));
        assertThat(disclosed)
                .extracting(AnswerSpace.Alternative::weight)
                .contains(3L)
                .as("every subset of the seven ordinary options, each once")
                .matches(w -> w.stream().mapToLong(Long::longValue).sum() == 127 + 1);
    }

    @Test
    void anOptionalQuestionMayBeLeftUnanswered() {
        assertThat(alternatives("evidence"))
                .extracting(AnswerSpace.Alternative::unanswered)
                .containsExactly(false, true);
        assertThat(alternatives("money_lost")).noneMatch(AnswerSpace.Alternative::unanswered);
        assertThat(alternatives("incident_date")).isEmpty();
    }

    @Test
    void theWalkAsksOnlyWhatTheInterviewWouldAsk() {
        List<Question> questions = List.of(
                GUIDE.question("money_lost").orElseThrow(),
                GUIDE.question("want_report").orElseThrow(),
                GUIDE.question("transactions").orElseThrow());
        List<Answers> seen = new ArrayList<>();

        AnswerSpace.walk(
                questions,
                (q, before) -> q.id().equals("transactions")
                        ? List.of(new AnswerSpace.Branch(Optional.of(new Answer.Group(List.of())), 1))
                        : List.of(
                                new AnswerSpace.Branch(Optional.of(new Answer.YesNo(true)), 1),
                                new AnswerSpace.Branch(Optional.of(new Answer.YesNo(false)), 1)),
                (answers, weight) -> seen.add(answers));

        // transactions is asked only when money was lost and a report is wanted
        assertThat(seen)
                .extracting(a -> a.byQuestion().keySet())
                .containsExactly(
                        Set.of("money_lost", "want_report", "transactions"), Set.of("money_lost", "want_report"),
                        Set.of("money_lost", "want_report"), Set.of("money_lost", "want_report"));
    }
}
