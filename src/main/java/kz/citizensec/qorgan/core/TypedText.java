package kz.citizensec.qorgan.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hygiene for text a person typed, applied before it is kept or shown:
 * <ul>
 *   <li>terminal escape sequences, control characters and bidirectional overrides are removed
 *       (line breaks and tabs stay, any kind of line break becoming one), so typed text cannot
 *       repaint a terminal or disguise itself;
 *   <li>full card numbers (13–19 digits, single spaces or dashes allowed, Luhn-valid) are masked
 *       to their last four digits, wherever they sit in a longer run of digits;
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

    /**
     * Unicode's line and paragraph separators (and NEL): line breaks as any other. Kept as they
     * are, YAML reads them as line breaks, so an answers file holding "x:" and one of them could
     * not be read back.
     */
    private static final Pattern LINE_SEPARATOR = Pattern.compile("[\\u2028\\u2029\\u0085]");

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
        text = LINE_SEPARATOR.matcher(text).replaceAll("\n");
        text = ESCAPE_SEQUENCE.matcher(text).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("");
        int[] cards = {0};
        text = maskCards(text, cards);
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

    /**
     * Masks every run of digits that the card pattern finds and that passes Luhn. A run that fails
     * is searched again from its next group of digits, as digits typed just before a card (a CVV,
     * a count) must not hide it; and masking a card can end a run that hid another, so the search
     * is repeated until it masks nothing more (which keeps cleaning idempotent).
     */
    private static String maskCards(String text, int[] masked) {
        String before;
        String after = text;
        do {
            before = after;
            after = maskCardsOnce(before, masked);
        } while (!after.equals(before));
        return after;
    }

    private static String maskCardsOnce(String text, int[] masked) {
        Matcher match = CARD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (from < text.length() && match.find(from)) {
            String number = match.group();
            if (luhnValid(number.replaceAll("[ -]", ""))) {
                out.append(text, copied, match.start()).append(maskAllButLastFour(number));
                masked[0]++;
                copied = match.end();
                from = match.end();
            } else {
                from = match.start() + 1;
            }
        }
        return out.append(text, copied, text.length()).toString();
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
