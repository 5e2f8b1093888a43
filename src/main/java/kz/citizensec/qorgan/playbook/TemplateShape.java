package kz.citizensec.qorgan.playbook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a template's Mustache tags, read without compiling it: sections that close in
 * order and nest at most {@link #MAX_DEPTH} deep, no partial (a template cannot pull in another
 * file), no change of delimiters (every check of a template reads {@code {{ }}} tags). Checked
 * before a template is compiled, because the Mustache compiler recurses once per level: a
 * template nested thousands of sections deep overflows its stack.
 */
public final class TemplateShape {

    /** The default guide nests four deep; a template four times as deep is no longer readable. */
    public static final int MAX_DEPTH = 16;

    private static final Pattern TAG = Pattern.compile("\\{\\{\\{.*?}}}|\\{\\{(.*?)}}", Pattern.DOTALL);

    /**
     * What is wrong with a template's tags, and where.
     *
     * @param offset where in the source the offending tag starts
     * @param key the message key in the playbook bundle ({@code template.*})
     * @param args the message's arguments (names of tags)
     */
    public record Flaw(int offset, String key, List<String> args) {
        Flaw(int offset, String key, String... args) {
            this(offset, key, List.of(args));
        }
    }

    private record Opened(int offset, String name) {}

    private TemplateShape() {}

    /** The first flaw of the template's tags, if any. */
    public static Optional<Flaw> check(String source) {
        Deque<Opened> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            if (tag.group(1) == null) {
                continue;
            }
            String content = tag.group(1).strip();
            char kind = content.isEmpty() ? ' ' : content.charAt(0);
            String name = content.isEmpty() ? "" : content.substring(1).strip();
            switch (kind) {
                case '#', '^' -> {
                    if (open.size() == MAX_DEPTH) {
                        return Optional.of(new Flaw(tag.start(), "template.tooDeep", String.valueOf(MAX_DEPTH)));
                    }
                    open.push(new Opened(tag.start(), name));
                }
                case '/' -> {
                    if (open.isEmpty()) {
                        return Optional.of(new Flaw(tag.start(), "template.closedNotOpen", name));
                    }
                    Opened opened = open.pop();
                    if (!opened.name().equals(name)) {
                        return Optional.of(new Flaw(tag.start(), "template.closedOther", name, opened.name()));
                    }
                }
                case '>' -> {
                    return Optional.of(new Flaw(tag.start(), "template.partial", name));
                }
                case '=' -> {
                    return Optional.of(new Flaw(tag.start(), "template.delimiters", content));
                }
                default -> {
                    // a variable or a comment
                }
            }
        }
        return Optional.ofNullable(open.peekLast())
                .map(unclosed -> new Flaw(unclosed.offset(), "template.unclosed", unclosed.name()));
    }
}
