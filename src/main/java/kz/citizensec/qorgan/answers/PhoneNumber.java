package kz.citizensec.qorgan.answers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises a Kazakhstani phone number to {@code +7 XXX XXX XX XX}. Accepts what people type:
 * spaces, dashes, dots and brackets; +7, 7 or the trunk prefix 8 before the ten digits. The rule
 * is FACTS.md's; libphonenumber validates the same ranges but does not produce this format, and
 * its metadata would cost start-up time for a ten-line rule.
 */
final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\u00A0]");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+7\\d{10}");
    private static final Pattern NATIONAL = Pattern.compile("[78]\\d{10}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private PhoneNumber() {}

    static Optional<String> normalise(String typed) {
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("");
        String digits;
        if (INTERNATIONAL.matcher(compact).matches()) {
            digits = compact.substring(2);
        } else if (NATIONAL.matcher(compact).matches()) {
            digits = compact.substring(1);
        } else if (TEN_DIGITS.matcher(compact).matches()) {
            digits = compact;
        } else {
            return Optional.empty();
        }
        return Optional.of("+7 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 8)
                + " " + digits.substring(8));
    }
}
