package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideLoaderTest {

    @TempDir
    Path temp;

    private static List<Problem> problems(GuideFixture guide, String lang) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new GuideLoader(Lang.of(lang)).load(GuideSource.directory(guide.dir())));
        assertThat(e).as("the loader refuses the guide").isNotNull();
        return e.problems();
    }

    private static Problem only(GuideFixture guide) {
        List<Problem> problems = problems(guide, "en");
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void loadsTheBundledGuideIntoTheModel() {
        Guide guide = new GuideLoader(Lang.EN).load(GuideSource.bundled());

        assertThat(guide.id()).isEqualTo("default");
        assertThat(guide.languages()).containsExactly("kk", "ru", "en");
        assertThat(guide.question("disclosed")).get().extracting(Question::type).isEqualTo(QuestionType.MULTI);
        assertThat(guide.step("credit_report").get().urgencyIf()).hasSize(1);
        assertThat(guide.reference("police_102").get().value()).isEqualTo("102");
        assertThat(guide.templates().find(DocumentId.REPORT, "kk")).isPresent();
    }

    @Test
    void aYamlSyntaxErrorNamesTheLineAndColumn() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "en: \"Hang up and stop writing to them\"", "en: Hang up: stop");

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "steps.yaml", "Hang up: stop", "      en: Hang up:".length());
        assertThat(problem.message())
                .isEqualTo("a colon followed by a space inside a text: put the whole text in double quotes");
    }

    @Test
    void aTabInTheIndentationIsNamed() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("steps.yaml", "    urgency: now\n", "\turgency: now\n");

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "steps.yaml", "\turgency: now", 1);
        assertThat(problem.message()).isEqualTo("a tab character: indent with spaces only");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp).replace("guide.yaml", "id: default", "id: \"default");

        assertThat(only(guide).message())
                .isIn(
                        "a quotation mark is opened and never closed",
                        "the indentation does not match the lines above, or a colon is missing after a key");
    }

    @Test
    void anUnknownKeySuggestsTheKnownOne() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "  - id: revoke_eds\n    urgency: today",
                        "  - id: revoke_eds\n    urgncy: today");

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "steps.yaml", "urgncy: today", 5);
        assertThat(problem.field()).isEqualTo("steps[4].urgncy");
        assertThat(problem.message()).isEqualTo("unknown key 'urgncy'; did you mean 'urgency'?");
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheKnownKeys() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "references.yaml",
                        "    kind: law\n    value: \"190\"",
                        "    kind: law\n    colour: red\n    value: \"190\"");

        assertThat(only(guide).message())
                .isEqualTo("unknown key 'colour'; expected one of: id, kind, value, name, note, source, status");
    }

    @Test
    void aBadEnumValueSuggestsTheValidOne() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "questions.yaml",
                        "  - id: impersonated\n    type: single",
                        "  - id: impersonated\n    type: singel");

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "questions.yaml", "type: singel");
        assertThat(problem.field()).isEqualTo("questions[4].type");
        assertThat(problem.message()).isEqualTo("'singel' is not a valid value here; did you mean 'single'?");
    }

    @Test
    void aValueFarFromAnyListsTheValidOnes() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("references.yaml", "status: unconfirmed", "status: maybe");

        assertThat(only(guide).message())
                .isEqualTo("'maybe' is not a valid value here; expected one of: checked, seed, unconfirmed");
    }

    @Test
    void anAliasBombIsRefusedAtTheFirstAnchor() {
        StringBuilder bomb = new StringBuilder(
                "lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("lol")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))))
                    .append("]\n");
        }
        GuideFixture guide = GuideFixture.copyOfDefault(temp);
        guide.write("guide.yaml", "id: default\ntitle: &t {en: x}\nversion: *t\n" + bomb);

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "guide.yaml", "title: &t");
        assertThat(problem.message()).isEqualTo("YAML anchors (&t) are not allowed in a guide: write things out");
    }

    @Test
    void aTooDeepFileIsRefusedWithoutOverflowingTheStack() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp);
        String deep = "steps:\n  - id: x\n    when: " + "{not: ".repeat(100_000) + "x" + "}".repeat(100_000) + "\n";
        guide.write("steps.yaml", deep);

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "steps.yaml", "when: {not: {not:");
        assertThat(problem.message()).startsWith("nested more than 40 levels deep");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp);
        guide.write("references.yaml", "# " + "x".repeat(GuideSource.MAX_FILE_BYTES) + "\n");

        Problem problem = only(guide);

        assertThat(problem.file()).isEqualTo(guide.shown("references.yaml"));
        assertThat(problem.message()).startsWith("the file is larger than 1024 KB");
    }

    @Test
    void aRepeatedKeyIsNamed() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "    urgency: now\n", "    urgency: now\n    urgency: today\n");

        Problem problem = only(guide);

        guide.assertOnLineOf(problem, "steps.yaml", "urgency: today");
        assertThat(problem.message()).isEqualTo("the key 'urgency' appears twice in the same place: keep one");
    }

    @Test
    void anUnquotedYesAsATextIsNamed() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp).replace("questions.yaml", "en: \"Yes\"", "en: Yes");

        Problem problem = only(guide);

        assertThat(problem.field()).isEqualTo("questions[3].options[0].text.en");
        assertThat(problem.message())
                .contains("without quotes, Yes is read as yes-or-no")
                .contains("\"Yes\"");
    }

    @Test
    void anEmptyListItemIsNamed() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("steps.yaml", "    how:\n", "    how:\n      -\n");

        Problem problem = only(guide);

        assertThat(problem.field()).isEqualTo("steps[0].how[0]");
        assertThat(problem.line()).isEqualTo(guide.lineOf("steps.yaml", "    how:") + 1);
        assertThat(problem.message()).startsWith("an empty list item");
    }

    @Test
    void aWrongKindOfValueSaysWhatWasExpectedAndFound() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "contacts: [pki]", "contacts: pki")
                .replace(
                        "steps.yaml",
                        "    contacts: [fcb, fingramota, ardfm_1459]",
                        "    deadline:\n"
                                + "      from: incident_date\n      days: ten\n"
                                + "    contacts: [fcb, fingramota, ardfm_1459]");

        List<Problem> problems = problems(guide, "en");

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "expected a list (items on their own lines, each starting with \"- \"); found the text 'pki'");
        guide.replace("steps.yaml", "contacts: pki", "contacts: [pki]");
        assertThat(only(guide).message()).isEqualTo("expected a whole number; found the text 'ten'");
    }

    @Test
    void aTextWhereEachLanguageIsExpectedSaysSo() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "    title:\n      kk: \"Телефонды қойып, хат жазысуды тоқтатыңыз\"\n"
                                + "      ru: \"Положите трубку и прекратите переписку\"\n"
                                + "      en: \"Hang up and stop writing to them\"",
                        "    title: Hang up");

        assertThat(only(guide).message())
                .isEqualTo("expected a text in each language (kk: ..., ru: ..., en: ...); found the text 'Hang up'");
    }

    @Test
    void aMalformedConditionIsPlacedAtItsWrongPart() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "when: {question: disclosed, has: remote_app}",
                        "when: {any: [{question: money_lost, is: yes}, {question: disclosed, has_ani: [remote_app]}]}");

        Problem problem = only(guide);

        assertThat(problem.field()).isEqualTo("steps[1].when.any[1].has_ani");
        guide.assertOnLineOf(problem, "steps.yaml", "has_ani");
        assertThat(problem.message()).isEqualTo("unknown key 'has_ani' in a condition; did you mean 'has_any'?");
    }

    @Test
    void aConditionOperatorTakingOneValueRefusesAList() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "when: {question: disclosed, has: remote_app}",
                        "when: {question: disclosed, has: [remote_app]}");

        assertThat(only(guide).message()).isEqualTo("'has' takes one value; for a list of values use 'has_any'");
    }

    @Test
    void aMissingFileIsNamedAndEveryFileIsReportedAtOnce() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp);
        guide.file("references.yaml").toFile().delete();
        guide.replace("steps.yaml", "urgency: now\n", "urgncy: now\n");

        List<Problem> problems = problems(guide, "en");

        assertThat(problems)
                .extracting(Problem::file)
                .containsExactly(guide.shown("steps.yaml"), guide.shown("references.yaml"));
        assertThat(problems.get(1).message()).startsWith("file not found");
    }

    @Test
    void anEmptyFileIsNamed() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp).write("questions.yaml", "# nothing yet\n");

        assertThat(only(guide).message()).isEqualTo("the file is empty");
    }

    @Test
    void messagesComeInTheUsersLanguage() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "  - id: revoke_eds\n    urgency: today",
                        "  - id: revoke_eds\n    urgncy: today");

        assertThat(problems(guide, "ru").get(0).message())
                .isEqualTo("неизвестный ключ «urgncy»; может быть, «urgency»?");
        assertThat(problems(guide, "kk").get(0).message())
                .isEqualTo("белгісіз кілт «urgncy»; «urgency» деген болар ма?");
    }

    @Test
    void conditionMessagesComeInTheUsersLanguage() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "when: {question: disclosed, has: remote_app}",
                        "when: {question: disclosed, has: [remote_app]}");

        assertThat(problems(guide, "kk").get(0).message())
                .isEqualTo("«has» бір ғана мән қабылдайды; мәндер тізімі үшін «has_any» қолданыңыз");
    }
}
