package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideValidatorTest {

    @TempDir
    Path temp;

    private static List<Problem> validate(GuideFixture guide, String lang) {
        GuideSource source = GuideSource.directory(guide.dir());
        return new GuideValidator(Lang.of(lang)).validate(source, new GuideLoader(Lang.of(lang)).loadFiles(source));
    }

    private static List<Problem> validate(GuideFixture guide) {
        return validate(guide, "en");
    }

    /** The one problem reported; the minimal guide is otherwise clean. */
    private static Problem only(GuideFixture guide) {
        List<Problem> problems = validate(guide);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static Problem find(List<Problem> problems, String messageStart) {
        return problems.stream()
                .filter(p -> p.message().startsWith(messageStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem '" + messageStart + "' in " + problems));
    }

    @Test
    void theSmallCompleteGuideValidatesClean() {
        assertThat(validate(GuideFixture.copyOfMinimal(temp))).isEmpty();
    }

    @Test
    void theDefaultGuideValidatesWithoutErrors() {
        List<Problem> problems = new GuideValidator(Lang.EN)
                .validate(GuideSource.bundled(), new GuideLoader(Lang.EN).loadFiles(GuideSource.bundled()));

        assertThat(problems).filteredOn(Problem::isError).isEmpty();
    }

    /** FACTS.md: an unconfirmed contact stays in references.yaml for editors, and nothing prints it. */
    @Test
    void theDefaultGuideListsAsUnconfirmedOnlyWhatNoDocumentUses() {
        Guide guide = new GuideLoader(Lang.EN).loadFiles(GuideSource.bundled());
        List<Problem> warnings = new GuideValidator(Lang.EN)
                .validate(GuideSource.bundled(), guide).stream()
                        .filter(p -> !p.isError())
                        .toList();

        assertThat(warnings)
                .extracting(Problem::message)
                .containsExactly(
                        "'https://qatqor.gov.kz' is unconfirmed (source: seed only): no public source was found for it");
        assertThat(warnings.get(0).file()).isEqualTo("guides/default/references.yaml");
        assertThat(guide.steps()).allSatisfy(step -> assertThat(step.contacts()).doesNotContain("qatqor"));
        assertThat(guide.templates().byKey().values())
                .allSatisfy(t -> assertThat(t.source()).doesNotContain("qatqor", "refs.qatqor"));
    }

    @Test
    void aDanglingQuestionIdInAConditionSuggestsTheDefinedOne() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "    when: {question: money_lost, is: yes}",
                        "    when: {question: mony_lost, is: yes}");

        Problem problem = find(validate(guide), "no question has the id 'mony_lost'");

        guide.assertOnLineOf(problem, "steps.yaml", "mony_lost", 12);
        assertThat(problem.field()).isEqualTo("steps[9].when.question");
        assertThat(problem.message()).isEqualTo("no question has the id 'mony_lost'; did you mean 'money_lost'?");
        assertThat(problem.isError()).isTrue();
    }

    @Test
    void aDanglingOptionValueAndContactAndDeadlineAreNamed() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "    when: {question: loans, is: \"yes\"}",
                        "    when: {question: loans, is: \"yse\"}")
                .replace("steps.yaml", "contacts: [pki]", "contacts: [pkii]")
                .replace(
                        "steps.yaml",
                        "    contacts: [fcb, fingramota, ardfm_1459]",
                        "    deadline:\n"
                                + "      from: money_lost\n      days: 15\n      source: \"a test\"\n"
                                + "      text: {kk: \"a\", ru: \"a\", en: \"a\"}\n      passed: {kk: \"b\", ru: \"b\", en: \"b\"}\n"
                                + "    contacts: [fcb, fingramota, ardfm_1459]");

        List<Problem> problems = validate(guide);

        Problem value = find(problems, "'yse' is not an answer of 'loans'");
        assertThat(value.message()).endsWith("did you mean 'yes'?");
        assertThat(value.field()).isEqualTo("steps[7].when.is");
        guide.assertOnLineOf(value, "steps.yaml", "\"yse\"");
        Problem contact = find(problems, "no reference has the id 'pkii'");
        assertThat(contact.field()).isEqualTo("steps[4].contacts[0]");
        assertThat(contact.message()).endsWith("did you mean 'pki'?");
        Problem deadline = find(problems, "'money_lost' is a yes_no question; a deadline counts from a date question");
        assertThat(deadline.message()).endsWith(": incident_date");
    }

    @Test
    void aStepMayPointOnlyToADeclaredPaper() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "    papers: [letter-bank]", "    papers: [leter-bank]");

        Problem paper = find(validate(guide), "the guide declares no document 'leter-bank'");

        assertThat(paper.message()).endsWith("did you mean 'letter-bank'?");
        assertThat(paper.isError()).isTrue();
        guide.assertOnLineOf(paper, "steps.yaml", "leter-bank");
    }

    @Test
    void anOperatorMustFitTheQuestionType() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "{question: money_lost, is: yes}\n    title:",
                        "{question: money_lost, has: yes}\n    title:");

        Problem problem = only(guide);

        assertThat(problem.message()).isEqualTo("'has' does not fit 'money_lost', a yes_no question: use is or in");
        guide.assertOnLineOf(problem, "steps.yaml", "has: yes");
    }

    @Test
    void aConditionOnATextQuestionMayOnlyAskWhetherItWasAnswered() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "{question: money_lost, is: yes}\n    title:",
                        "{question: incident_date, is: yes}\n    title:");

        assertThat(validate(guide))
                .extracting(Problem::message)
                .contains(
                        "'incident_date' is a date question: a condition can only ask whether it was answered (answered: yes or no)");
    }

    @Test
    void aQuestionMayNotDependOnALaterOne() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "questions.yaml",
                        "  - id: money_lost\n    type: yes_no",
                        "  - id: money_lost\n    type: yes_no\n    when: {question: incident_date, answered: yes}");

        List<Problem> problems = validate(guide);

        Problem problem = find(problems, "'incident_date' is asked after this question");
        assertThat(problem.field()).isEqualTo("questions[1].when.question");
        guide.assertOnLineOf(problem, "questions.yaml", "answered: yes");
    }

    @Test
    void aStepNoAnswersCanReachIsAnError() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "when: {question: money_lost, is: yes}\n    title:",
                        "when: {all: [{question: money_lost, is: yes}, {question: money_lost, is: no}]}\n    title:");

        Problem problem = find(validate(guide), "no answers can make this condition hold");

        assertThat(problem.message())
                .isEqualTo("no answers can make this condition hold, so the step 'police' never appears in a plan");
        assertThat(problem.field()).isEqualTo("steps[2].when");
        guide.assertOnLineOf(problem, "steps.yaml", "all: [{question: money_lost");
    }

    @Test
    void aStepThatNeedsAnAnswerToAQuestionThatIsNotAskedThenIsUnreachable() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "when: {question: money_lost, is: yes}\n    title:",
                        "when: {all: [{question: money_lost, is: no}, {question: incident_date, answered: yes}]}\n    title:");

        assertThat(validate(guide))
                .extracting(Problem::message)
                .contains("no answers can make this condition hold, so the step 'police' never appears in a plan");
    }

    @Test
    void theExclusiveOptionCannotBeCombined() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "{question: disclosed, has_any: [egov_code, card]}",
                        "{all: [{question: disclosed, has: nothing}, {question: disclosed, has: card}]}")
                .replace("steps.yaml", "        - {question: money_lost, is: yes}\n", "");

        assertThat(validate(guide))
                .extracting(Problem::message)
                .containsExactly(
                        "no answers can make this condition hold, so the step 'call_bank' never appears in a plan");
    }

    @Test
    void aMissingTranslationIsNamedWithItsLanguage() {
        GuideFixture guide =
                GuideFixture.copyOfMinimal(temp).replace("steps.yaml", "      kk: \"Банкке хабарласыңыз\"\n", "");

        Problem problem = only(guide);

        assertThat(problem.file()).isEqualTo(guide.shown("steps.yaml"));
        assertThat(problem.field()).isEqualTo("steps[1].title.kk");
        assertThat(problem.line()).isEqualTo(guide.lineOf("steps.yaml", "Позвоните в банк") - 1);
        assertThat(problem.message()).startsWith("no kk text: every text is written in each language of the guide");
    }

    @Test
    void aBlankTranslationAndAMisspeltLanguageAreNamed() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("steps.yaml", "ru: \"Позвоните в банк\"", "ru: \" \"")
                .replace("steps.yaml", "kk: \"Банкке хабарласыңыз\"", "kz: \"Банкке хабарласыңыз\"");

        assertThat(validate(guide))
                .extracting(Problem::field, Problem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "steps[1].title.kk",
                                "no kk text: every text is written in each language of the guide (languages in guide.yaml)"),
                        org.assertj.core.groups.Tuple.tuple("steps[1].title.ru", "the ru text is empty"),
                        org.assertj.core.groups.Tuple.tuple(
                                "steps[1].title.kz", "'kz' is not a language of this guide; did you mean 'kk'?"));
    }

    @Test
    void aMissingTemplateIsNamed() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp);
        guide.file("templates/report.ru.md.mustache").toFile().delete();

        Problem problem = only(guide);

        assertThat(problem.file()).isEqualTo(guide.shown("templates/report.ru.md.mustache"));
        assertThat(problem.message()).isEqualTo("file not found: the report document needs a template in ru");
    }

    @Test
    void repeatedIdsPointAtTheFirst() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp).replace("steps.yaml", "- id: police", "- id: hang_up");

        Problem problem = only(guide);

        assertThat(problem.line()).isEqualTo(guide.lineOf("steps.yaml", "- id: hang_up", 2));
        assertThat(problem.message()).isEqualTo("the id 'hang_up' is already used on line 2: ids must differ");
    }

    @Test
    void choiceQuestionsNeedOptionsAndAtMostOneExclusive() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("questions.yaml", "      - id: card\n", "      - id: card\n        exclusive: true\n")
                .replace("questions.yaml", "type: yes_no", "type: single");

        List<Problem> problems = validate(guide);

        assertThat(problems)
                .extracting(Problem::message)
                .contains(
                        "a multi question has at most one exclusive option; 'card' and 'nothing' both are",
                        "a single question needs a list of options");
    }

    @Test
    void aGroupNeedsFields() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp).replace("questions.yaml", "type: date", "type: group");

        assertThat(validate(guide)).extracting(Problem::message).contains("a group question needs a list of fields");
    }

    @Test
    void aLinkOutsideTheAllowlistIsAnError() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "en: \"Call the number on the back of your card.\"",
                        "en: \"Call the number on the back of your card, or see the page at bank-help.com.\"");

        List<Problem> problems = validate(guide);

        Problem error = find(problems, "'bank-help.com' is not on an official domain of this guide");
        assertThat(error.isError()).isTrue();
        guide.assertAtText(error, "steps.yaml", "bank-help.com");
        assertThat(error.message()).endsWith("allowed_domains in guide.yaml lists: egov.kz");
    }

    @Test
    void aSubdomainOfAnAllowedDomainIsAllowed() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("references.yaml", "value: \"https://egov.kz\"", "value: \"https://www.egov.kz\"")
                .replace("steps.yaml", "en: \"Call 102.\"", "en: \"Call 102, or file it on egov.kz.\"");

        assertThat(validate(guide)).isEmpty();
    }

    @Test
    void aLookAlikeDomainInAReferenceIsAnErrorThatSaysWhy() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("references.yaml", "value: \"https://egov.kz\"", "value: \"https://еgov.kz\"");

        Problem problem = find(validate(guide), "'https://еgov.kz' has a non-Latin letter");

        assertThat(problem.field()).isEqualTo("references[2].value");
        guide.assertOnLineOf(problem, "references.yaml", "еgov.kz");
    }

    @Test
    void aLinkOutsideTheAllowlistInATemplateIsPlacedInTheTemplate() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .write(
                        "templates/plan.ru.md.mustache",
                        "# План\n\n{{#steps}}{{title}}{{/steps}}\nСм. evil.example.com и https://scam.kz/x.\n");

        List<Problem> errors = validate(guide).stream().filter(Problem::isError).toList();

        assertThat(errors).extracting(Problem::file).containsOnly(guide.shown("templates/plan.ru.md.mustache"));
        assertThat(errors)
                .extracting(Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 5), org.assertj.core.groups.Tuple.tuple(4, 24));
        assertThat(errors.get(1).message()).startsWith("'https://scam.kz/x' is not on an official domain");
    }

    @Test
    void anUnsourcedNumberIsAWarningAtTheNumber() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("steps.yaml", "en: \"Call 102.\"", "en: \"Call 102, or the hotline 1450.\"");

        Problem problem = only(guide);

        assertThat(problem.isError()).isFalse();
        guide.assertAtText(problem, "steps.yaml", "1450");
        assertThat(problem.field()).isEqualTo("steps[2].how[0].en");
        assertThat(problem.message())
                .isEqualTo(
                        "the phone number 1450 is not among the references: declare it in references.yaml with its source");
    }

    @Test
    void anUndeclaredArticleAndAnUnconfirmedReferenceAreWarnings() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "ru: \"Позвоните по номеру 102.\"",
                        "ru: \"Позвоните по номеру 102 (статья 190 УК).\"")
                .replace("references.yaml", "status: seed", "status: unconfirmed")
                .replace("references.yaml", "source: \"seed; lada.kz 2025-10-07\"", "source: \"\"");

        List<Problem> problems = validate(guide);

        assertThat(problems).allMatch(p -> !p.isError());
        assertThat(problems)
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "'1414' has no source: write where it was seen (publication and date)",
                        "'https://egov.kz' is unconfirmed (source: seed): no public source was found for it",
                        "the law article статья 190 is not among the references: declare it in references.yaml with its source");
    }

    @Test
    void anExampleInAHintMayShowAPhoneNumber() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "questions.yaml",
                        "en: \"YYYY-MM-DD\"",
                        "en: \"YYYY-MM-DD; the bank's number +7 701 234 56 78\"");

        assertThat(validate(guide)).isEmpty();
    }

    @Test
    void referenceValuesMustHaveTheirForm() {
        GuideFixture guide =
                GuideFixture.copyOfMinimal(temp).replace("references.yaml", "value: \"102\"", "value: \"one-oh-two\"");

        List<Problem> problems = validate(guide);

        assertThat(problems)
                .filteredOn(Problem::isError)
                .extracting(Problem::message)
                .containsExactly("'one-oh-two' is not a phone number; write digits, e.g. 102 or +7 717 200 00 00");
        assertThat(problems)
                .filteredOn(p -> !p.isError())
                .extracting(Problem::message)
                .as("the texts that cite 102 no longer have it declared")
                .hasSize(3);
    }

    @Test
    void messagesComeInTheUsersLanguage() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("steps.yaml", "contacts: [police_102]", "contacts: [police_103]");

        assertThat(validate(guide, "ru"))
                .extracting(Problem::message)
                .containsExactly("нет справки (reference) с id «police_103»; может быть, «police_102»?");
        assertThat(validate(guide, "kk"))
                .extracting(Problem::message)
                .containsExactly("«police_103» id-і бар анықтама (reference) жоқ; «police_102» деген болар ма?");
    }

    // --- FACTS.md's rules: no unconfirmed contact in a visitor's documents, no unsourced date rule ---

    @Test
    void anUnconfirmedLinkWrittenInAStepIsAnErrorAtTheLink() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "en: \"File the report through eGov, through eOtinish (eotinish.gov.kz),",
                        "en: \"File the report through qatqor.gov.kz, through eOtinish (eotinish.gov.kz),");

        Problem problem = find(validate(guide), "'qatqor.gov.kz' is unconfirmed (source: seed only)");

        assertThat(problem.isError()).isTrue();
        assertThat(problem.field()).isEqualTo("steps[6].how[0].en");
        guide.assertAtText(problem, "steps.yaml", "qatqor.gov.kz");
        assertThat(problem.message()).contains("never printed for a visitor");
    }

    @Test
    void anUnconfirmedContactOfAStepIsAnError() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "contacts: [police_102, eotinish, egov]", "contacts: [police_102, qatqor]");

        Problem problem = find(validate(guide), "the reference 'qatqor' (https://qatqor.gov.kz) is unconfirmed");

        assertThat(problem.isError()).isTrue();
        assertThat(problem.field()).isEqualTo("steps[6].contacts[1]");
        guide.assertOnLineOf(problem, "steps.yaml", "[police_102, qatqor]");
    }

    @Test
    void aTemplateThatNamesOrWritesAnUnconfirmedContactIsAnError() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "templates/plan.en.md.mustache",
                        "## Keep the evidence",
                        "Online: {{refs.qatqor.value}}, or https://qatqor.gov.kz/report\n\n## Keep the evidence");

        List<Problem> errors = validate(guide).stream().filter(Problem::isError).toList();

        int line = guide.lineOf("templates/plan.en.md.mustache", "Online:");
        assertThat(errors)
                .extracting(Problem::file, Problem::line, Problem::column)
                .containsExactlyInAnyOrder(
                        tuple(guide.shown("templates/plan.en.md.mustache"), line, "Online: {{refs.".length() + 1),
                        tuple(
                                guide.shown("templates/plan.en.md.mustache"),
                                line,
                                "Online: {{refs.qatqor.value}}, or ".length() + 1));
        assertThat(errors)
                .extracting(Problem::message)
                .anyMatch(m -> m.startsWith("the reference 'qatqor'"))
                .anyMatch(m -> m.startsWith("'https://qatqor.gov.kz/report' is unconfirmed"));
    }

    @Test
    void theUnconfirmedReferenceMayNameItselfInReferencesYaml() {
        assertThat(validate(GuideFixture.copyOfDefault(temp)))
                .filteredOn(Problem::isError)
                .isEmpty();
    }

    @Test
    void aDeadlineWithoutItsSourceIsAnError() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "    contacts: [fcb, fingramota, ardfm_1459]",
                        "    deadline:\n      from: incident_date\n      days: 10\n"
                                + "      text: {kk: \"a\", ru: \"a\", en: \"a\"}\n      passed: {kk: \"b\", ru: \"b\", en: \"b\"}\n"
                                + "    contacts: [fcb, fingramota, ardfm_1459]");

        Problem problem = find(validate(guide), "a deadline needs its source");

        assertThat(problem.isError()).isTrue();
        assertThat(problem.field()).isEqualTo("steps[7].deadline.source");
        assertThat(problem.message()).startsWith("a deadline needs its source");
    }

    @Test
    void anOfficialDomainThatNoReferenceIsOnIsAWarning() {
        GuideFixture guide =
                GuideFixture.copyOfMinimal(temp).replace("guide.yaml", "  - egov.kz", "  - egov.kz\n  - kaspi.kz");

        Problem problem = only(guide);

        assertThat(problem.isError()).isFalse();
        assertThat(problem.field()).isEqualTo("allowed_domains[1]");
        guide.assertOnLineOf(problem, "guide.yaml", "kaspi.kz");
        assertThat(problem.message())
                .isEqualTo("no reference is on 'kaspi.kz': remove it from allowed_domains, or "
                        + "declare in references.yaml the address that needs it");
    }

    // --- the glossary ---

    private static GuideFixture withGlossary(GuideFixture guide) {
        return guide.write("glossary.yaml", """
                terms:
                  - id: credit_history
                    use: {kk: "кредиттік тарих", ru: "кредитная история", en: "credit history"}
                    avoid:
                      kk: ["несиелік тарих"]
                      en: ["loan history"]
                  - id: digits
                    use: {kk: "таңба", ru: "цифра", en: "digit"}
                    avoid:
                      kk: ["цифр"]
                    allow:
                      kk: ["цифрлық"]
                """);
    }

    @Test
    void anAvoidedVariantIsAWarningAtTheVariantInAnyOfItsForms() {
        GuideFixture guide = withGlossary(GuideFixture.copyOfMinimal(temp))
                .replace(
                        "questions.yaml",
                        "kk: \"Не айтып қойдыңыз?\"",
                        "kk: \"Несиелік тарихыңызды не айтып қойдыңыз?\"");

        Problem problem = only(guide);

        assertThat(problem.isError()).isFalse();
        assertThat(problem.field()).isEqualTo("questions[0].text.kk");
        guide.assertAtText(problem, "questions.yaml", "Несиелік тарихыңызды");
        assertThat(problem.message())
                .isEqualTo("«Несиелік тарихыңызды»: the glossary's term is «кредиттік тарих» "
                        + "(glossary.yaml, term credit_history)");
    }

    @Test
    void aVariantIsCheckedInItsOwnLanguageOnlyAndAnAllowedLookAlikeIsNotAVariant() {
        GuideFixture guide = withGlossary(GuideFixture.copyOfMinimal(temp))
                .replace("questions.yaml", "ru: \"Что вы сообщили?\"", "ru: \"Что вы сообщили? (несиелік тарих)\"")
                .replace("questions.yaml", "kk: \"Не айтып қойдыңыз?\"", "kk: \"Цифрлық құжат: не айтып қойдыңыз?\"");

        assertThat(validate(guide)).isEmpty();
    }

    @Test
    void anAvoidedVariantInATemplateIsPlacedInTheTemplate() {
        GuideFixture guide = withGlossary(GuideFixture.copyOfMinimal(temp))
                .write("templates/plan.en.md.mustache", "# plan (en)\n\nYour {{! a tag }}loan history.\n");

        Problem problem = only(guide);

        assertThat(problem)
                .extracting(Problem::file, Problem::line, Problem::column)
                .containsExactly(guide.shown("templates/plan.en.md.mustache"), 3, "Your {{! a tag }}".length() + 1);
        assertThat(problem.message()).startsWith("«loan history»: the glossary's term is «credit history»");
    }

    @Test
    void aGlossaryTermNeedsEachLanguageAndKnownLanguageKeys() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp).write("glossary.yaml", """
                terms:
                  - id: credit_history
                    use: {kk: "кредиттік тарих", en: "credit history"}
                    avoid:
                      kz: ["несиелік тарих"]
                """);

        assertThat(validate(guide))
                .filteredOn(Problem::isError)
                .extracting(Problem::field, Problem::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "terms[0].use",
                                "no ru text: every text is written in each language "
                                        + "of the guide (languages in guide.yaml)"),
                        tuple("terms[0].avoid.kz", "'kz' is not a language of this guide; did you mean 'kk'?"));
    }

    // --- named cases ---

    @Test
    void aCaseIsCheckedLikeAnyCondition() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "guide.yaml",
                        "allowed_domains:",
                        "cases:\n  lost: {question: mony_lost, is: yes}\n  never:\n    all:\n"
                                + "      - {question: money_lost, is: yes}\n      - {question: money_lost, is: no}\n"
                                + "  Bad-Name: {question: money_lost, is: yes}\nallowed_domains:");

        List<Problem> problems = validate(guide);

        Problem unknown = find(problems, "no question has the id 'mony_lost'");
        assertThat(unknown.field()).isEqualTo("cases.lost.question");
        assertThat(unknown.isError()).isTrue();
        Problem never = find(problems, "no answers can make this condition hold, so the case 'never'");
        assertThat(never.isError()).isFalse();
        assertThat(find(problems, "'Bad-Name' is not a valid id").isError()).isTrue();
    }

    @Test
    void aDocumentNeedsAWellFormedIdASoundConditionAndATemplateInEveryLanguage() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp).write("documents.yaml", """
                documents:
                  - id: report
                    when: {question: want_report, is: yes}
                  - id: letter-bank
                    when: {question: mony_lost, is: yes}
                  - id: Letter
                  - id: plan
                  - id: report
                  - id: never
                    when: {all: [{question: money_lost, is: yes}, {question: money_lost, is: no}]}
                """);

        List<Problem> problems = validate(guide);

        Problem unknown = find(problems, "no question has the id 'mony_lost'");
        guide.assertOnLineOf(unknown, "documents.yaml", "mony_lost");
        assertThat(unknown.field()).isEqualTo("documents[1].when.question");
        assertThat(find(problems, "'Letter' is not a valid document id").isError())
                .isTrue();
        assertThat(find(problems, "'plan' is the action plan").isError()).isTrue();
        assertThat(find(problems, "the id 'report' is already used on line 2").isError())
                .isTrue();
        assertThat(find(problems, "no answers can make this condition hold, so the document 'never'")
                        .isError())
                .isTrue();
        assertThat(find(problems, "file not found: the letter-bank document needs a template in kk")
                        .file())
                .endsWith("templates/letter-bank.kk.md.mustache");
    }

    @Test
    void aDocumentsFormatsLanguageAndEmailAreChecked() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp).write("documents.yaml", """
                documents:
                  - id: report
                    when: {question: want_report, is: yes}
                    sources: ["seed"]
                  - id: share
                    formats: [txt, md, htm]
                    language: mine
                    email: police_102
                    sources: ["seed"]
                  - id: note
                    formats: [md]
                    email: nobody
                    sources: ["seed"]
                """);

        List<Problem> problems = validate(guide);

        Problem format = find(problems, "'htm' is not a document format; did you mean 'html'?");
        guide.assertOnLineOf(format, "documents.yaml", "htm]");
        assertThat(format.field()).isEqualTo("documents[1].formats[2]");
        assertThat(find(problems, "txt is written from a plain-text template").field())
                .isEqualTo("documents[1].formats");
        assertThat(find(problems, "'mine' is not a document language").isError())
                .isTrue();
        assertThat(find(problems, "no e-mail reference has the id 'police_102'").field())
                .isEqualTo("documents[1].email");
        assertThat(find(problems, "no e-mail reference has the id 'nobody'").isError())
                .isTrue();
        assertThat(find(problems, "an e-mail draft is plain text").field()).isEqualTo("documents[2].email");
        assertThat(find(problems, "file not found: the share document needs a template in kk")
                        .file())
                .as("a plain-text document's template")
                .endsWith("templates/share.kk.txt.mustache");
        assertThat(find(problems, "file not found: the note document needs a template in kk")
                        .file())
                .endsWith("templates/note.kk.md.mustache");
    }

    @Test
    void aTemplateOfADocumentThatIsNotDeclaredIsUnused() {
        GuideFixture guide =
                GuideFixture.copyOfMinimal(temp).write("templates/letter-bank.en.md.mustache", "# Letter\n");

        Problem unused = only(guide);

        assertThat(unused.message()).startsWith("no document reads this file").contains("plan, report");
    }
}
