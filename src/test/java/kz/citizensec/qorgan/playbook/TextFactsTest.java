package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFactsTest {

    private static List<TextFacts.Fact> find(String text) {
        return TextFacts.find(text);
    }

    @Test
    void findsLinksBareDomainsAndEmails() {
        assertThat(find("Go to pki.gov.kz, then https://www.eGov.kz/cms/ru/. Write to info@citizensec.kz."))
                .extracting(TextFacts.Fact::kind, TextFacts.Fact::value, TextFacts.Fact::host)
                .containsExactly(
                        tuple(TextFacts.Kind.DOMAIN, "pki.gov.kz", "pki.gov.kz"),
                        tuple(TextFacts.Kind.URL, "egov.kz/cms/ru", "egov.kz"),
                        tuple(TextFacts.Kind.EMAIL, "info@citizensec.kz", "citizensec.kz"));
    }

    @Test
    void findsADomainWithAKazakhCaseEndingAndOneWithACyrillicLookAlike() {
        assertThat(find("1cb.kz сайтынан немесе egov.kz-тен алыңыз; рki.gov.kz сайтында"))
                .extracting(TextFacts.Fact::host)
                .containsExactly("1cb.kz", "egov.kz", "рki.gov.kz");
    }

    @Test
    void findsAMarkdownLinkOnce() {
        assertThat(find("[Egov.kz](http://egov.kz)"))
                .extracting(TextFacts.Fact::value)
                .containsExactly("egov.kz", "egov.kz");
    }

    @Test
    void findsPhoneNumbersInFullAndShortOnesWhereCallingIsMeant() {
        assertThat(
                        find(
                                "Call 102 or 112. For advice call the ARDFM line 1459. Their number was +7 (701) 234-56-78 or 8 702 111 22 33."))
                .filteredOn(f -> f.kind() == TextFacts.Kind.PHONE)
                .extracting(TextFacts.Fact::value)
                .containsExactly("102", "112", "1459", "77012345678", "77021112233");
    }

    @Test
    void findsShortNumbersInRussianAndKazakhContexts() {
        assertThat(find("Позвоните по номеру 102."))
                .extracting(TextFacts.Fact::value)
                .containsExactly("102");
        assertThat(find("ҚНРДА-ның «1459» байланыс нөмірі"))
                .extracting(TextFacts.Fact::value)
                .containsExactly("1459");
        assertThat(find("the SMS code from 1414"))
                .extracting(TextFacts.Fact::value)
                .containsExactly("1414");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call the bank about the transfer of 2026-11-20.",
                "Call the bank: they answer within 10–15 days.",
                "The line works 24/7.",
                "Call them about the 150 000 tenge you lost.",
                "Call if the amount was 1500 ₸ or more.",
                "Since the 2024 law, call the number on your card.",
                "The card number ends in **** 1234; call the bank.",
                "Pay 1,500 or 2.500 — call first.",
                "Within 15 working days the bureau answers.",
                "Amount in tenge, for example 150000",
                "It happened 3 days ago; 250 people were called."
            })
    void datesAmountsRangesAndYearsAreNotPhoneNumbers(String text) {
        assertThat(find(text)).filteredOn(f -> f.kind() == TextFacts.Kind.PHONE).isEmpty();
    }

    @Test
    void aShortNumberWithoutAnyWordOfCallingIsNotAPhoneNumber() {
        assertThat(find("Scammers took 500 from 1200 accounts.")).isEmpty();
    }

    @Test
    void findsLawArticlesInEnglishRussianAndKazakh() {
        assertThat(
                        find(
                                "art. 190 of the Criminal Code; Article 419; статья 190 УК; ст. 71 УПК; ҚР ҚПК 71-бабы; 232-1-бап"))
                .extracting(TextFacts.Fact::kind, TextFacts.Fact::value)
                .containsExactly(
                        tuple(TextFacts.Kind.ARTICLE, "190"),
                        tuple(TextFacts.Kind.ARTICLE, "419"),
                        tuple(TextFacts.Kind.ARTICLE, "190"),
                        tuple(TextFacts.Kind.ARTICLE, "71"),
                        tuple(TextFacts.Kind.ARTICLE, "71"),
                        tuple(TextFacts.Kind.ARTICLE, "232-1"));
    }

    @Test
    void wordsThatHappenToHoldDotsAreNotDomains() {
        assertThat(find("e.g. the plan.md file, т.б., 1.5 hours, Mr. Smith, report.ru.md.mustache"))
                .isEmpty();
    }

    @Test
    void theLinkOfAReferenceIsNormalised() {
        assertThat(TextFacts.linkOf("https://www.PKI.gov.kz/")).contains("pki.gov.kz");
        assertThat(TextFacts.linkOf("1cb.kz")).contains("1cb.kz");
        assertThat(TextFacts.linkOf("not a link")).isEmpty();
        assertThat(TextFacts.phoneDigits("8 (701) 234-56-78")).isEqualTo("77012345678");
        assertThat(TextFacts.phoneDigits("+7 701 234 56 78")).isEqualTo("77012345678");
    }
}
