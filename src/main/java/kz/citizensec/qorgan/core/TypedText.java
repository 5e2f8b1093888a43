package kz.citizensec.qorgan.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hygiene for text a person typed, applied before it is kept or shown:
 * <ul>
 *   <li>terminal escape sequences, control characters and bidirectional overrides are removed
 *       (line breaks and tabs stay), so typed text cannot repaint a terminal or disguise itself;
 *   <li>full card numbers (13–19 digits, single spaces or dashes allowed, Luhn-valid) are masked
 *       to their last four digits;
 *   <li>what follows a word like "code", "пароль", "құпиясөз" or "CVV" is masked when it looks
 *       like the secret itself, because the tool must never keep one.
 * </ul>
 * Idempotent: cleaning clean text changes nothing. The card check is four lines of Luhn, which
 * does not justify a dependency such as commons-validator.
 */
public final class TypedText {

    /**
     * @param maskedCards how many card numbers were masked
     * @param maskedSecrets how many codes or passwords were masked
     */
    public record Cleaned(String text, int maskedCards, int maskedSecrets) {
        public boolean changedForSafety() {
            return maskedCards > 0 || maskedSecrets > 0;
        }
    }

    /** CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-character escapes. */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]"
                    + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
                    + "|\u001B[PX^_][^\u001B]*(?:\u001B\\\\)?"
                    + "|\u001B[ -~]?"
                    + "|\u009B[0-?]*[ -/]*[@-~]");

    /** C0 and C1 controls but tab and line feed; DEL; bidi embeddings, overrides and isolates. */
    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private static final Pattern CARD = Pattern.compile("(?<![\\d*])\\d(?:[ -]?\\d){12,18}(?![\\d*])");

    /**
     * A secret word, then up to a few joining characters or words ("code is", "код:"), then the
     * token that would be the secret: at least three characters with a digit, or anything after a
     * colon or an equals sign.
     */
    private static final Pattern SECRET = Pattern.compile(
            "(?iu)\\b(code|codes|cvv|cvc|pin|password|passcode|код\\p{L}*|пин\\p{L}*|пароль\\p{L}*"
                    + "|құпия\\s?сөз\\p{L}*)"
                    + "(\\s*(?:[:=]|\\s(?:is|was|был|была|было|это|—|-))?\\s*)"
                    + "(\\S*\\d\\S*|(?<=[:=]\\s?)\\S+)");

    private TypedText() {}

    public static Cleaned clean(String typed) {
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        text = ESCAPE_SEQUENCE.matcher(text).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("");
        int[] cards = {0};
        text = CARD.matcher(text).replaceAll(match -> {
            String number = match.group();
            if (!luhnValid(number.replaceAll("[ -]", ""))) {
                return Matcher.quoteReplacement(number);
            }
            cards[0]++;
            return Matcher.quoteReplacement(maskAllButLastFour(number));
        });
        int[] secrets = {0};
        text = SECRET.matcher(text).replaceAll(match -> {
            String token = match.group(3);
            if (token.chars().allMatch(c -> c == '*') || looksLikeDateOrYear(token)) {
                return Matcher.quoteReplacement(match.group());
            }
            secrets[0]++;
            return Matcher.quoteReplacement(match.group(1) + match.group(2) + "****");
        });
        return new Cleaned(text, cards[0], secrets[0]);
    }

    private static boolean looksLikeDateOrYear(String token) {
        return token.matches("\\d{4}-\\d{2}-\\d{2}\\p{P}?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\p{P}?")
                || token.toLowerCase(Locale.ROOT).matches("(19|20)\\d\\d\\p{P}?");
    }

    private static String maskAllButLastFour(String number) {
        StringBuilder masked = new StringBuilder(number);
        int digitsSeen = 0;
        for (int i = masked.length() - 1; i >= 0; i--) {
            if (Character.isDigit(masked.charAt(i)) && ++digitsSeen > 4) {
                masked.setCharAt(i, '*');
            }
        }
        return masked.toString();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}
