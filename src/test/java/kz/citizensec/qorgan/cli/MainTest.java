package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box tests of the command line: exit codes, streams, languages. */
class MainTest {

    @Test
    void helpListsTheOptionsAndExitCodes() {
        Run run = cli().run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: qorgan", "--lang", "--version", "130 interrupted");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"kk,Қолданылуы,Шығу кодтары", "ru,Использование,Коды выхода", "en,Usage,Exit codes"})
    void helpSpeaksTheLanguageOfLangOrOfTheSystem(String lang, String usage, String exitCodes) {
        assertThat(cli().run("--lang", lang, "--help").out()).contains(usage, exitCodes);
        assertThat(cli().env(Map.of("LANG", lang + "_KZ.UTF-8")).run("--help").out())
                .contains(usage, exitCodes);
    }

    @Test
    void anUnsupportedSystemLanguageFallsBackToEnglish() {
        assertThat(cli().env(Map.of("LANG", "de_DE.UTF-8")).run("--help").out()).contains("Usage: qorgan");
        assertThat(cli().env(Map.of("LC_ALL", "ru_RU.UTF-8", "LANG", "en_US.UTF-8"))
                        .run("--help")
                        .out())
                .contains("Использование");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|plan|qorgan: --answers=FILE is needed here.",
                "ru|plan|qorgan: здесь нужен --answers=FILE.",
                "kk|desk|qorgan: мұнда --out=DIR керек.",
                "en|plan --answers|qorgan: --answers=FILE is needed here.",
                "ru|validate --exhaustive --exhaustive|qorgan: --exhaustive указан дважды; укажите его один раз.",
                "kk|plan --answers a.yaml --force=yes|qorgan: пәрмен жолында қате бар: "
            })
    void aMissingOrRepeatedOptionIsExitTwoWithOneLineInTheUsersLanguage(String lang, String line, String message) {
        String[] args = (line + " --lang " + lang).split(" ");
        Run run = cli().run(args);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first).startsWith(message));
        assertThat(run.err().lines().count()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"--version,", "-V,", "plan,--version", "validate,-V", "assess,--version"})
    void versionIsPrintedByEveryCommand(String first, String second) {
        Run run = second == null ? cli().run(first) : cli().run(first, second);
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("qorgan \\d+\\.\\d+\\.\\d+.*\\R");
    }

    @ParameterizedTest
    @CsvSource({"plan,--help,Usage: qorgan plan", "desk,-h,Usage: qorgan desk"})
    void everyCommandHasItsHelp(String command, String option, String usage) {
        Run run = cli().run("--lang", "en", command, option);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(usage, "--lang=LANG", "--verbose", "130 interrupted");
    }

    @Test
    void theRootsOptionsWorkBeforeAndAfterTheCommand() {
        Run before = cli().run("--lang", "ru", "validate", "--bogus");
        Run after = cli().run("validate", "--bogus", "--lang", "ru");
        assertThat(before.err()).contains("неизвестный параметр");
        assertThat(after.err()).isEqualTo(before.err());
        assertThat(cli().run("validate", "/no/such/guide", "--lang", "kk").err())
                .contains("/no/such/guide");
        assertThat(cli().run("--lang", "kk", "validate", "/no/such/guide").err())
                .isEqualTo(
                        cli().run("validate", "/no/such/guide", "--lang", "kk").err())
                .doesNotContain("no guide folder");
    }

    @ParameterizedTest
    @CsvSource({
        "en,--bogus,unknown option '--bogus'",
        "ru,--bogus,неизвестный параметр «--bogus»",
        "kk,--bogus,белгісіз параметр «--bogus»"
    })
    void aBadCommandLineIsExitTwoWithOneLineInTheUsersLanguage(String lang, String arg, String message) {
        Run run = cli().run("--lang", lang, arg);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).contains("qorgan: " + message + ".");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|plna|qorgan: unexpected argument 'plna'. Did you mean 'plan'?",
                "ru|plna|Возможно, вы имели в виду «plan»?",
                "kk|valdate|«validate» болуы мүмкін бе?",
                "en|--lagn|Did you mean '--lang'?"
            })
    void aMistypedCommandOrOptionGetsDidYouMean(String lang, String typed, String says) {
        Run run = cli().env(Map.of("LANG", lang + "_KZ.UTF-8")).run(typed);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).get().asString().contains(says);
    }
}
