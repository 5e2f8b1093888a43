package kz.citizensec.qorgan.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of a counts file back, refusing rather than summing what is not exactly a count:
 * a line that looks as if it held personal data, a field not in {@link CountedFields}, a missing
 * field, or a value the field does not allow. A hand-edited or foreign file is thus never summed
 * into the organisation's figures, nor its personal data carried along.
 */
public final class CountLine {

    /** Longer than any count line can be: a longer one is not read at all. */
    public static final int MAX_LENGTH = 1024;

    /** Digits, possibly grouped by spaces, dashes, dots or brackets, as numbers are written. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\-().]*\\d");
    /** Ten digits or more: a phone (10 or 11), an IIN (12), a card (13 to 19). A day has 8. */
    private static final int PERSONAL_DIGITS = 10;
    /** A field given twice, or anything after the object, is not a count line either. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public enum Reason {
        TOO_LONG,
        PERSONAL,
        NOT_JSON,
        UNKNOWN_FIELD,
        MISSING_FIELD,
        NOT_ALLOWED
    }

    /** What one line holds. */
    public sealed interface Read {}

    public record Counted(VisitorCount count) implements Read {}

    /** @param field the field concerned when it is one of the count's; never a value, nor a field not ours */
    public record Refused(Reason reason, String field) implements Read {}

    private CountLine() {}

    public static Read read(String line) {
        if (line.length() > MAX_LENGTH) {
            return new Refused(Reason.TOO_LONG, "");
        }
        if (looksPersonal(line)) {
            return new Refused(Reason.PERSONAL, "");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Refused(Reason.NOT_JSON, "");
        }
        if (node == null || !node.isObject()) {
            return new Refused(Reason.NOT_JSON, "");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CountedFields.FIELDS.contains(name)) {
                // Not named: a field's name can be personal data as well as its value.
                return new Refused(Reason.UNKNOWN_FIELD, "");
            }
        }
        for (String field : CountedFields.FIELDS) {
            if (!node.has(field)) {
                return new Refused(Reason.MISSING_FIELD, field);
            }
        }
        for (String field : CountedFields.FIELDS) {
            if (!allowed(field, node.get(field))) {
                return new Refused(Reason.NOT_ALLOWED, field);
            }
        }
        List<String> disclosed = new ArrayList<>();
        node.get(CountedFields.DISCLOSED).forEach(id -> disclosed.add(id.asText()));
        return new Counted(new VisitorCount(
                LocalDate.parse(node.get(CountedFields.DAY).asText()),
                text(node, CountedFields.LANG),
                text(node, CountedFields.IMPERSONATED),
                text(node, CountedFields.CHANNEL),
                disclosed,
                text(node, CountedFields.MONEY_LOST),
                AmountBand.values()[AmountBand.IDS.indexOf(text(node, CountedFields.AMOUNT))],
                text(node, CountedFields.LOANS),
                text(node, CountedFields.REPORT).equals("yes")));
    }

    /** Whether the line holds a number as long as a phone, an IIN or a card's. */
    static boolean looksPersonal(String line) {
        Matcher number = NUMBER.matcher(line);
        while (number.find()) {
            if (number.group().chars().filter(Character::isDigit).count() >= PERSONAL_DIGITS) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(String field, JsonNode value) {
        if (field.equals(CountedFields.DAY)) {
            return value.isTextual() && isDay(value.asText());
        }
        if (field.equals(CountedFields.DISCLOSED)) {
            if (!value.isArray()) {
                return false;
            }
            List<String> seen = new ArrayList<>();
            for (JsonNode id : value) {
                if (!id.isTextual()
                        || !CountedFields.allowed(field).contains(id.asText())
                        || seen.contains(id.asText())) {
                    return false;
                }
                seen.add(id.asText());
            }
            return true;
        }
        return value.isTextual() && CountedFields.allowed(field).contains(value.asText());
    }

    private static boolean isDay(String text) {
        try {
            return text.length() == 10 && LocalDate.parse(text).toString().equals(text);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText();
    }
}
