package kz.citizensec.qorgan.answers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount of tenge as people write it: "150000", "150 000", "150 000,50", "1,500.75",
 * "150000 тг", "150 000 ₸". A comma or a point followed by one or two digits at the end is the
 * decimal separator; otherwise commas, points, spaces and apostrophes group thousands.
 */
final class Amounts {

    private static final Pattern CURRENCY = Pattern.compile("(?iu)\\s*(₸|kzt|тг\\.?|тенге|теңге|tenge)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F'_]");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");
    private static final Pattern WITH_FRACTION = Pattern.compile(".*[.,]\\d{1,2}");
    private static final Pattern INTEGER = Pattern.compile("\\d+|\\d{1,3}([.,]\\d{3})+");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[.,]");

    private Amounts() {}

    static Optional<BigDecimal> parse(String typed) {
        String text =
                SPACES.matcher(CURRENCY.matcher(typed.strip()).replaceAll("")).replaceAll("");
        if (!NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        String integer = text;
        String fraction = "";
        if (WITH_FRACTION.matcher(text).matches()) {
            int separator = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
            integer = text.substring(0, separator);
            fraction = text.substring(separator + 1);
        }
        if (!INTEGER.matcher(integer).matches()) {
            return Optional.empty();
        }
        String digits = GROUP_SEPARATORS.matcher(integer).replaceAll("");
        return Optional.of(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
    }
}
