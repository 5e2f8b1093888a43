package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.RandomText;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(Cases.class)
class TypedTextTest {

    @Test
    void removesTerminalEscapesControlsAndBidiOverrides() {
        String typed = "\u001B[2J\u001B[31mred\u001B[0m \u001B]0;title\u0007ok\u0000\u0007 a\u202Eb\u009B1m";
        assertThat(TypedText.clean(typed).text()).isEqualTo("red ok ab");
    }

    @Test
    void keepsLineBreaksAndTabsAndNormalisesCarriageReturns() {
        assertThat(TypedText.clean("one\r\ntwo\rthree\tfour").text()).isEqualTo("one\ntwo\nthree\tfour");
    }

    @Test
    void makesUnicodeLineAndParagraphSeparatorsLineBreaks() {
        assertThat(TypedText.clean("one:\u2028two\u2029three\u0085four").text()).isEqualTo("one:\ntwo\nthree\nfour");
    }

    @Test
    void keepsKazakhAndRussianLetters() {
        String typed = "Әсел Ғабитқызы, Қоңыр ұлы, Өтеміс, Үміт, Һ, Іле; Щёкин";
        assertThat(TypedText.clean(typed)).isEqualTo(new TypedText.Cleaned(typed, 0, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4111 1111 1111 1111|**** **** **** 1111",
        "4111-1111-1111-1111|****-****-****-1111",
        "карта 4111111111111111 банка|карта ************1111 банка",
        "5500 0000 0000 0004 and 4012888888881881|**** **** **** 0004 and ************1881",
    })
    void masksLuhnValidCardNumbersToTheLastFourDigits(String typed, String expected) {
        TypedText.Cleaned cleaned = TypedText.clean(typed);
        assertThat(cleaned.text()).isEqualTo(expected);
        assertThat(cleaned.maskedCards()).isPositive();
    }

    /** Found by the random-answers properties: digits typed just before a card hid it from the card check. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CVV 123 4111 1111 1111 1111|CVV **** **** **** **** 1111",
        "12 15 4111-1111-1111-1111|12 15 ****-****-****-1111",
        "7 4111111111111111|7 ************1111",
    })
    void masksACardThatOtherDigitsComeBefore(String typed, String expected) {
        TypedText.Cleaned cleaned = TypedText.clean(typed);
        assertThat(cleaned.text()).isEqualTo(expected);
        assertThat(cleaned.maskedCards()).isEqualTo(1);
        assertThat(TypedText.clean(cleaned.text()).text()).isEqualTo(cleaned.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4111 1111 1111 1112",          // fails Luhn
        "4400 43** **** 1234",          // already masked by the bank
        "IIN 900101300007",             // 12 digits: an IIN, not a card
        "+7 701 234 56 78",
        "150 000 тенге 2026-11-20",
    })
    void leavesOtherNumbersAlone(String typed) {
        assertThat(TypedText.clean(typed)).isEqualTo(new TypedText.Cleaned(typed, 0, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the code is 482913|the code is ****",
        "код 1234 сказала|код **** сказала",
        "кодты 5678 айттым|кодты **** айттым",
        "пароль: qwerty|пароль: ****",
        "password=hunter2!|password=****",
        "CVV 123|CVV ****",
        "құпиясөз: Almaty2024|құпиясөз: ****",
    })
    void masksWhatFollowsASecretWord(String typed, String expected) {
        TypedText.Cleaned cleaned = TypedText.clean(typed);
        assertThat(cleaned.text()).isEqualTo(expected);
        assertThat(cleaned.maskedSecrets()).isEqualTo(1);
        assertThat(cleaned.changedForSafety()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I got a code from 1414",
        "кодты айтып қойдым",
        "the code 2026 scheme",
        "код пришёл 20.11.2026",
    })
    void doesNotMaskMentionsOfCodesThatHoldNoSecret(String typed) {
        assertThat(TypedText.clean(typed).text()).isEqualTo(typed);
    }

    @RepeatedTest(value = 1000, failureThreshold = 1)
    void cleaningIsIdempotentAndLeavesNoControlCharacters(Case c) {
        String typed = c.chance(0.5) ? RandomText.typed(c, 300) : RandomText.anyString(c, 300);
        c.show("typed (Java escapes for controls)", () -> typed);

        String once = TypedText.clean(typed).text();
        assertThat(TypedText.clean(once)).isEqualTo(new TypedText.Cleaned(once, 0, 0));
        assertThat(once.chars()).noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t');
        assertThat(once).doesNotContain("\u001B", "\u009B", "\u007F", "\u202E");
    }
}
