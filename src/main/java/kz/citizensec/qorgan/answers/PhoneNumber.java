package kz.citizensec.qorgan.answers;

import java.util.Optional;

/**
 * Normalises a Kazakhstani phone number to {@code +7 XXX XXX XX XX}. Accepts what people type:
 * spaces, dashes, dots and brackets; +7, 7 or the trunk prefix 8 before the ten digits. The rule
 * is FACTS.md's; libphonenumber validates the same ranges but does not produce this format, and
 * its metadata would cost start-up time for a ten-line rule.
 */
final class PhoneNumber {

    private PhoneNumber() {}

    static Optional<String> normalise(String typed) {
        String compact = typed.strip().replaceAll("[\\s\\-.()\\u00A0]", "");
        String digits;
        if (compact.matches("\\+7\\d{10}")) {
            digits = compact.substring(2);
        } else if (compact.matches("[78]\\d{10}")) {
            digits = compact.substring(1);
        } else if (compact.matches("\\d{10}")) {
            digits = compact;
        } else {
            return Optional.empty();
        }
        return Optional.of("+7 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " "
                + digits.substring(6, 8) + " " + digits.substring(8));
    }
}
