package kz.citizensec.qorgan.answers;

/**
 * The Kazakhstani individual identification number: 12 digits, the last a check digit (FACTS.md).
 * No maintained library implements it; the rule is ten lines.
 */
final class Iin {

    static final int LENGTH = 12;

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Iin() {}

    /** Whether 12 digits carry a valid check digit. */
    static boolean checkDigitValid(String digits) {
        int check = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(digits, SECOND_WEIGHTS) % 11;
            if (check == 10) {
                return false;
            }
        }
        return check == digits.charAt(11) - '0';
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
