package kz.citizensec.qorgan.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Random values of the kinds the interview asks for, each valid as the interview and answers files
 * take it: an IIN with a right check digit, a phone number in the normalised form, a date not in
 * the future, a positive amount in tenge. The IIN's check digit is computed here from FACTS.md, not
 * by the code under test, so that the two can disagree.
 */
public final class RandomValues {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    /** An amount is below a trillion tenge and has at most two decimals (AnswerParser). */
    private static final long MAX_CENTS = 100_000_000_000_000L - 1;

    private RandomValues() {}

    /** A valid IIN of a person born from 1930 to 2012: birth date, century and sex, serial, check digit. */
    public static String iin(Case c) {
        while (true) {
            int year = c.between(1930, 2012);
            String first = String.format(
                    "%02d%02d%02d%d%04d",
                    year % 100,
                    c.between(1, 12),
                    c.between(1, 28),
                    (year < 2000 ? 3 : 5) + c.between(0, 1),
                    c.between(0, 9999));
            OptionalInt check = iinCheckDigit(first);
            if (check.isPresent()) {
                return first + check.getAsInt();
            }
        }
    }

    /** The check digit of an IIN's first 11 digits (FACTS.md); none when both passes give 10. */
    public static OptionalInt iinCheckDigit(String first11) {
        int check = weighted(first11, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weighted(first11, SECOND_WEIGHTS) % 11;
        }
        return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** A phone number as the interview keeps it, {@code +7 XXX XXX XX XX}; mostly a mobile one (7XX). */
    public static String phone(Case c) {
        String digits = (c.chance(0.9) ? "7" : String.valueOf(c.between(0, 9)))
                + String.format("%09d", c.between(0L, 999_999_999L));
        return "+7 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 8) + " "
                + digits.substring(8);
    }

    /** A date not after today: mostly recent, sometimes today itself or years ago. */
    public static LocalDate date(Case c, LocalDate today) {
        int roll = c.between(1, 20);
        long daysAgo =
                roll == 1 ? 0 : roll <= 11 ? c.between(0, 30) : roll <= 18 ? c.between(0, 400) : c.between(0, 5 * 366);
        return today.minusDays(daysAgo);
    }

    /**
     * A positive amount below a trillion tenge, spread over every order of magnitude, with no,
     * one or two decimals; now and then the smallest or the largest.
     */
    public static BigDecimal amount(Case c) {
        long cents;
        int roll = c.between(1, 40);
        if (roll == 1) {
            cents = 1;
        } else if (roll == 2) {
            cents = MAX_CENTS;
        } else {
            long low = pow10(c.between(0, 13));
            cents = c.between(low, Math.min(low * 10 - 1, MAX_CENTS));
        }
        int scale = c.pick(0, 0, 0, 1, 2);
        long unit = scale == 0 ? 100 : scale == 1 ? 10 : 1;
        cents = Math.max(unit, cents / unit * unit);
        return BigDecimal.valueOf(cents, 2).setScale(scale);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    /** A card number that passes the Luhn check, 13 to 19 digits. */
    public static String cardDigits(Case c) {
        int length = c.pick(16, 16, 16, 13, 15, 18, 19);
        StringBuilder digits = new StringBuilder().append(c.pick('4', '5', '2', '3', '6', '9'));
        while (digits.length() < length - 1) {
            digits.append((char) ('0' + c.between(0, 9)));
        }
        return digits.append(luhnCheckDigit(digits)).toString();
    }

    private static int luhnCheckDigit(CharSequence body) {
        int sum = 0;
        for (int i = body.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = body.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
