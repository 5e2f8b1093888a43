package kz.citizensec.qorgan.testing;

import java.util.regex.Pattern;

/**
 * What a run showed, judged independently of the code that cleaned it: a full card number, or a
 * message line a person cannot trust.
 */
public final class Oracles {

    private Oracles() {}

    /**
     * Whether {@code text} shows the card number {@code digits} in full: its digits in order (in any
     * script), with nothing but separators between them, the first not glued to a digit before it
     * (else the last digit of one number and a separator would start another: "…5454; 419 …").
     */
    public static boolean holdsCardNumber(String text, String digits) {
        StringBuilder ascii = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        StringBuilder regex = new StringBuilder("(?<![0-9])");
        for (int i = 0; i < digits.length(); i++) {
            regex.append(i == 0 ? "" : "[^\\p{L}\\p{N}*]{0,8}").append(digits.charAt(i));
        }
        return Pattern.compile(regex.toString()).matcher(ascii).find();
    }

    /** Whether a line is one a person can read: no ESC, no other control, no stack trace. */
    public static boolean isCleanMessage(String line) {
        return line.codePoints()
                        .noneMatch(c -> (c < 0x20 && c != '\t')
                                || (c >= 0x7F && c <= 0x9F)
                                || c == 0x2028
                                || c == 0x2029
                                || c == 0x202E)
                && !line.contains("Exception")
                && !line.contains("\tat ")
                && !line.startsWith("\tat")
                && !line.contains("Error:");
    }
}
