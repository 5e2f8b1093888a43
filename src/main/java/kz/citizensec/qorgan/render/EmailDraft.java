package kz.citizensec.qorgan.render;

import java.nio.charset.StandardCharsets;

/**
 * An e-mail the person sends themselves (qorgan sends nothing): the address, from the guide's
 * references, and the subject and body, from the document's template, whose first line is the
 * subject.
 */
public record EmailDraft(String to, String subject, String body) {

    /** What RFC 3986 leaves unreserved: everything else in a mailto link is percent-encoded. */
    private static final String UNRESERVED = "-._~";

    /** The subject is the first line of {@code text}; the body, what follows it. */
    static EmailDraft of(String to, String text) {
        int newline = text.indexOf('\n');
        String subject = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1);
        return new EmailDraft(to, subject.strip(), body.strip() + "\n");
    }

    /**
     * A {@code mailto:} link that opens the draft in the person's e-mail program (RFC 6068): every
     * byte of the subject and the body but the unreserved ones percent-encoded as UTF-8, line breaks
     * as CRLF, so that no character of typed text can end a field or add a header.
     */
    public String mailto() {
        int at = to.lastIndexOf('@');
        return "mailto:" + encoded(to.substring(0, at)) + "@" + encoded(to.substring(at + 1)) + "?subject="
                + encoded(subject) + "&body=" + encoded(body.replace("\n", "\r\n"));
    }

    static String encoded(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0;
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
