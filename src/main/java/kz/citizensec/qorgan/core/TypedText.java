package kz.citizensec.qorgan.core;

import java.util.regex.Pattern;

/**
 * Hygiene for text a person typed, applied before it is kept or shown:
 * <ul>
 *   <li>terminal escape sequences, control characters and bidirectional overrides are removed
 *       (line breaks and tabs stay, any kind of line break becoming one), so typed text cannot
 *       repaint a terminal or disguise itself;
 *   <li>full card numbers are masked to their last four digits, with an expiry and a CVV right
 *       after them ({@link CardNumbers});
 *   <li>a code or a password written beside the word for it is masked ({@link SecretPhrases}),
 *       because the tool must never keep one.
 * </ul>
 * Idempotent: cleaning clean text changes nothing.
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

    /**
     * CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), DCS and the other strings, ESC with
     * intermediates and a final (ESC ( B), ESC and one sign. After a lone ESC a letter or a digit
     * stays: without the ESC it is plain text, and it may begin a word that matters ("ESC" then
     * "password: …" must still be masked).
     */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]"
            + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
            + "|\u001B[PX^_][^\u001B]*(?:\u001B\\\\)?"
            + "|\u001B[ -/]+[0-~]"
            + "|\u001B[0-~&&[^A-Za-z0-9]]?"
            + "|\u009B[0-?]*[ -/]*[@-~]");

    /**
     * C0 and C1 controls but tab and line feed; DEL; bidi embeddings, overrides and isolates;
     * invisible characters (zero-width spaces and joiners, the word joiner, a byte-order mark, a
     * soft hyphen) that could hide inside a number or a name.
     */
    private static final Pattern CONTROL =
            Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C"
                    + "\\u200B-\\u200D\\u2060-\\u2064\\uFEFF\\u00AD\\u180E]");

    /**
     * Unicode's line and paragraph separators (and NEL): line breaks as any other. Kept as they
     * are, YAML reads them as line breaks, so an answers file holding "x:" and one of them could
     * not be read back.
     */
    private static final Pattern LINE_SEPARATOR = Pattern.compile("[\\u2028\\u2029\\u0085]");

    private TypedText() {}

    public static Cleaned clean(String typed) {
        CardNumbers.Masked cards = CardNumbers.mask(inert(typed));
        SecretPhrases.Masked secrets = SecretPhrases.mask(cards.text());
        return new Cleaned(secrets.text(), cards.masked(), secrets.masked());
    }

    /** Escapes and controls removed, line breaks made {@code \n}; nothing masked. */
    private static String inert(String text) {
        String inert = LINE_SEPARATOR
                .matcher(text.replace("\r\n", "\n").replace('\r', '\n'))
                .replaceAll("\n");
        inert = ESCAPE_SEQUENCE.matcher(inert).replaceAll("");
        return CONTROL.matcher(inert).replaceAll("");
    }

    /**
     * A piece of input (a key, a value, an option) as a message may quote it: cleaned as typed
     * text, and on one line, its line breaks and tabs shown as {@code \n} and {@code \t}, so that
     * it can neither drive the terminal nor fake a line of its own.
     */
    public static String oneLine(String input) {
        return visibleBreaks(clean(input).text());
    }

    /**
     * On one line and inert as {@link #oneLine}, but never masked: a file's name as a message
     * quotes it (the person must recognise the name they gave), or a whole message whose quoted
     * input was cleaned already.
     */
    public static String inertLine(String text) {
        return visibleBreaks(inert(text));
    }

    private static String visibleBreaks(String text) {
        return text.replace("\n", "\\n").replace("\t", "\\t");
    }
}
