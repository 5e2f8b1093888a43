package kz.citizensec.qorgan.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds full card numbers in typed text and masks them to their last four digits, with the expiry
 * date and the CVV written right after one. A card number is a Luhn-valid run of 13 to 19 digits,
 * whatever digits (ASCII, full-width, any Unicode decimal digit) and whatever separators a person
 * used between them: spaces of any kind, dots, slashes, dashes, underscores, up to
 * {@value #MAX_SEPARATOR} such characters at a time.
 *
 * <p>The digits are read in groups (as written between separators). A number is looked for only
 * across whole groups, each of at least three digits but the last (as cards are printed), or one
 * digit each (spaced out): so a date (2026-11-20) or a phone number (+7 701 234 56 78) beside
 * another number is never taken for a card. Masked digits become {@code *}; separators stay.
 *
 * <p>Hand-written because no library we use finds card numbers in running text;
 * commons-validator checks a given number only, and the Luhn sum is four lines.
 */
public final class CardNumbers {

    /** How many separator characters may stand between two groups of digits. */
    static final int MAX_SEPARATOR = 4;

    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    /** The lengths tried from a group, the most common first, so that a CVV after a card is not taken into it. */
    private static final int[] LENGTHS = {16, 15, 19, 18, 17, 14, 13};

    /**
     * @param text the text with the numbers masked
     * @param masked how many card numbers were masked
     */
    public record Masked(String text, int masked) {}

    private CardNumbers() {}

    /** A group of digits as written: where it stands in the text and its digits' values. */
    private record Group(int start, int end, String digits, String separatorBefore) {
        int size() {
            return digits.length();
        }
    }

    /**
     * Masks every card number, again and again until none is left. A masked card keeps its last
     * four digits, and those with the digits after them can be another Luhn-valid run (one chance
     * in ten for random digits: "…0657 5066/6201/9004/0231"), which a second masking would find:
     * masking to the end keeps masking masked text a no-op.
     */
    public static Masked mask(String text) {
        String masked = text;
        int count = 0;
        while (true) {
            Masked pass = maskOnce(masked);
            if (pass.masked() == 0) {
                return new Masked(masked, count);
            }
            masked = pass.text();
            count += pass.masked();
        }
    }

    private static Masked maskOnce(String text) {
        StringBuilder out = new StringBuilder(text);
        int masked = 0;
        for (List<Group> run : runs(text)) {
            int i = 0;
            while (i < run.size()) {
                int end = cardEnd(run, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                masked++;
                int digits =
                        run.subList(i, end + 1).stream().mapToInt(Group::size).sum();
                maskDigits(out, run.subList(i, end + 1), 4);
                i = end + 1;
                i = maskExpiryAndCvv(out, run, i, digits);
            }
        }
        return new Masked(out.toString(), masked);
    }

    /** Whether {@code text} holds a full card number (what {@link #mask} would mask). */
    public static boolean contains(String text) {
        return mask(text).masked() > 0;
    }

    /** The last group of a card number starting at group {@code i}, or -1. */
    private static int cardEnd(List<Group> run, int i) {
        for (int length : LENGTHS) {
            int digits = 0;
            for (int j = i; j < run.size() && digits < length; j++) {
                digits += run.get(j).size();
                if (digits == length && shaped(run.subList(i, j + 1)) && luhnValid(join(run.subList(i, j + 1)))) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Printed groups (three digits or more, the last any) or a number spaced out digit by digit. */
    private static boolean shaped(List<Group> groups) {
        if (groups.stream().allMatch(g -> g.size() == 1)) {
            return true;
        }
        for (int k = 0; k < groups.size() - 1; k++) {
            if (groups.get(k).size() < 3) {
                return false;
            }
        }
        return true;
    }

    /** An expiry (MM/YY, MM/YYYY) and then a CVV (three digits; four after a 15-digit card) right after a card. */
    private static int maskExpiryAndCvv(StringBuilder out, List<Group> run, int i, int cardDigits) {
        if (i + 1 < run.size()
                && run.get(i).size() == 2
                && isMonth(run.get(i).digits())
                && (run.get(i + 1).size() == 2 || run.get(i + 1).size() == 4)
                && run.get(i + 1).separatorBefore().matches("\\s*[/.\\-]\\s*")) {
            maskDigits(out, run.subList(i, i + 2), 0);
            i += 2;
        }
        int cvv = cardDigits == 15 ? 4 : 3;
        if (i < run.size() && run.get(i).size() == cvv) {
            maskDigits(out, run.subList(i, i + 1), 0);
            i++;
        }
        return i;
    }

    private static boolean isMonth(String digits) {
        int month = Integer.parseInt(digits);
        return month >= 1 && month <= 12;
    }

    /** Replaces every digit of the groups with {@code *}, but the last {@code keep} ones. */
    private static void maskDigits(StringBuilder out, List<Group> groups, int keep) {
        int total = groups.stream().mapToInt(Group::size).sum();
        int seen = 0;
        for (Group group : groups) {
            for (int at = group.start(); at < group.end(); ) {
                int cp = out.codePointAt(at);
                int width = Character.charCount(cp);
                if (Character.isDigit(cp)) {
                    if (++seen <= total - keep) {
                        out.replace(at, at + width, "*".repeat(width));
                    }
                }
                at += width;
            }
        }
    }

    /**
     * The runs of digit groups in the text: groups separated by at most {@link #MAX_SEPARATOR}
     * characters that are neither letters, digits nor {@code *} (a masked digit ends a run).
     */
    private static List<List<Group>> runs(String text) {
        List<List<Group>> runs = new ArrayList<>();
        List<Group> run = new ArrayList<>();
        int at = 0;
        int lastEnd = -1;
        while (at < text.length()) {
            int cp = text.codePointAt(at);
            if (!Character.isDigit(cp)) {
                at += Character.charCount(cp);
                continue;
            }
            int start = at;
            StringBuilder digits = new StringBuilder();
            while (at < text.length() && Character.isDigit(text.codePointAt(at))) {
                int d = text.codePointAt(at);
                digits.append((char) ('0' + Character.digit(d, 10)));
                at += Character.charCount(d);
            }
            String between = lastEnd < 0 ? "" : text.substring(lastEnd, start);
            if (!run.isEmpty() && !separator(between)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(new Group(start, at, digits.toString(), run.isEmpty() ? "" : between));
            lastEnd = at;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean separator(String between) {
        if (between.codePointCount(0, between.length()) > MAX_SEPARATOR) {
            return false;
        }
        return between.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || c == '*');
    }

    private static String join(List<Group> groups) {
        StringBuilder digits = new StringBuilder();
        groups.forEach(g -> digits.append(g.digits()));
        return digits.toString();
    }

    /** The Luhn checksum of a string of ASCII digits, as every card number carries. */
    static boolean luhnValid(String digits) {
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}
