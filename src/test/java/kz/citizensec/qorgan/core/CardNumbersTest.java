package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the separators people use, one at a time and doubled
                "4111 1111 1111 1111|**** **** **** 1111",
                "4111  1111  1111  1111|****  ****  ****  1111",
                "4111\u00A01111\u00A01111\u00A01111|****\u00A0****\u00A0****\u00A01111",
                "4111\u202F1111\u2009 1111\u30001111|****\u202F****\u2009 ****\u30001111",
                "4111.1111.1111.1111|****.****.****.1111",
                "4111/1111/1111/1111|****/****/****/1111",
                "4111_1111_1111_1111|****_****_****_1111",
                "4111 - 1111 - 1111 - 1111|**** - **** - **** - 1111",
                "4111-1111-1111-1111|****-****-****-1111",
                "4111111111111111|************1111",
                "(4111) 1111, 1111; 1111|(****) ****, ****; 1111",
                // digits of other scripts
                "４１１１ １１１１ １１１１ １１１１|**** **** **** １１１１",
                "٤١١١١١١١١١١١١١١١|************١١١١",
                "४१११ ११११ ११११ ११११|**** **** **** ११११",
                // lengths from 13 to 19, the usual groupings
                "4222 2222 2222 2|**** **** *222 2",
                "3782 822463 10005|**** ****** *0005",
                "6222 0210 0000 0000 009|**** **** **** ***0 009",
                "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1|* * * * * * * * * * * * 1 1 1 1",
                // glued to words
                "карта4111111111111111банка|карта************1111банка",
                // an expiry and a CVV right after the number
                "4111 1111 1111 1111 12/27|**** **** **** 1111 **/**",
                "4111 1111 1111 1111 12/2027 123|**** **** **** 1111 **/**** ***",
                "4111 1111 1111 1111, 12.27, 123|**** **** **** 1111, **.**, ***",
                "4111111111111111 123|************1111 ***",
                "3782 822463 10005 1234|**** ****** *0005 ****",
                // two cards, one after the other
                "4111 1111 1111 1111, 5500 0000 0000 0004|**** **** **** 1111, **** **** **** 0004",
                "5500 0000 0000 0004 and 4012888888881881|**** **** **** 0004 and ************1881",
            })
    void masksACardNumberWhateverItsSeparatorsAndDigits(String typed, String expected) {
        CardNumbers.Masked masked = CardNumbers.mask(typed);
        assertThat(masked.text()).isEqualTo(expected);
        assertThat(masked.masked()).isPositive();
        assertThat(CardNumbers.mask(masked.text())).isEqualTo(new CardNumbers.Masked(masked.text(), 0));
    }

    /**
     * A card's last four digits, kept, and the digits after them can be another Luhn-valid run:
     * it is masked at once, so that masking again changes nothing (seeds 858732298888 and
     * 531392003070 of TypedTextTest's idempotence property).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3913  5665  9622  06575066/6201/9004/0231/289|3913  ****  ****  ********/****/****/***1/289",
                "2001 6796 3649 9630 - 3508.1715.7595|**** **** **** **** - ****.****.7595",
            })
    void aCardThatBeginsInTheLastDigitsOfAnotherIsMaskedAtOnce(String typed, String expected) {
        CardNumbers.Masked masked = CardNumbers.mask(typed);
        assertThat(masked).isEqualTo(new CardNumbers.Masked(expected, 2));
        assertThat(CardNumbers.mask(expected)).isEqualTo(new CardNumbers.Masked(expected, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4111 1111 1111 1112", // fails Luhn
                "4400 43** **** 1234", // masked by the bank
                "**** **** **** 1111",
                "IIN 900101300007", // 12 digits
                "+7 701 234 56 78, +7 702 111 22 33", // phone numbers
                "150 000 тенге 2026-11-20",
                "20.11.2026, 21.11.2026", // two dates: 16 digits, Luhn-valid or not
                "2026-11-20 2026-11-21",
                "2026-11-20 2026-11-20",
                "4111 1111 бір 1111 1111", // a word between the groups
                "4111 1111          1111 1111", // too far apart to be one number
            })
    void leavesOtherNumbersAlone(String typed) {
        assertThat(CardNumbers.mask(typed)).isEqualTo(new CardNumbers.Masked(typed, 0));
    }

    @Test
    void aNumberSplitByInvisibleCharactersIsMaskedOnceTheyAreCleaned() {
        assertThat(TypedText.clean("4111\u200B1111\u200D1111\uFEFF1111").text()).isEqualTo("************1111");
    }

    @Test
    void luhnAcceptsOnlyThirteenToNineteenDigits() {
        assertThat(CardNumbers.luhnValid("4111111111111111")).isTrue();
        assertThat(CardNumbers.luhnValid("4111111111111112")).isFalse();
        assertThat(CardNumbers.luhnValid("000000000000")).isFalse();
        assertThat(CardNumbers.luhnValid("00000000000000000000")).isFalse();
    }
}
