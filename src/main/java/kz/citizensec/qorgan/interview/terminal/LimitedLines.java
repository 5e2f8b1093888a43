package kz.citizensec.qorgan.interview.terminal;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * A script's answers, one per line, read within limits: no line longer than {@link #MAX_LINE}
 * characters (a long answer is 5000), no more than {@link #MAX_TOTAL} in all. Beyond them the input
 * is not answers (it may be {@code /dev/zero} or {@code /dev/urandom}), and reading it on would
 * fill the memory or never end.
 */
final class LimitedLines {

    static final int MAX_LINE = 16 * 1024;
    static final int MAX_TOTAL = 1024 * 1024;

    /** A line or the whole input beyond the limits. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("input beyond " + MAX_LINE + " characters a line or " + MAX_TOTAL + " in all");
        }
    }

    private final Reader in;
    private int total;
    private boolean afterCarriageReturn;

    /** @param in buffered: it is read a character at a time */
    LimitedLines(Reader in) {
        this.in = in;
    }

    /** The next line without its end (LF, CR or CRLF); empty at the end of the input. */
    Optional<String> next() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return line.length() == 0 ? Optional.empty() : Optional.of(line.toString());
            }
            if (++total > MAX_TOTAL) {
                throw new TooLong();
            }
            boolean skip = afterCarriageReturn && c == '\n';
            afterCarriageReturn = c == '\r';
            if (skip) {
                continue;
            }
            if (c == '\n' || c == '\r') {
                return Optional.of(line.toString());
            }
            if (line.length() == MAX_LINE) {
                throw new TooLong();
            }
            line.append((char) c);
        }
    }
}
