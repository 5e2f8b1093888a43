package kz.citizensec.qorgan.plan;

import static kz.citizensec.qorgan.testing.TestAnswers.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.Rendered;
import kz.citizensec.qorgan.testing.TestAnswers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over random valid answers: the plan follows DESIGN.md's table and renders in every language. */
class PlanPropertiesTest {

    private static final List<String> DISCLOSABLE =
            List.of("egov_code", "eds", "bank_code", "card", "password", "remote_app", "documents");

    private final PlanBuilder builder = new PlanBuilder(TestAnswers.guide());
    private final Documents documents = Documents.of(TestAnswers.guide());

    @Property
    void thePlanStartsWithHangUpWhenStillInContactAndEndsWithShareExperience(@ForAll("answers") Answers answers) {
        List<String> ids = builder.build(answers, TODAY).ids();
        if (answers.get("in_contact").orElseThrow().choiceIds().contains("yes")) {
            assertThat(ids).first().isEqualTo("hang_up");
        } else {
            assertThat(ids).doesNotContain("hang_up").contains("block_them");
        }
        assertThat(ids).last().isEqualTo("share_experience");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Property
    void thePlanIsDesignMdsTable(@ForAll("answers") Answers answers) {
        Plan plan = builder.build(answers, TODAY);
        assertThat(plan.steps()).extracting(s -> new DesignTable.Expected(s.id(), s.urgency()))
                .containsExactlyElementsOf(DesignTable.expected(answers));
        assertThat(plan.report()).isEqualTo(answers.get("want_report").orElseThrow().choiceIds().contains("yes"));
    }

    @Property(tries = 300)
    void theDocumentsRenderInEveryLanguage(@ForAll("answers") Answers answers, @ForAll("languages") String lang,
            @ForAll("languages") String reportLang) {
        Rendered rendered = documents.render(answers, lang, reportLang, TODAY);
        assertThat(rendered.actionPlan()).isNotBlank().doesNotContain("\u001b");
        assertThat(rendered.report().isPresent()).isEqualTo(rendered.plan().report());
        rendered.report().ifPresent(report -> assertThat(report).contains("190", "419"));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(TestAnswers.guide().languages());
    }

    @Provide
    Arbitrary<Answers> answers() {
        Arbitrary<Set<String>> disclosed = Arbitraries.oneOf(
                Arbitraries.just(Set.of("nothing")),
                Arbitraries.of(DISCLOSABLE).set().ofMinSize(1).map(LinkedHashSet::new));
        Arbitrary<String> typed = Arbitraries.strings().ofMaxLength(40)
                .withCharRange('\u0000', '\u04ff').withChars("|*_[]<>`#\n\u001b");
        Arbitrary<Map<String, Answer>> transaction = Combinators.combine(
                Arbitraries.integers().between(0, 30), Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.01"), new BigDecimal("100000000")).ofScale(2), typed, typed)
                .as((daysAgo, amount, bank, note) -> {
                    Map<String, Answer> item = new LinkedHashMap<>();
                    item.put("date", new Answer.Date(TODAY.minusDays(daysAgo)));
                    item.put("amount", new Answer.Money(amount));
                    item.put("bank", new Answer.Text(bank));
                    item.put("note", new Answer.Text(note));
                    return item;
                });
        return Builders.withBuilder(() -> Answers.NONE)
                .use(Arbitraries.of(true, false)).in((a, v) -> a.with("in_contact", new Answer.YesNo(v)))
                .use(disclosed).in((a, v) -> a.with("disclosed", new Answer.Choices(v)))
                .use(Arbitraries.of("bank", "police", "government", "delivery", "telecom", "relative", "other"))
                .in((a, v) -> a.with("impersonated", new Answer.Choice(v)))
                .use(Arbitraries.of("phone_call", "messenger_call", "video_call", "sms_or_chat", "link_or_site", "other"))
                .in((a, v) -> a.with("channel", new Answer.Choice(v)))
                .use(Arbitraries.integers().between(0, 400))
                .in((a, v) -> a.with("incident_date", new Answer.Date(TODAY.minusDays(v))))
                .use(transaction.list().ofMaxSize(3).injectNull(0.3)).in((a, v) -> {
                    Answers with = a.with("money_lost", new Answer.YesNo(v != null));
                    return v == null || v.isEmpty() ? with : with.with("transactions", new Answer.Group(v));
                })
                .use(Arbitraries.of("yes", "no", "unknown")).in((a, v) -> a.with("loans", new Answer.Choice(v)))
                .use(typed.injectNull(0.5)).in((a, v) -> v == null
                        ? a.with("want_report", new Answer.YesNo(false))
                        : a.with("want_report", new Answer.YesNo(true))
                                .with("applicant_name", new Answer.Text(v))
                                .with("story", new Answer.Text(v + "\n\n" + v))
                                .with("scammer_contacts", new Answer.TextList(List.of(v, v))))
                .use(Arbitraries.of("screenshots", "call_log", "chat_messages", "bank_statement", "links", "other")
                        .set()).in((a, v) -> v.isEmpty() ? a : a.with("evidence", new Answer.Choices(v)))
                .build();
    }
}
