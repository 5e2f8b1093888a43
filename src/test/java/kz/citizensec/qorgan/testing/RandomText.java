package kz.citizensec.qorgan.testing;

import java.util.List;

/**
 * Random text as a person might type or paste it, made to be hostile: Kazakh, Russian and Latin
 * words among terminal escape sequences, control and bidirectional characters, line breaks of
 * every kind, Markdown, HTML, Mustache and YAML syntax, links, card numbers with various
 * separators and phrases that carry a code or a password.
 */
public final class RandomText {

    private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
            + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"
            + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final List<String> HOSTILE = List.of(
            // terminal: erase screen, colour, window title and clipboard (OSC), DCS, a lone ESC, C1 CSI
            "\u001b[2J", "\u001b[31m", "\u001b[0m", "\u001b]0;title\u0007", "\u001b]52;c;aGk=\u001b\\",
            "\u001bP1$r\u001b\\", "\u001b", "\u009b1m", "\u0000", "\u0007", "\u0008", "\u007f", "\u0085",
            // line breaks, tabs and invisible or reordering characters
            "\n", "\n\n", "\r\n", "\r", "\t", "\u000b", "\f", "\u2028", "\u2029", "\u202e", "\u202a", "\u2066",
            "\u200b", "\u200d", "\u200f", "\ufeff", "\u00a0", "\u061c",
            // Markdown, HTML and links
            "|", "*", "_", "`", "#", "[", "]", "(", ")", "<", ">", "&", "\\", "~", "!", "**жирный**", "# ", "- ",
            "1. ", "> ", "    ", "```", "---", "===", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
            "[подарок](javascript:alert(3))", "<http://evil.example>", "https://evil.example.com/x",
            "www.evil.example", "&lt;b&gt;", "&#58;", "<!--", "-->",
            // Mustache
            "{{x}}", "{{{x}}}", "{{#cases.harm}}", "{{/x}}", "{{> p}}", "{{=<% %>=}}", "{{", "}}",
            // YAML
            "yes", "no", "null", "~", ": ", " #", "&a", "*a", "!!java.io.File", "'", "\"", "%", "@", "? ", ",",
            // codes and passwords
            "код 1234", "кодты 5678 айттым", "the code is 482913", "password: hunter2", "пароль=qwerty",
            "CVV 123", "құпиясөз: Almaty2024", "PIN 0000",
            // numbers that are not cards
            "150 000", "2026-11-20", "20.11.2026", "+7 701 234 56 78", "900101300007", "4400 43** **** 1234",
            // letters outside the Basic Multilingual Plane, combining marks
            "😀", "𝐀", "e\u0301", "\u0418\u0306");

    private static final List<String> CARD_SEPARATORS = List.of("", " ", "-", "  ", "\u00a0", ".", "/", "_");

    private RandomText() {}

    /**
     * Well-formed text (no lone surrogates: no keyboard or UTF-8 file gives one) of at most
     * {@code maxLength} characters: mostly short, sometimes up to the limit.
     */
    public static String typed(Case c, int maxLength) {
        return text(c, maxLength, false);
    }

    /** Any string at all, lone surrogates included, for code that takes any Java string. */
    public static String anyString(Case c, int maxLength) {
        return text(c, maxLength, true);
    }

    /** A Luhn-valid card number of 13 to 19 digits, its groups of four joined by one kind of separator. */
    public static String cardNumber(Case c) {
        String digits = RandomValues.cardDigits(c);
        String separator = c.pick(CARD_SEPARATORS);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String text(Case c, int maxLength, boolean anyCodeUnit) {
        int length = c.chance(0.85) ? c.between(0, Math.min(40, maxLength)) : c.between(0, maxLength);
        StringBuilder out = new StringBuilder(length + 40);
        while (out.length() < length) {
            int roll = c.between(1, 20);
            if (roll <= 7) {
                word(c, out);
            } else if (roll <= 9) {
                out.append(' ');
            } else if (roll <= 15) {
                out.append(c.pick(HOSTILE));
            } else if (roll == 16) {
                out.append(cardNumber(c));
            } else {
                out.appendCodePoint(codePoint(c, anyCodeUnit));
            }
        }
        int end = length;
        if (!anyCodeUnit && end > 0 && end < out.length() && Character.isHighSurrogate(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end);
    }

    private static void word(Case c, StringBuilder out) {
        int letters = c.between(1, 10);
        for (int i = 0; i < letters; i++) {
            out.append(LETTERS.charAt(c.between(0, LETTERS.length() - 1)));
        }
    }

    /** Any character: a control, one of the first pages of Unicode, or anywhere up to U+10FFFF. */
    private static int codePoint(Case c, boolean anyCodeUnit) {
        while (true) {
            int roll = c.between(1, 4);
            int candidate = roll == 1 ? c.between(0, 0x9f) : roll <= 3 ? c.between(0, 0x2fff) : c.between(0, 0x10ffff);
            if (anyCodeUnit || candidate < Character.MIN_SURROGATE || candidate > Character.MAX_SURROGATE) {
                return candidate;
            }
        }
    }
}
