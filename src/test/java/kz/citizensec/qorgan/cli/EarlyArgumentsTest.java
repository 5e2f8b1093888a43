package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.citizensec.qorgan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language guessed from the arguments and the system before picocli parses anything. */
class EarlyArgumentsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--lang kk|kk", "--lang=ru|ru", "plan --answers a.yaml --lang ru,kk|ru", "--lang=,kk|kk",
                "--lang de,kk|en", "--lang|en", "plan --answers --lang|en", "assess|en"
            })
    void theFirstLanguageOfLangIfQorganSpeaksIt(String line, String expected) {
        assertThat(EarlyArguments.forMessages(line.split(" "), Map.of())).isEqualTo(Lang.of(expected));
    }

    @Test
    void elseTheSystemsElseEnglish() {
        assertThat(EarlyArguments.forMessages(new String[] {"--lang", "de"}, Map.of("LANG", "kk_KZ.UTF-8")))
                .isEqualTo(Lang.KK);
        assertThat(EarlyArguments.forMessages(new String[0], Map.of("LC_ALL", "ru_RU.UTF-8", "LANG", "kk_KZ")))
                .isEqualTo(Lang.RU);
        assertThat(EarlyArguments.forMessages(new String[0], Map.of("LANG", "de_DE.UTF-8")))
                .isEqualTo(Lang.EN);
    }

    @Test
    void anOptionsValueWithASpaceOrAnEqualsSign() {
        String[] args = {"plan", "--answers", "my file.yaml", "--report-lang=kk"};
        assertThat(EarlyArguments.optionValue(args, "--answers")).contains("my file.yaml");
        assertThat(EarlyArguments.optionValue(args, "--report-lang")).contains("kk");
        assertThat(EarlyArguments.optionValue(args, "--lang")).isEmpty();
        assertThat(EarlyArguments.optionValue(new String[] {"plan", "--answers"}, "--answers"))
                .isEmpty();
    }
}
