package kz.citizensec.qorgan.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Kazakhstani individual identification number: 12 digits, the last a check digit (FACTS.md).
 * No maintained library implements it; the rules are a few lines. Shared by the answers, which
 * check it, and the documents, whose Russian forms agree with the applicant's sex.
 */
public final class Iin {

    public static final int LENGTH = 12;

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** As the 7th digit records it. */
    public enum Sex {
        MALE,
        FEMALE
    }

    private Iin() {}

    /** Whether 12 digits carry a valid check digit. */
    public static boolean checkDigitValid(String digits) {
        int check = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(digits, SECOND_WEIGHTS) % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == digits.charAt(11) - '0';
    }

    /**
     * The sex the 7th digit records: 1, 3, 5 male and 2, 4, 6 female (born in the 1800s, 1900s,
     * 2000s); empty for anything that is not 12 digits with one of these.
     */
    public static Optional<Sex> sex(String digits) {
        if (digits == null || digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int seventh = digits.charAt(6) - '0';
        if (seventh < 1 || seventh > 6) {
            return Optional.empty();
        }
        return Optional.of(seventh % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /**
     * Whether the birth date the first seven digits record (YYMMDD, the 7th the century: 1/2
     * the 1800s, 3/4 the 1900s, 5/6 the 2000s) is a real day no later than {@code today}. Other
     * 7th digits are not judged: true.
     */
    public static boolean birthDatePlausible(String digits, LocalDate today) {
        int seventh = digits.charAt(6) - '0';
        if (seventh < 1 || seventh > 6) {
            return true;
        }
        int century = 1800 + 100 * ((seventh - 1) / 2);
        try {
            LocalDate born = LocalDate.of(
                    century + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
            return !born.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
