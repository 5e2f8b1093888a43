package kz.citizensec.qorgan.answers;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerParserTest {

    static Guide guide;

    private final AnswerParser english = new AnswerParser(Lang.EN, TODAY);

    @BeforeAll
    static void loadGuide() {
        guide = new GuideLoader(Lang.EN).load(GuideSource.bundled());
    }

    static Question question(String id) {
        return guide.question(id).orElseThrow();
    }

    static Question field(String group, String id) {
        return question(group).field(id).orElseThrow();
    }

    private static Answer ok(Parsed parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Ok.class);
        return ((Parsed.Ok) parsed).answer();
    }

    private static String invalid(Parsed parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Invalid.class);
        return ((Parsed.Invalid) parsed).message();
    }

    @ParameterizedTest
    @CsvSource({
        "en,yes,true",
        "en,Y,true",
        "en,1,true",
        "en,no,false",
        "en,2,false",
        "ru,да,true",
        "ru,Нет,false",
        "ru,yes,true",
        "kk,иә,true",
        "kk,жоқ,false",
        "kk,ИӘ,true"
    })
    void readsYesAndNoInTheChosenLanguageAndEnglish(String lang, String typed, boolean expected) {
        assertThat(ok(new AnswerParser(Lang.of(lang), TODAY).parse(question("in_contact"), typed)))
                .isEqualTo(new Answer.YesNo(expected));
    }

    @Test
    void refusesAnythingElseForYesNo() {
        assertThat(invalid(english.parse(question("in_contact"), "maybe"))).contains("yes or no");
        assertThat(invalid(new AnswerParser(Lang.KK, TODAY).parse(question("in_contact"), "3")))
                .contains("«Иә»");
    }

    @Test
    void readsASingleChoiceByNumberOrId() {
        assertThat(ok(english.parse(question("impersonated"), "2"))).isEqualTo(new Answer.Choice("police"));
        assertThat(ok(english.parse(question("impersonated"), " bank "))).isEqualTo(new Answer.Choice("bank"));
        assertThat(invalid(english.parse(question("impersonated"), "8"))).contains("from 1 to 7");
        assertThat(invalid(english.parse(question("impersonated"), "1 2"))).contains("from 1 to 7");
    }

    @Test
    void readsSeveralChoicesInTheGuidesOrder() {
        assertThat(ok(english.parse(question("disclosed"), "3 1,2")))
                .isEqualTo(new Answer.Choices(Set.of("egov_code", "eds", "bank_code")));
        assertThat(((Answer.Choices) ok(english.parse(question("disclosed"), "3 1 1"))).ids())
                .containsExactly("egov_code", "bank_code");
        assertThat(ok(english.parse(question("disclosed"), "eds remote_app")))
                .isEqualTo(new Answer.Choices(Set.of("eds", "remote_app")));
    }

    @Test
    void refusesAnExclusiveOptionWithOthers() {
        assertThat(ok(english.parse(question("disclosed"), "8"))).isEqualTo(new Answer.Choices(Set.of("nothing")));
        assertThat(invalid(english.parse(question("disclosed"), "1 8"))).contains("cannot be chosen together");
        assertThat(invalid(english.parse(question("disclosed"), "1 9"))).contains("from 1 to 8");
    }

    @ParameterizedTest
    @CsvSource({"2026-11-20,2026-11-20", "20.11.2026,2026-11-20", "1.2.2025,2025-02-01", "2026-11-28,2026-11-28"})
    void readsDatesInBothCommonForms(String typed, String expected) {
        assertThat(ok(english.parse(question("incident_date"), typed)))
                .isEqualTo(new Answer.Date(LocalDate.parse(expected)));
    }

    @Test
    void readsTodayAndYesterdayInEachLanguage() {
        assertThat(ok(english.parse(question("incident_date"), "Yesterday")))
                .isEqualTo(new Answer.Date(TODAY.minusDays(1)));
        assertThat(ok(new AnswerParser(Lang.RU, TODAY).parse(question("incident_date"), "сегодня")))
                .isEqualTo(new Answer.Date(TODAY));
        assertThat(ok(new AnswerParser(Lang.KK, TODAY).parse(question("incident_date"), "кеше")))
                .isEqualTo(new Answer.Date(TODAY.minusDays(1)));
    }

    @Test
    void refusesFutureAndImpossibleDates() {
        assertThat(invalid(english.parse(question("incident_date"), "2026-11-29")))
                .contains("29.11.2026", "future", "28.11.2026");
        assertThat(invalid(english.parse(question("incident_date"), "2026-02-30")))
                .contains("no such date");
        assertThat(invalid(english.parse(question("incident_date"), "31.02.2026")))
                .contains("no such date");
        assertThat(invalid(english.parse(question("incident_date"), "last week")))
                .contains("DD.MM.YYYY");
        assertThat(invalid(new AnswerParser(Lang.RU, TODAY).parse(question("incident_date"), "31.12.2027")))
                .contains("ещё не наступила");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "150000|150000",
                "150 000|150000",
                "150 000,50|150000.50",
                "1,500.75|1500.75",
                "150000 тг|150000",
                "150 000 ₸|150000",
                "1.500.000|1500000",
                "0,5|0.5"
            })
    void readsAmountsAsPeopleWriteThem(String typed, String expected) {
        assertThat(ok(english.parse(field("transactions", "amount"), typed)))
                .isEqualTo(new Answer.Money(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "abc", "1,2,3", "10.1234", "5 000 000 000 000"})
    void refusesAmountsThatAreNotPositiveTenge(String typed) {
        assertThat(invalid(english.parse(field("transactions", "amount"), typed)))
                .contains("greater than 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101300007", "061211600012", "9001 0130 0007"})
    void acceptsIinsWithAValidCheckDigit(String typed) {
        assertThat(ok(english.parse(question("applicant_iin"), typed)))
                .isEqualTo(new Answer.Text(typed.replace(" ", "")));
    }

    @Test
    void refusesIinsOfTheWrongLengthOrCheckDigit() {
        assertThat(invalid(english.parse(question("applicant_iin"), "90010130000")))
                .contains("12 digits", "11");
        assertThat(invalid(english.parse(question("applicant_iin"), "900101300008")))
                .contains("check digit");
        assertThat(invalid(new AnswerParser(Lang.KK, TODAY).parse(question("applicant_iin"), "900101300008")))
                .contains("ЖСН");
    }

    @ParameterizedTest
    @ValueSource(strings = {"950515500016", "901301300007", "900132300006"})
    void refusesAnIinWhoseFirstSevenDigitsAreNoBirthDateOrOneToCome(String typed) {
        // Each passes its check digit: born in 2095, in a 13th month, on a 32nd day.
        assertThat(invalid(english.parse(question("applicant_iin"), typed))).contains("not a birth date");
        assertThat(invalid(new AnswerParser(Lang.RU, TODAY).parse(question("applicant_iin"), typed)))
                .contains("дату рождения");
    }

    @Test
    void anIinWhoseSeventhDigitIsNoCenturyIsJudgedByItsCheckDigitAlone() {
        assertThat(ok(english.parse(question("applicant_iin"), "900101000008")))
                .isEqualTo(new Answer.Text("900101000008"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+7 701 234 56 78",
                "87012345678",
                "8 (701) 234-56-78",
                "+77012345678",
                "7012345678",
                "7 701 234 56 78"
            })
    void normalisesPhoneNumbers(String typed) {
        assertThat(ok(english.parse(question("applicant_phone"), typed)))
                .isEqualTo(new Answer.Text("+7 701 234 56 78"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+1 212 555 0100", "+7 701 234 56 789", "phone"})
    void refusesWhatIsNotAKazakhstanNumber(String typed) {
        assertThat(invalid(english.parse(question("applicant_phone"), typed))).contains("+7");
    }

    @Test
    void cleansFreeTextAndSaysWhyItMaskedSomething() {
        Parsed parsed = new AnswerParser(Lang.RU, TODAY)
                .parse(
                        question("story"),
                        "Позвонили \u001B[31mиз банка\u001B[0m, я назвала код 482913 и карту 4111 1111 1111 1111");
        assertThat(parsed).isInstanceOfSatisfying(Parsed.Ok.class, ok -> {
            assertThat(ok.answer())
                    .isEqualTo(new Answer.Text("Позвонили из банка, я назвала код **** и карту **** **** **** 1111"));
            assertThat(ok.notices()).hasSize(2).anySatisfy(n -> assertThat(n).contains("карты"));
        });
    }

    @Test
    void refusesEmptyAndOverlongText() {
        assertThat(invalid(english.parse(question("applicant_name"), "   "))).contains("answer is needed");
        assertThat(invalid(english.parse(question("applicant_name"), "x".repeat(AnswerParser.MAX_TEXT + 1))))
                .contains(String.valueOf(AnswerParser.MAX_TEXT));
    }

    @Test
    void readsATextListOnePerLine() {
        assertThat(ok(english.parse(question("scammer_contacts"), "+7 700 000 00 00\n\n  wa.me/77000000000 \n")))
                .isEqualTo(new Answer.TextList(List.of("+7 700 000 00 00", "wa.me/77000000000")));
        assertThat(invalid(english.parse(question("scammer_contacts"), "\n \n")))
                .contains("answer is needed");
    }

    @Test
    void keepsNoSpaceThatRemovingAControlCharacterUncovers() {
        assertThat(ok(english.parse(question("applicant_name"), "\u0007 Әсел\t\u001B[0m")))
                .isEqualTo(new Answer.Text("Әсел"));
    }

    @Test
    void takesAnyLineBreakInATextListAsTheEndOfAnItem() {
        assertThat(ok(english.parse(
                        question("scammer_contacts"), "+7 700 000 00 00\rwa.me/77000000000\r\nt.me/x\u2028@y")))
                .isEqualTo(new Answer.TextList(List.of("+7 700 000 00 00", "wa.me/77000000000", "t.me/x", "@y")));
    }
}
