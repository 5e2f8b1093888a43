package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box: the real command line, with captured streams. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Environment environment = new Environment(
                new PrintWriter(out),
                new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]),
                Map.of("LANG", "en_US.UTF-8"),
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
        return new Main(environment).run(args);
    }

    private String[] errLines() {
        return err.toString().lines().toArray(String[]::new);
    }

    @Test
    void aCompleteGuideValidatesWithExitZero() {
        int code = run("validate", GuideFixture.MINIMAL.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo(GuideFixture.MINIMAL + ": no errors, no warnings.\n");
    }

    @Test
    void aYamlSyntaxErrorInACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide = GuideFixture.copyOfDefault(temp)
                .replace("steps.yaml", "en: \"Hang up and stop writing to them\"", "en: Hang up: stop");

        int code = run("validate", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(errLines())
                .containsExactly(guide.shown("steps.yaml") + ":" + guide.lineOf("steps.yaml", "Hang up: stop")
                        + ":18: a colon followed by a space inside a text: put the whole text in double quotes");
        assertThat(out.toString()).isEqualTo(guide.dir() + ": 1 error, no warnings.\n");
    }

    @Test
    void aDanglingIdInACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("steps.yaml", "contacts: [pki]", "contacts: [pkii]");

        int code = run("validate", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(errLines())
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

        int code = run("validate", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(errLines())
                .anyMatch(line -> line.startsWith(guide.shown("steps.yaml") + ":"
                                + guide.lineOf("steps.yaml", "через qatqor.gov.kz") + ":")
                        && line.contains("'qatqor.gov.kz' is unconfirmed"));
    }

    @Test
    void anUnknownKeyInACopyOfTheDefaultGuideIsRefusedWithExit3() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("guide.yaml", "allowed_domains:", "allowed_domain:");

        int code = run("validate", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(errLines())
                .containsExactly(guide.shown("guide.yaml") + ":" + guide.lineOf("guide.yaml", "allowed_domain:")
                        + ":1: allowed_domain: unknown key 'allowed_domain'; did you mean 'allowed_domains'?");
    }

    @Test
    void aMissingTranslationIsRefusedWithExit3() {
        GuideFixture guide =
                GuideFixture.copyOfMinimal(temp).replace("questions.yaml", "      ru: \"Деньги уже списаны?\"\n", "");

        int code = run("validate", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(errLines())
                .containsExactly(guide.shown("questions.yaml") + ":"
                        + (guide.lineOf("questions.yaml", "Шотыңыздан ақша") - 1)
                        + ":5: questions[1].text.ru: no ru text: every text is"
                        + " written in each language of the guide (languages in guide.yaml)");
    }

    @Test
    void anUnsourcedNumberIsAWarningAndExitsZero() {
        GuideFixture guide = GuideFixture.copyOfMinimal(temp)
                .replace("steps.yaml", "en: \"Call 102.\"", "en: \"Call 102, or the hotline 1450.\"");

        int code = run("validate", guide.dir().toString());

        assertThat(code).isZero();
        assertThat(errLines())
                .containsExactly(guide.shown("steps.yaml") + ":" + guide.lineOf("steps.yaml", "1450")
                        + ":39: steps[2].how[0].en: warning: the phone number 1450 is not among the references:"
                        + " declare it in references.yaml with its source");
        assertThat(out.toString()).isEqualTo(guide.dir() + ": no errors, 1 warning.\n");
    }

    @Test
    void aMissingFolderIsOneLineAndExit3() {
        int code = run("validate", temp.resolve("nowhere").toString());

        assertThat(code).isEqualTo(3);
        assertThat(errLines()).containsExactly("qorgan: no guide folder '" + temp.resolve("nowhere") + "'.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void everyFolderGivenIsChecked() {
        GuideFixture broken = GuideFixture.copyOfDefault(temp).replace("steps.yaml", "urgency: now", "urgency: nw");

        int code = run("validate", GuideFixture.MINIMAL.toString(), broken.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString().lines())
                .containsExactly(
                        GuideFixture.MINIMAL + ": no errors, no warnings.", broken.dir() + ": 1 error, no warnings.");
        assertThat(err.toString()).contains("'nw' is not a valid value here; did you mean 'now'?");
    }

    @Test
    void withoutAFolderTheBundledGuideIsChecked() {
        run("validate");

        assertThat(out.toString()).startsWith("guides/default: ");
    }

    @Test
    void exhaustiveReportsTheCombinationsTried() {
        int code = run("validate", "--exhaustive", GuideFixture.MINIMAL.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines())
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

        int code = run("validate", "--exhaustive", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString())
                .isEqualTo(guide.dir() + ": combination 15 fails: these answers give a plan with no"
                        + " step: add a step that always appears, or widen a condition. Its answers, as a file for qorgan plan --answers:\n"
                        + "answers:\n  disclosed:\n    - nothing\n  money_lost: false\n  want_report: true\n");
    }

    @Test
    void messagesFollowTheLanguageOption() {
        GuideFixture guide =
                GuideFixture.copyOfDefault(temp).replace("guide.yaml", "allowed_domains:", "allowed_domain:");

        int code = run("--lang", "kk", "validate", guide.dir().toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("белгісіз кілт «allowed_domain»; «allowed_domains» деген болар ма?");
        assertThat(out.toString()).isEqualTo(guide.dir() + ": қате: 1, ескерту: 0.\n");
    }
}
