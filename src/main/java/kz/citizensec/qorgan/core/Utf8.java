package kz.citizensec.qorgan.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: a byte that is not UTF-8 is named by its line and column, never read as something else. */
public final class Utf8 {

    /** Bytes that are not UTF-8, first at {@code line}:{@code column} (both from 1). */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Malformed(int line, int column) {
            super("not UTF-8 at " + line + ":" + column, null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private Utf8() {}

    public static String decode(byte[] bytes) throws Malformed {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(input, output, true);
        if (result.isError()) {
            int bad = input.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new Malformed(
                    line, 1 + new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length());
        }
        return output.flip().toString();
    }
}
