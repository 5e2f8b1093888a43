package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.citizensec.qorgan.testing.Cli.Run;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box: the real command line, with captured streams. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    private static String[] errLines(Run run) {
        return run.err().lines().toArray(String[]::new);
    }

    @Test
    void aCompleteGuideValidatesWithExitZero() {
        Run run = english().run("validate", GuideFixture.MINIMAL.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(GuideFixture.MINIMAL + ": no errors, no warnings.\n");
    }

    @Test
    void aYamlSyntaxErrorInACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "en: \"Hang up and stop writing to them\"", "en: Hang up: stop");

        Run run = english().run("validate", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(errLines(run))
                .containsExactly(guide.shown("steps.yaml") + ":" + guide.lineOf("steps.yaml", "Hang up: stop")
                        + ":18: a colon followed by a space inside a text: put the whole text in double quotes");
        assertThat(run.out()).isEqualTo(guide.dir() + ": 1 error, no warnings.\n");
    }

    @Test
    void aDanglingIdInACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("steps.yaml", "contacts: [pki]", "contacts: [pkii]");

        Run run = english().run("validate", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(errLines(run))
                .contains(guide.shown("steps.yaml") + ":" + guide.lineOf("steps.yaml", "[pkii]")
                        + ":16: steps[4].contacts[0]: no reference has the id 'pkii'; did you mean 'pki'?");
    }

    @Test
    void anUnconfirmedLinkUsedInAStepOfACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace(
                        "steps.yaml",
                        "ru: \"Подайте заявление через eGov, через eOtinish (eotinish.gov.kz)",
                        "ru: \"Подайте заявление через qatqor.gov.kz, через eOtinish (eotinish.gov.kz)");

        Run run = english().run("validate", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(errLines(run))
                .anyMatch(line -> line.startsWith(guide.shown("steps.yaml") + ":"
                                + guide.lineOf("steps.yaml", "через qatqor.gov.kz") + ":")
                        && line.contains("'qatqor.gov.kz' is unconfirmed"));
    }

    @Test
    void anUnknownKeyInACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("guide.yaml", "allowed_domains:", "allowed_domain:");

        Run run = english().run("validate", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(errLines(run))
                .containsExactly(guide.shown("guide.yaml") + ":" + guide.lineOf("guide.yaml", "allowed_domain:")
                        + ":1: allowed_domain: unknown key 'allowed_domain'; did you mean 'allowed_domains'?");
    }

    @Test
    void aMissingTranslationIsRefusedWithExit3() {
        GuideFixture guide =
                GuideFixture.copyOfMinimal(temp).replace("questions.yaml", "      ru: \"Деньги уже списаны?\"\n", "");

        Run run = english().run("validate", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(errLines(run))
                .containsExactly(guide.shown("questions.yaml") + ":"
                        + (guide.lineOf("questions.yaml", "Шотыңыздан ақша") - 1)
                        + ":5: questions[1].text.ru: no ru text: every text is"
                        + " written in each language of the guide (languages in guide.yaml)");
    }

    @Test
    void anUnsourcedNumberIsAWarningAndExitsZero() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("steps.yaml", "en: \"Call 102.\"", "en: \"Call 102, or the hotline 1450.\"");

        Run run = english().run("validate", guide.dir().toString());

        assertThat(run.code()).isZero();
        assertThat(errLines(run))
                .containsExactly(guide.shown("steps.yaml") + ":" + guide.lineOf("steps.yaml", "1450")
                        + ":39: steps[2].how[0].en: warning: the phone number 1450 is not among the references:"
                        + " declare it in references.yaml with its source");
        assertThat(run.out()).isEqualTo(guide.dir() + ": no errors, 1 warning.\n");
    }

    @Test
    void aMissingFolderIsOneLineAndExit3() {
        Run run = english().run("validate", temp.resolve("nowhere").toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(errLines(run)).containsExactly("qorgan: no guide folder '" + temp.resolve("nowhere") + "'.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyFolderGivenIsChecked() {
        GuideFixture broken = GuideFixture.copyOfDefault(temp).replace("steps.yaml", "urgency: now", "urgency: nw");

        Run run = english()
                .run("validate", GuideFixture.MINIMAL.toString(), broken.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out().lines())
                .containsExactly(
                        GuideFixture.MINIMAL + ": no errors, no warnings.", broken.dir() + ": 1 error, no warnings.");
        assertThat(run.err()).contains("'nw' is not a valid value here; did you mean 'now'?");
    }

    @Test
    void withoutAFolderTheBundledGuideIsChecked() {
        Run run = english().run("validate");

        assertThat(run.out()).startsWith("guides/default: ");
    }

    @Test
    void exhaustiveReportsTheCombinationsTried() {
        Run run = english().run("validate", "--exhaustive", GuideFixture.MINIMAL.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        GuideFixture.MINIMAL + ": no errors, no warnings.",
                        GuideFixture.MINIMAL
                                + ": 16 combinations of answers tried (standing for 16): every plan has steps and its documents render.");
    }

    @Test
    void exhaustivePrintsTheFirstFailingCombinationAsAnAnswersFile() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace(
                        "steps.yaml",
                        "  - id: hang_up\n    urgency: now\n",
                        "  - id: hang_up\n    urgency: now\n    when: {question: money_lost, is: yes}\n");

        Run run = english().run("validate", "--exhaustive", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .isEqualTo(guide.dir() + ": combination 15 fails: these answers give a plan with no"
                        + " step: add a step that always appears, or widen a condition. Its answers, as a file for qorgan plan --answers:\n"
                        + "answers:\n  disclosed:\n    - nothing\n  money_lost: false\n  want_report: true\n");
    }

    @Test
    void messagesFollowTheLanguageOption() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("guide.yaml", "allowed_domains:", "allowed_domain:");

        Run run = english().run("--lang", "kk", "validate", guide.dir().toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("белгісіз кілт «allowed_domain»; «allowed_domains» деген болар ма?");
        assertThat(run.out()).isEqualTo(guide.dir() + ": қате: 1, ескерту: 0.\n");
    }
}
