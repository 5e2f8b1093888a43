package kz.citizensec.qorgan.testing;

import java.util.List;

/**
 * Random text as a person might type or paste it, made to be hostile: Kazakh, Russian and Latin
 * words among terminal escape sequences, control and bidirectional characters, line breaks of
 * every kind, Markdown, HTML, Mustache and YAML syntax, links, card numbers with various
 * separators and phrases that carry a code or a password. Also what is typed at a prompt, bytes
 * that are not text, and templates made wrong.
 */
public final class RandomText {

    private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
            + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"
            + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final List<String> HOSTILE = List.of(
            // terminal: erase screen, colour, window title and clipboard (OSC), DCS, a lone ESC, C1 CSI
            "\u001b[2J",
            "\u001b[31m",
            "\u001b[0m",
            "\u001b]0;title\u0007",
            "\u001b]52;c;aGk=\u001b\\",
            "\u001bP1$r\u001b\\",
            "\u001b",
            "\u009b1m",
            "\u0000",
            "\u0007",
            "\u0008",
            "\u007f",
            "\u0085",
            // line breaks, tabs and invisible or reordering characters
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\t",
            "\u000b",
            "\f",
            "\u2028",
            "\u2029",
            "\u202e",
            "\u202a",
            "\u2066",
            "\u200b",
            "\u200d",
            "\u200f",
            "\ufeff",
            "\u00a0",
            "\u061c",
            "\u00ad",
            "\u2060",
            // Markdown, HTML and links
            "|",
            "*",
            "_",
            "`",
            "#",
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "&",
            "\\",
            "~",
            "!",
            "**жирный**",
            "# ",
            "- ",
            "1. ",
            "> ",
            "    ",
            "```",
            "---",
            "===",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "[подарок](javascript:alert(3))",
            "<http://evil.example>",
            "https://evil.example.com/x",
            "www.evil.example",
            "&lt;b&gt;",
            "&#58;",
            "<!--",
            "-->",
            // Mustache
            "{{x}}",
            "{{{x}}}",
            "{{#cases.harm}}",
            "{{/x}}",
            "{{> p}}",
            "{{=<% %>=}}",
            "{{",
            "}}",
            // YAML
            "yes",
            "no",
            "null",
            "~",
            ": ",
            " #",
            "&a",
            "*a",
            "!!java.io.File",
            "'",
            "\"",
            "%",
            "@",
            "? ",
            ",",
            // codes and passwords
            "код 1234",
            "кодты 5678 айттым",
            "the code is 482913",
            "password: hunter2",
            "пароль=qwerty",
            "CVV 123",
            "құпиясөз: Almaty2024",
            "PIN 0000",
            // numbers that are not cards, digits of other scripts
            "150 000",
            "2026-11-20",
            "20.11.2026",
            "+7 701 234 56 78",
            "900101300007",
            "4400 43** **** 1234",
            "１２３",
            // letters outside the Basic Multilingual Plane, combining marks
            "😀",
            "𝐀",
            "e\u0301",
            "\u0418\u0306");

    private static final List<String> CARD_SEPARATORS =
            List.of("", " ", "-", "  ", "\u00a0", ".", "/", "_", " - ", "\u2009", "\u202f", "\u3000");

    /** How a phrase holding a password is written; {@code %s} is the password. */
    private static final List<String> PASSWORD_PHRASES = List.of(
            "password: %s",
            "password is %s",
            "my password was %s",
            "пароль: %s",
            "пароль=%s",
            "пароль %s",
            "мой пароль был %s",
            "құпиясөз: %s",
            "құпия сөз %s",
            "parol %s",
            "kupiya soz: %s");

    /**
     * How a phrase holding a code is written; {@code %s} is the code. Only the words that are
     * still keywords glued to the text before them ({@code core.SecretPhrases}): "code", not "коды".
     */
    private static final List<String> CODE_PHRASES = List.of(
            "code %s",
            "the code is %s",
            "code: %s",
            "код %s",
            "код из смс %s",
            "СМС код: %s",
            "kod %s",
            "CVV %s",
            "PIN %s",
            "OTP %s");

