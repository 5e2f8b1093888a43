package kz.citizensec.qorgan.core;

/**
 * Hygiene for text a person typed, applied before it is kept or shown: control characters and
 * terminal escape sequences are removed (line breaks and tabs of long text stay), and full card
 * numbers (13–19 digits, spaces or dashes allowed, Luhn-valid) are masked to their last four
 * digits. Idempotent: cleaning clean text changes nothing.
 */
public final class TypedText {

    /** @param maskedCards how many card numbers were masked (the person should be told why) */
    public record Cleaned(String text, int maskedCards) {}

    private TypedText() {}

    public static Cleaned clean(String typed) {
        throw new UnsupportedOperationException("being written: " + typed);
    }
}
