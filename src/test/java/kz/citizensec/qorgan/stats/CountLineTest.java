package kz.citizensec.qorgan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import kz.citizensec.qorgan.stats.CountLine.Reason;
import org.junit.jupiter.api.Test;

/** A line that is not exactly a count is refused, never summed; a personal-looking one first of all. */
class CountLineTest {

    private static final String GOOD = "{\"day\":\"2026-11-28\",\"lang\":\"kk\",\"impersonated\":\"bank\","
            + "\"channel\":\"phone_call\",\"disclosed\":[\"bank_code\",\"card\"],\"money_lost\":\"yes\","
            + "\"amount\":\"under_500000\",\"loans\":\"unknown\",\"report\":\"yes\"}";

    private static CountLine.Read read(String line) {
        return CountLine.read(line);
    }

    private static String with(String field, String json) {
        return GOOD.replaceFirst("\"" + field + "\":(\\[[^]]*]|\"[^\"]*\")", "\"" + field + "\":" + json);
    }

    @Test
    void aCountReadsBack() {
        assertThat(read(GOOD)).isInstanceOf(CountLine.Counted.class);
        assertThat(((CountLine.Counted) read(GOOD)).count().toJson()).isEqualTo(GOOD);
    }

    @Test
    void personalLookingValuesAreRefused() {
        for (String value : new String[] {
            "\"880215300123\"",
            "\"+7 701 234 56 78\"",
            "\"87012345678\"",
            "\"4400 4301 2345 6789\"",
            "\"4400-4301-2345-6789\"",
            "\"(701) 234-56-78\""
        }) {
            assertThat(read(with("impersonated", value)))
                    .as(value)
                    .isEqualTo(new CountLine.Refused(Reason.PERSONAL, ""));
        }
        assertThat(read(GOOD.replace("}", ",\"x\":880215300123}")))
                .isEqualTo(new CountLine.Refused(Reason.PERSONAL, ""));
    }

    @Test
    void unknownMissingAndUnallowedFieldsAreRefusedWithoutRepeatingWhatTheyHold() {
        assertThat(read(GOOD.replace("}", ",\"name\":\"Aigerim\"}")))
                .isEqualTo(new CountLine.Refused(Reason.UNKNOWN_FIELD, ""));
        assertThat(read(GOOD.replace(",\"loans\":\"unknown\"", "")))
                .isEqualTo(new CountLine.Refused(Reason.MISSING_FIELD, "loans"));
        assertThat(read(with("lang", "\"Aigerim\""))).isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "lang"));
        assertThat(read(with("day", "\"2026-11-28T10:15\"")))
                .isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "day"));
        assertThat(read(with("day", "\"2026-02-30\""))).isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "day"));
        assertThat(read(with("amount", "\"150000\""))).isInstanceOf(CountLine.Refused.class);
        assertThat(read(with("amount", "150"))).isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "amount"));
        assertThat(read(with("disclosed", "[\"card\",\"card\"]")))
                .isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "disclosed"));
        assertThat(read(with("disclosed", "[\"card\",\"a story\"]")))
                .isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "disclosed"));
        assertThat(read(with("report", "true"))).isEqualTo(new CountLine.Refused(Reason.NOT_ALLOWED, "report"));
    }

    @Test
    void whatIsNotOneJsonObjectIsRefused() {
        assertThat(read("not json")).isEqualTo(new CountLine.Refused(Reason.NOT_JSON, ""));
        assertThat(read("[1,2]")).isEqualTo(new CountLine.Refused(Reason.NOT_JSON, ""));
        assertThat(read(GOOD + " {}")).isEqualTo(new CountLine.Refused(Reason.NOT_JSON, ""));
        assertThat(read(GOOD.replace("{", "{\"lang\":\"Aigerim\",")))
                .isEqualTo(new CountLine.Refused(Reason.NOT_JSON, ""));
        assertThat(read(GOOD.replace("}", ",\"pad\":\"" + "x".repeat(CountLine.MAX_LENGTH) + "\"}")))
                .isEqualTo(new CountLine.Refused(Reason.TOO_LONG, ""));
    }
}