    /** Tags and pieces of Mustache, links and contacts that make a template wrong. */
    private static final List<String> TEMPLATE_PIECES = List.of(
            "{{#report}}",
            "{{/report}}",
            "{{^steps}}",
            "{{/steps}}",
            "{{> other}}",
            "{{=<% %>=}}",
            "{{{text.story}}}",
            "{{text.nope}}",
            "{{text.story}}",
            "{{{guideTitle}}}",
            "{{guideTitle}}",
            "{{",
            "}}",
            "{{{",
            "}}}",
            "{{#",
            "{{/",
            "{{!",
            "{{&text.story}}",
            "{{.}}",
            "[x](https://egov.kz@evil.example.com/)",
            "[x](javascript:alert(1))",
            "https&#58;//evil.example.com",
            "{{#refs.nope.value}}x{{/refs.nope.value}}",
            "\u001B[2J",
            "{{#group.transactions.items}}{{bnak}}{{/group.transactions.items}}",
            "{{#report}}".repeat(40) + "{{/report}}".repeat(40),
            "+7 700 123 45 67",
            "ст. 999",
            "\n",
            "\t");

    /** What a script answers at a prompt besides free text. */
    private static final List<String> ANSWERS = List.of(
            "1",
            "2",
            "3",
            "1 2",
            "2 3",
            "1 3 5",
            "2026-11-20",
            "20.11.2026",
            "150000",
            "900101300007",
            "+7 701 234 56 78",
            "yes",
            "no",
            "иә",
            "жоқ",
            "да",
            "нет",
            "",
            "-",
            "<",
            "?",
            " ");

    /** A card number as written, and its digits. */
    public record Card(String digits, String written) {}

    /** A code or a password written beside its word, and the secret in it. */
    public record Secret(String phrase, String secret) {}

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

    /** A Luhn-valid card number of 13 to 19 digits, written as {@link #card} writes it. */
    public static String cardNumber(Case c) {
        return card(c).written();
    }

    /**
     * A Luhn-valid card number of 13 to 19 digits as a person might write it: its groups of four
     * joined by one kind of separator, sometimes in full-width digits, sometimes with an expiry.
     */
    public static Card card(Case c) {
        String digits = RandomValues.cardDigits(c);
        String separator = c.pick(CARD_SEPARATORS);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        String written = c.chance(0.2) ? fullWidth(out.toString()) : out.toString();
        if (c.chance(0.3)) {
            written += String.format(" %02d/%d", c.between(1, 12), c.between(25, 35));
        }
        return new Card(digits, written);
    }

    /** ASCII digits as full-width ones (１２３). */
    public static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(ch -> out.append(ch >= '0' && ch <= '9' ? (char) ('\uFF10' + ch - '0') : (char) ch));
        return out.toString();
    }

    /**
     * A code (six digits, sometimes spaced out) or a password (Latin letters and digits)
     * written beside its word in kk, ru or en. The secret is drawn afresh, so it stands nowhere else.
     */
    public static Secret secret(Case c) {
        if (c.chance(0.5)) {
            StringBuilder password = new StringBuilder();
            for (int i = c.between(4, 8); i > 0; i--) {
                password.append((char) ('a' + c.between(0, 25)));
            }
            String secret = password.append(c.between(1, 999)).toString();
            return new Secret(String.format(c.pick(PASSWORD_PHRASES), secret), secret);
        }
        String digits = String.valueOf(c.between(100_000, 999_999));
        String secret = c.chance(0.2) ? String.join(" ", digits.split("")) : digits;
        return new Secret(String.format(c.pick(CODE_PHRASES), secret), secret);
    }

    /** What a script types at a prompt: an answer, a command, hostile text or a card number (its digits go to {@code planted}). */
    public static String typedLine(Case c, List<String> planted) {
        int roll = c.between(1, 10);
        if (roll <= 4) {
            return c.pick(ANSWERS);
        }
        if (roll == 5) {
            Card card = card(c);
            planted.add(card.digits());
            return typed(c, 20).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ") + " " + card.written();
        }
        return typed(c, 80).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ");
    }

    /** Random bytes, not text as a rule, with a line break now and then. */
    public static byte[] bytes(Case c, int maxLength) {
        byte[] bytes = new byte[c.between(0, maxLength)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = c.chance(0.03) ? (byte) '\n' : (byte) c.between(0, 255);
        }
        return bytes;
    }

    /** A template made wrong: one to three times a piece inserted, a slice deleted or repeated, hostile text inserted. */
    public static String mutatedTemplate(Case c, String template) {
        StringBuilder out = new StringBuilder(template);
        for (int operations = c.between(1, 3); operations > 0; operations--) {
            int at = c.between(0, out.length());
            switch (c.between(1, 4)) {
                case 1 -> out.insert(at, c.pick(TEMPLATE_PIECES));
                case 2 -> out.delete(at, Math.min(out.length(), at + c.between(1, 20)));
                case 3 -> out.insert(at, out.substring(at, Math.min(out.length(), at + c.between(0, 60))));
                default -> out.insert(at, typed(c, 30));
            }
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
