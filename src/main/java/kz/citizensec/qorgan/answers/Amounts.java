package kz.citizensec.qorgan.answers;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads an amount of tenge as people write it: "150000", "150 000", "150 000,50", "1,500.75",
 * "150000 тг", "150 000 ₸". A comma or a point followed by one or two digits at the end is the
 * decimal separator; otherwise commas, points, spaces and apostrophes group thousands.
 */
final class Amounts {

    private Amounts() {}

    static Optional<BigDecimal> parse(String typed) {
        String text = typed.strip()
                .replaceAll("(?iu)\\s*(₸|kzt|тг\\.?|тенге|теңге|tenge)$", "")
                .replaceAll("[\\s\\u00A0\\u202F'_]", "");
        if (!text.matches("\\d[\\d.,]*")) {
            return Optional.empty();
        }
        String integer = text;
        String fraction = "";
        if (text.matches(".*[.,]\\d{1,2}")) {
            int separator = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
            integer = text.substring(0, separator);
            fraction = text.substring(separator + 1);
        }
        if (!integer.matches("\\d+|\\d{1,3}([.,]\\d{3})+")) {
            return Optional.empty();
        }
        String digits = integer.replaceAll("[.,]", "");
        return Optional.of(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
    }
}
