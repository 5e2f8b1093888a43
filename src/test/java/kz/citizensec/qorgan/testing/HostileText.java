package kz.citizensec.qorgan.testing;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Seeded generators of hostile input for the fuzz tests, and the oracles they are judged by. Each
 * generator takes a {@link Random} made from a seed printed with every failure, so that a failing
 * case can be replayed; nothing here depends on the code under test.
 */
public final class HostileText {

    /** Card numbers that pass the Luhn check (the issuers' test numbers), 13 to 19 digits. */
    public static final List<String> CARDS = List.of("4111111111111111", "5500000000000004", "4012888888881881",
            "378282246310005", "6011111111111117", "4222222222222", "6222021000000000009");

    /** Separators a person might type between the groups of a card number. */
    public static final List<String> SEPARATORS = List.of(" ", "  ", "-", "\u00A0", ".", "/", "_", " - ", "\u2009",
            "\u202F", "\u3000", "");

    /** Pieces of hostile text: terminal escapes, controls, markup, links, secrets. */
    public static final List<String> PIECES = List.of(
            "\u001B[2J", "\u001B]52;c;aGVsbG8=\u0007", "\u001B]0;title\u001B\\", "\u009B31m", "\u0007", "\u0000",
            "\u0008", "\r", "\n", "\t", "\u202E", "\u2066", "\u200B", "\u2028", "\uFEFF", "\u00AD",
            "<script>alert(1)</script>", "[x](javascript:alert(1))", "https://evil.example.com/", "**b**", "`c`",
            "| cell |", "# h", "{{story}}", "{{{x}}}", "&amp;", "код 1234", "password is qwerty", "Қазақ", "Щёкин",
            "１２３", "\uD83D\uDE00", "\"", "'", "\\", ":", "- ", "*n", "&a", "!!java.io.File", "%", "~");

    private HostileText() {}

