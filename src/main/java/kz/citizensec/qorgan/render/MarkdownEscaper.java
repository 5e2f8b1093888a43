package kz.citizensec.qorgan.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text literal in Markdown (CommonMark and GitHub tables): a typed link, emphasis, inline
 * code, HTML, a heading or a list marker stays the characters that were typed. Only the
 * characters that could start Markdown syntax are backslash-escaped, so that the raw Markdown
 * still reads well in a terminal. Line breaks stay (a paragraph break stays a paragraph break);
 * leading indentation is dropped, since four spaces would make a code block. A typed web address
 * ({@code https://…}, {@code www.…}) becomes inline code: GitHub-flavoured viewers turn a bare
 * address into a live link, which a scammer's link in a victim's document must never be.
 */
public final class MarkdownEscaper {

    /** Characters with a meaning anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>|~";

    /** An HTML entity or character reference, which Markdown would decode. */
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /**
     * What a GitHub-flavoured viewer would make a link of: a scheme and "//", or "www.", up to a
     * space or a character that would end or break inline code (a backtick, or a table's pipe).
     */
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:[a-z][a-z0-9+.-]{0,15}://|www\\.)[^\\s`|<>]+");

    /** An ordered-list marker at the start of a line: "1." or "1)" before a space or the end. */
    private static final Pattern ORDERED = Pattern.compile("^([0-9]{1,9})([.)])(?=\\s|$)");

    /**
     * What else starts a block at the start of a line: a heading ("# "), a bullet ("- ", "+ "),
     * or a line of only "-" or "=" (a rule, or the underline of a heading).
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(?=\\s|$)|[-+](?=\\s|$)|-[-\\s]*$|=[=\\s]*$)");

    private MarkdownEscaper() {}

    public static String escape(String text) {
        return isInert(text) ? text : escapeEachLine(text);
    }

    /**
     * Whether the text reads the same escaped: one line, nothing to strip, no character of
     * Markdown syntax, no web address, no block marker at its start. Most values typed or
     * written in a guide are such (a name, an amount, a date), and for them no pattern runs: the
     * patterns are most of what rendering a document costs.
     */
    static boolean isInert(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if (Character.isWhitespace(first)
                || Character.isWhitespace(text.charAt(text.length() - 1))
                || (first >= '0' && first <= '9')
                || "#-+=".indexOf(first) >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80
                    && (INLINE.indexOf(c) >= 0
                            || c == '&'
                            || c == '\n'
                            || c == '\r'
                            || c == '\t'
                            || (c == ':' && text.startsWith("//", i + 1))
                            || ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4)))) {
                return false;
            }
        }
        return true;
    }

    /** Escapes line by line: the general case, and the oracle for {@link #isInert}. */
    static String escapeEachLine(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(escapeLine(lines[i]));
        }
        return out.toString();
    }

    private static String escapeLine(String raw) {
        // Tabs and trailing spaces would be layout (code blocks, hard breaks), not text.
        String line = raw.replace('\t', ' ').strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        Matcher ordered = ORDERED.matcher(line);
        int start = 0;
        if (ordered.find()) {
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            start = ordered.end();
        } else if (BLOCK_START.matcher(line).find()) {
            out.append('\\');
        }
        Matcher entity = ENTITY.matcher(line);
        Matcher address = WEB_ADDRESS.matcher(line);
        int nextAddress = address.find(start) ? address.start() : -1;
        for (int i = start; i < line.length(); i++) {
            if (i == nextAddress) {
                // Inside inline code nothing is Markdown, so the address is kept as typed.
                out.append('`').append(address.group()).append('`');
                i = address.end() - 1;
                nextAddress = address.find(address.end()) ? address.start() : -1;
                continue;
            }
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (c == '&' && entity.find(i) && entity.start() == i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
