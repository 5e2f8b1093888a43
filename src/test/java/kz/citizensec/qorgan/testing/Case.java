package kz.citizensec.qorgan.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One generated case of a property test ({@link Cases}): the random choices of the case, all drawn
 * from one seed, and what the case shows when it fails (an answers file, a damaged byte), so that
 * a failure can be read and replayed.
 */
public final class Case {

    private final long seed;
    private final SplittableRandom random;
    private final Map<String, Supplier<String>> shown = new LinkedHashMap<>();

    Case(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /** @return a number from {@code min} to {@code max}, both included */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** @return a number from {@code min} to {@code max}, both included */
    public long between(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    /** @return true with this probability */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * What to show under {@code heading} if the case fails, made only then; a later value under
     * the same heading replaces the earlier one.
     */
    public void show(String heading, Supplier<String> text) {
        shown.put(heading, text);
    }

    /** Everything shown, each under its heading, control characters written as escapes. */
    String shown() {
        StringBuilder out = new StringBuilder();
        shown.forEach((heading, text) -> {
            String value = visible(text.get());
            out.append(heading).append(":\n").append(value).append(value.endsWith("\n") ? "" : "\n");
        });
        return out.toString();
    }

    /**
     * A failure report must not repaint or reorder the terminal that shows it: controls (but line
     * breaks and tabs), bidirectional marks and overrides and lone surrogates become Java escapes (u and four hex digits).
     */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL && c != '\n' && c != '\t'
                    || type == Character.SURROGATE
                    || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069
                    || c == 0x200E
                    || c == 0x200F
                    || c == 0x061C;
            if (hidden) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