    /** {@code text} as a YAML double-quoted scalar, any character kept (controls as escapes). */
    public static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** ASCII digits as full-width ones (１２３). */
    public static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + c - '0') : (char) c));
        return out.toString();
    }

    /** A card number written as a person might: groups of four, any separator, any digits, maybe an expiry. */
    public static String card(Random random, String digits) {
        String separator = SEPARATORS.get(random.nextInt(SEPARATORS.size()));
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                written.append(separator);
            }
            written.append(digits.charAt(i));
        }
        String card = random.nextInt(4) == 0 ? fullWidth(written.toString()) : written.toString();
        return random.nextBoolean() ? card : card + " 0" + (1 + random.nextInt(9)) + "/2" + random.nextInt(10);
    }

    /** Random hostile text: pieces and random code points, up to {@code max} pieces. */
    public static String text(Random random, int max) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(max);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.appendCodePoint(randomCodePoint(random));
                case 1 -> out.append((char) ('a' + random.nextInt(26)));
                default -> out.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return out.toString();
    }

    /** Any code point but a lone surrogate, weighted towards controls and the BMP. */
    public static int randomCodePoint(Random random) {
        int c;
        do {
            c = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0xA0);
                case 1 -> random.nextInt(0x10000);
                case 2 -> 0x2000 + random.nextInt(0x70);
                default -> random.nextInt(0x110000);
            };
        } while (Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED);
        return c;
    }

    /** Random bytes, some of them the start of a UTF-8 sequence, some line breaks. */
    public static byte[] bytes(Random random, int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 1 + random.nextInt(40)) {
            bytes[i] = '\n';
        }
        return bytes;
    }

    /**
     * Whether {@code text} shows the card number {@code digits} in full: its digits in order (in any
     * script), with nothing but separators between them. The oracle of the fuzz tests, independent
     * of the masking it checks.
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
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            regex.append(i == 0 ? "" : "[^\\p{L}\\p{N}*]{0,8}").append(digits.charAt(i));
        }
        return Pattern.compile(regex.toString()).matcher(ascii).find();
    }

    /** Whether a line is one a person can read: no ESC, no other control, no stack trace. */
    public static boolean isCleanMessage(String line) {
        return line.codePoints().noneMatch(c -> (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
                        || c == 0x2028 || c == 0x2029 || c == 0x202E)
                && !line.contains("Exception") && !line.contains("\tat ") && !line.startsWith("\tat")
                && !line.contains("Error:");
    }

    /** Tags and pieces of Mustache a template mutation inserts. */
    public static final List<String> TEMPLATE_PIECES = List.of("{{#report}}", "{{/report}}", "{{^steps}}", "{{/steps}}",
            "{{> other}}", "{{=<% %>=}}", "{{{text.story}}}", "{{text.nope}}", "{{text.story}}", "{{{guideTitle}}}",
            "{{guideTitle}}", "{{", "}}", "{{{", "}}}", "{{#", "{{/", "{{!", "{{&text.story}}", "{{.}}",
            "[x](https://egov.kz@evil.example.com/)", "[x](javascript:alert(1))", "https&#58;//evil.example.com",
            "{{#refs.nope.value}}x{{/refs.nope.value}}", "\u001B[2J", "{{#group.transactions.items}}{{bnak}}{{/group.transactions.items}}",
            "{{#report}}".repeat(40) + "{{/report}}".repeat(40), "+7 700 123 45 67", "ст. 999", "\n", "\t");

    /** A mutation of a template: pieces inserted, a slice deleted or repeated. */
    public static String mutateTemplate(Random random, String template) {
        StringBuilder out = new StringBuilder(template);
        int operations = 1 + random.nextInt(3);
        for (int i = 0; i < operations; i++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, TEMPLATE_PIECES.get(random.nextInt(TEMPLATE_PIECES.size())));
                case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
                case 2 -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(60))));
                default -> out.insert(at, text(random, 4));
            }
        }
        return out.toString();
    }

    /**
     * A mutation of a valid answers file, line by line: a typed text made hostile (maybe with a
     * card number in it), a value replaced, a key added or removed, a character inserted that
     * breaks the YAML (a tab, a quote, a bracket, an anchor, a second document).
     *
     * @param planted receives the digits of each card number written into the file
     */
    public static String mutateAnswers(Random random, String answers, List<String> planted) {
        List<String> lines = new java.util.ArrayList<>(answers.lines().toList());
        int operations = 1 + random.nextInt(3);
        for (int i = 0; i < operations; i++) {
            int line = random.nextInt(lines.size());
            String current = lines.get(line);
            int colon = current.indexOf(": ");
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    String card = CARDS.get(random.nextInt(CARDS.size()));
                    planted.add(card);
                    lines.removeIf(l -> l.startsWith("  story:"));
                    lines.add("  story: " + yamlQuoted(text(random, 6) + " " + card(random, card) + " "
                            + text(random, 3)));
                }
                case 2 -> {
                    if (colon > 0) {
                        lines.set(line, current.substring(0, colon + 2) + (random.nextBoolean()
                                ? yamlQuoted(text(random, 5)) : PIECES.get(random.nextInt(PIECES.size()))));
                    }
                }
                case 3 -> lines.add(line, "  " + yamlQuoted(text(random, 3)) + ": " + yamlQuoted(text(random, 3)));
                case 4 -> lines.remove(line);
                default -> {
                    List<String> breaking = List.of("\t", "\"", "[", "{", "&a ", "*a", "\n---\n", ": ", "\u0000", "- ",
                            "\uFFFE", "'");
                    int at = random.nextInt(current.length() + 1);
                    lines.set(line, current.substring(0, at) + breaking.get(random.nextInt(breaking.size()))
                            + current.substring(at));
                }
            }
            if (lines.isEmpty()) {
                lines.add("answers: {}");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** What a script might type at a prompt: answers, commands, hostile text, a card number. */
    public static String typedLine(Random random, List<String> planted) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> String.valueOf(1 + random.nextInt(3));
            case 3 -> List.of("1 2", "2 3", "1 3 5", "2026-11-20", "20.11.2026", "150000", "900101300007",
                    "+7 701 234 56 78", "yes", "no", "иә", "жоқ", "да", "нет").get(random.nextInt(14));
            case 4 -> List.of("", "-", "<", "?", " ").get(random.nextInt(5));
            case 5 -> {
                String card = CARDS.get(random.nextInt(CARDS.size()));
                planted.add(card);
                yield text(random, 3) + " " + card(random, card);
            }
            default -> text(random, 8).replace("\n", " ").replace("\r", " ");
        };
    }
}
