package kz.citizensec.qorgan.plan;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.Rendered;
import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.RandomAnswers;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over random valid answers: the plan follows DESIGN.md's table and renders in every language. */
@ExtendWith(Cases.class)
class PlanPropertiesTest {

    private static final RandomAnswers RANDOM = RandomAnswers.forGuide(TestAnswers.guide(), TODAY);

    private final PlanBuilder builder = new PlanBuilder(TestAnswers.guide());
    private final Documents documents = Documents.of(TestAnswers.guide());

    @RepeatedTest(value = 1000, failureThreshold = 1)
    void thePlanStartsWithHangUpWhenStillInContactAndEndsWithShareExperience(Case c) {
        Answers answers = RANDOM.answers(c);

        List<String> ids = builder.build(answers, TODAY).ids();

        if (answers.get("in_contact").orElseThrow().choiceIds().contains("yes")) {
            assertThat(ids).first().isEqualTo("hang_up");
        } else {
            assertThat(ids).doesNotContain("hang_up").contains("block_them");
        }
        assertThat(ids).last().isEqualTo("share_experience");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @RepeatedTest(value = 1000, failureThreshold = 1)
    void thePlanIsDesignMdsTable(Case c) {
        Answers answers = RANDOM.answers(c);

        Plan plan = builder.build(answers, TODAY);

        assertThat(plan.steps())
                .extracting(s -> new DesignTable.Expected(s.id(), s.urgency()))
                .containsExactlyElementsOf(DesignTable.expected(answers));
        assertThat(plan.report())
                .isEqualTo(answers.get("want_report").orElseThrow().choiceIds().contains("yes"));
    }

    @RepeatedTest(value = 300, failureThreshold = 1)
    void theDocumentsRenderInEveryLanguage(Case c) {
        AnswersDocument document = RANDOM.document(c);

        Rendered rendered = documents.render(
                document.answers(),
                document.lang().orElseThrow(),
                document.reportLang().orElseThrow(),
                TODAY);

        assertThat(rendered.actionPlan()).isNotBlank().doesNotContain("\u001b");
        assertThat(rendered.report().isPresent()).isEqualTo(rendered.plan().report());
        rendered.report()
                .ifPresent(report -> assertThat(report).contains("190", "419").doesNotContain("\u001b"));
    }
}
