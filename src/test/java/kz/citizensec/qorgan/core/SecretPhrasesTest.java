package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // English
                "the code is 482913|the code is ****",
                "code: 4 3 2 1|code: ****",
                "the code: 12 34 56|the code: ****",
                "password is qwerty|password is ****",
                "password=hunter2!|password=****",
                "the password was Almaty2024.|the password was ****.",
                "CVV 123|CVV ****",
                "my PIN 4321|my PIN ****",
                "OTP 918273 from the bank|OTP **** from the bank",
                "code from sms 552211|code from sms ****",
                "codes 1234 and 5678|codes **** and ****",
                "one-time code — 7788|one-time code — ****",
                "pin-code 0000|pin-code ****",
                // Russian
                "код 1234 сказала|код **** сказала",
                "пароль qwerty|пароль ****",
                "пароль: 1234|пароль: ****",
                "код из смс 123456|код из смс ****",
                "коды 1234 и 5678|коды **** и ****",
                "коды 1234, 5678 и 9012|коды ****, **** и ****",
                "код: 4 3 2 1|код: ****",
                "смс-код 5566|смс-код ****",
                "СМС код: 998877|СМС код: ****",
                "пин-код 4321|пин-код ****",
                "CVV-код 123|CVV-код ****",
                "мой пароль был Qwerty123|мой пароль был ****",
                "паролем 1234 не делитесь|паролем **** не делитесь",
                "кодом 9876 из смс|кодом **** из смс",
                "пришёл код 246810|пришёл код ****",
                "код пришёл: 246810|код пришёл: ****",
                "пароль: мойпароль|пароль: ****",
                // Kazakh
                "кодты 5678 айттым|кодты **** айттым",
                "123456 кодын айттым|**** кодын айттым",
                "1234 деген кодты айттым|**** деген кодты айттым",
                "құпиясөз: Almaty2024|құпиясөз: ****",
                "құпия сөз qwerty|құпия сөз ****",
                "құпиясөзім 9 8 7 6|құпиясөзім ****",
                "кодым 4321 болды|кодым **** болды",
                "1414-тен келген код 654321|1414-тен келген код ****",
                "кодтар 1234 және 5678|кодтар **** және ****",
                "смс код мынау 112233|смс код мынау ****",
                // Latin transliteration
                "kod 1234|kod ****",
                "parol: 1234|parol: ****",
                "kody 1234 i 5678|kody **** i ****",
                "kupiya soz: qwerty1|kupiya soz: ****",
                "sms kod 777888|sms kod ****",
                "parol Qwerty123|parol ****",
                "qupiya söz 5544|qupiya söz ****",
                "kodty 4455 aittym|kodty **** aittym",
                // the keyword glued to the word before it: a password word any, a code word bare
                "іmpassword: hunter2|іmpassword: ****",
                "mypassword is qwerty|mypassword is ****",
                "Rпароль=qwerty|Rпароль=****",
                "Ққұпиясөз: Almaty2024|Ққұпиясөз: ****",
                "the code is 482913password: hunter2|the code is **** ****",
                "smskod 1234|smskod ****",
                "ОхPIN 0000|ОхPIN ****",
                "парольқұпия сөз lcrb620|парольқұпия сөз ****",
                "кодтыkupiya soz: zhlqwmar322|кодтыkupiya soz: ****",
            })
    void masksTheSecretBesideItsWord(String typed, String expected) {
        SecretPhrases.Masked masked = SecretPhrases.mask(typed);
        assertThat(masked.text()).isEqualTo(expected);
        assertThat(masked.masked()).isPositive();
        assertThat(TypedText.clean(typed).text()).isEqualTo(expected);
        assertThat(SecretPhrases.mask(expected)).isEqualTo(new SecretPhrases.Masked(expected, 0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "I got a code from 1414",
                "код с 1414 не сообщала",
                "кодты айтып қойдым",
                "the code 2026 scheme",
                "код пришёл 20.11.2026",
                "password is changed",
                "the password was reset",
                "пароль сменила",
                "пароль был изменён",
                "по статье 190 Уголовного кодекса",
                "2 кода",
                "code 12",
                "кодировка UTF8",
                "коды **** и ****",
                "Skoda 777",
            })
    void leavesMentionsThatHoldNoSecretAlone(String typed) {
        assertThat(SecretPhrases.mask(typed)).isEqualTo(new SecretPhrases.Masked(typed, 0));
    }
}
