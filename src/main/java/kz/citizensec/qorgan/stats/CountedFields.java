package kz.citizensec.qorgan.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a count line may hold, field by field: the allowlist itself. A line is built from these
 * values only and read back against them, so that nothing a person typed (a name, an IIN, a phone,
 * a story, a recipient, an exact amount) can reach it, whatever the guide or the answers hold.
 * The question and option ids are those of the guide contract (guides/README.md); an option a
 * guide adds is counted as {@link #OTHER}.
 */
public final class CountedFields {

    public static final String DAY = "day";
    public static final String LANG = "lang";
    public static final String IMPERSONATED = "impersonated";
    public static final String CHANNEL = "channel";
    public static final String DISCLOSED = "disclosed";
    public static final String MONEY_LOST = "money_lost";
    public static final String AMOUNT = "amount";
    public static final String LOANS = "loans";
    public static final String REPORT = "report";

    /** A question the person was not asked, or did not answer. */
    public static final String UNANSWERED = "unanswered";
    /** An option the guide has and this list does not. */
    public static final String OTHER = "other";

    private static final List<String> YES_NO = List.of("yes", "no");

    /** The fields after {@link #DAY}, in the order a line has them, each with the values it may take. */
    static final Map<String, List<String>> VALUES = values();

    private CountedFields() {}

    private static Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(LANG, List.of("kk", "ru", "en", OTHER));
        values.put(
                IMPERSONATED,
                List.of("bank", "police", "government", "delivery", "telecom", "relative", OTHER, UNANSWERED));
        values.put(
                CHANNEL,
                List.of(
                        "phone_call",
                        "messenger_call",
                        "video_call",
                        "sms_or_chat",
                        "link_or_site",
                        OTHER,
                        UNANSWERED));
        values.put(
                DISCLOSED,
                List.of(
                        "egov_code",
                        "eds",
                        "bank_code",
                        "card",
                        "password",
                        "remote_app",
                        "documents",
                        "nothing",
                        OTHER));
        values.put(MONEY_LOST, List.of("yes", "no", UNANSWERED));
        values.put(AMOUNT, AmountBand.IDS);
        values.put(LOANS, List.of("yes", "no", "unknown", UNANSWERED));
        values.put(REPORT, YES_NO);
        return Map.copyOf(values);
    }

    /** Every field a line has, in order. */
    public static final List<String> FIELDS =
            List.of(DAY, LANG, IMPERSONATED, CHANNEL, DISCLOSED, MONEY_LOST, AMOUNT, LOANS, REPORT);

    /** The values {@code field} may take ({@link #DISCLOSED}: each of its list). */
    public static List<String> allowed(String field) {
        return VALUES.getOrDefault(field, List.of());
    }

    /** {@code id} if the field allows it, else {@link #OTHER}. */
    static String allowedOrOther(String field, String id) {
        return allowed(field).contains(id) ? id : OTHER;
    }
}
