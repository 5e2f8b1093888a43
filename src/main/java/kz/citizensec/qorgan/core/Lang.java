package kz.citizensec.qorgan.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language by its tag ({@code kk}, {@code ru}, {@code en}…). Not an enum: a guide's languages
 * are its content, and a guide may add one without a change here. A tag is two or three small
 * Latin letters, as a guide's {@code languages} are checked. Equality is written by hand, not a
 * record's: a record's first {@code equals} is costly on the start-up path.
 */
public final class Lang {

    public static final Lang KK = new Lang("kk");
    public static final Lang RU = new Lang("ru");
    public static final Lang EN = new Lang("en");

    /** The languages qorgan's own messages are written in. */
    public static final List<Lang> OWN = List.of(KK, RU, EN);

    private final String tag;

    private Lang(String tag) {
        this.tag = tag;
    }

    /** The language of a well-formed tag; one of the constants for kk, ru and en. */
    public static Lang of(String tag) {
        return parse(tag).orElseThrow(() -> new IllegalArgumentException("not a language tag: " + tag));
    }

    /** The language of a tag, or nothing when it is not well formed (a typed or written value). */
    public static Optional<Lang> parse(String tag) {
        if (!isWellFormed(tag)) {
            return Optional.empty();
        }
        for (Lang own : OWN) {
            if (own.tag.equals(tag)) {
                return Optional.of(own);
            }
        }
        return Optional.of(new Lang(tag));
    }

    /** Two or three small Latin letters. */
    public static boolean isWellFormed(String tag) {
        if (tag == null || tag.length() < 2 || tag.length() > 3) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** As written in a guide, an answers file and on the command line. */
    public String tag() {
        return tag;
    }

    /** Whether qorgan's own messages are written in it. */
    public boolean isOwn() {
        return OWN.contains(this);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lang lang && lang.tag.equals(tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    /** The tag: templates and messages that show a language show its tag. */
    @Override
    public String toString() {
        return tag;
    }
}
