package kz.citizensec.qorgan.interview.terminal;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Breaks a line of text between words to fit the terminal's width, so that a long Kazakh or
 * Russian sentence is not cut in the middle of a word by the terminal itself. Continuation lines
 * keep the indentation of the first, and of its bullet or box ("• ", "☐ ").
 */
final class WordWrap {

    private WordWrap() {}

    static List<String> wrap(String line, int width) {
        if (width < 20 || columns(line) <= width) {
            return List.of(line);
        }
        int indentWidth = hangingIndent(line) <= width / 2 ? hangingIndent(line) : 0;
        String indent = " ".repeat(indentWidth);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(line.substring(0, indentWidth));
        int used = indentWidth;
        boolean empty = true;
        for (String word : line.substring(indentWidth).split(" ")) {
            if (!empty && used + 1 + columns(word) > width) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
                used = indentWidth;
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                used++;
            }
            // A word longer than a whole line (a link) is cut where it must be.
            while (used + columns(word) > width) {
                int fits = prefixFitting(word, width - used);
                current.append(word, 0, fits);
                lines.add(current.toString());
                word = word.substring(fits);
                current = new StringBuilder(indent);
                used = indentWidth;
            }
            current.append(word);
            used += columns(word);
            empty = false;
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * The text after a prefix (an option's number and box), broken to fit, its continuation lines
     * indented under the text's start rather than under the prefix.
     */
    static List<String> hanging(String prefix, String text, int width) {
        String indent = " ".repeat(columns(prefix));
        List<String> parts = wrap(text, width - indent.length());
        List<String> lines = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            lines.add((i == 0 ? prefix : indent) + parts.get(i));
        }
        return lines;
    }

    /** Leading spaces, plus a one-character bullet and its space ("   • text" gives 5). */
    private static int hangingIndent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        boolean bullet = spaces + 1 < line.length()
                && !Character.isLetterOrDigit(line.charAt(spaces))
                && line.charAt(spaces + 1) == ' ';
        return bullet ? spaces + 2 : spaces;
    }

    private static int prefixFitting(String word, int room) {
        int used = 0;
        for (int i = 0; i < word.length(); i++) {
            used += Math.max(0, WCWidth.wcwidth(word.charAt(i)));
            if (used > room) {
                return Math.max(1, i);
            }
        }
        return word.length();
    }

    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += Math.max(0, WCWidth.wcwidth(text.charAt(i)));
        }
        return columns;
    }
}
