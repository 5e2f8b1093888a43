package kz.citizensec.qorgan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.citizensec.qorgan.core.Problem;

/**
 * Copies of real guides in a temporary folder, to break on purpose: the bundled default guide,
 * and a small guide complete in kk, ru and en (src/test/resources/guides/minimal). A test edits
 * one file, then asserts where the problem is placed: the line (and column) of a text in it.
 */
public final class GuideFixture {

    public static final Path DEFAULT = Path.of("guides", "default");
    public static final Path MINIMAL = Path.of("src", "test", "resources", "guides", "minimal");

    private final Path dir;

    private GuideFixture(Path dir) {
        this.dir = dir;
    }

    public static GuideFixture copyOfDefault(Path tempDir) {
        return copy(DEFAULT, tempDir.resolve("default"));
    }

    public static GuideFixture copyOfMinimal(Path tempDir) {
        return copy(MINIMAL, tempDir.resolve("minimal"));
    }

    private static GuideFixture copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GuideFixture(to);
    }

    public Path dir() {
        return dir;
    }

    public Path file(String relative) {
        return dir.resolve(relative);
    }

    /** Replaces the first occurrence of {@code old}, which must be there. */
    public GuideFixture replace(String relative, String old, String replacement) {
        String text = read(relative);
        assertThat(text).as("fixture %s", relative).contains(old);
        int at = text.indexOf(old);
        write(relative, text.substring(0, at) + replacement + text.substring(at + old.length()));
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GuideFixture write(String relative, String text) {
        try {
            Files.writeString(file(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The 1-based line on which {@code text} first appears in the file. */
    public int lineOf(String relative, String text) {
        return lineOf(relative, text, 1);
    }

    /** The 1-based line on which {@code text} appears for the {@code nth} time in the file. */
    public int lineOf(String relative, String text, int nth) {
        List<String> lines = read(relative).lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not " + nth + " times in " + relative);
    }

    /** The name the loader shows for a file of this guide. */
    public String shown(String relative) {
        return dir.resolve(relative).toString();
    }

    /** Asserts that the problem is placed in this file of the guide, on the line where {@code text} first appears. */
    public void assertOnLineOf(Problem problem, String relative, String text) {
        assertThat(problem)
                .as("the place of %s", problem)
                .extracting(Problem::file, Problem::line)
                .containsExactly(shown(relative), lineOf(relative, text));
    }

    /** As {@link #assertOnLineOf(Problem, String, String)}, and at this column of that line. */
    public void assertOnLineOf(Problem problem, String relative, String text, int column) {
        assertThat(problem)
                .as("the place of %s", problem)
                .extracting(Problem::file, Problem::line, Problem::column)
                .containsExactly(shown(relative), lineOf(relative, text), column);
    }

    /** Asserts that the problem points at {@code text} itself: where it first appears in this file of the guide. */
    public void assertAtText(Problem problem, String relative, String text) {
        int line = lineOf(relative, text);
        assertOnLineOf(
                problem,
                relative,
                text,
                read(relative).lines().toList().get(line - 1).indexOf(text) + 1);
    }
}
