package kz.citizensec.qorgan.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import kz.citizensec.qorgan.core.PlainFiles;

/** Where a guide's files are read from: a folder on disk, or the guide bundled in the jar. */
public sealed interface GuideSource {

    /** The id of the guide bundled in the jar, the default of every command. */
    String DEFAULT_GUIDE = "default";

    /**
     * The largest guide file read, in bytes: the default guide's largest file is a few tens of
     * kilobytes in three languages, so a bigger one is a wrong file, not a guide.
     */
    int MAX_FILE_BYTES = 1 << 20;

    /**
     * The text of a file of the guide, by its path inside the guide folder; empty if absent.
     *
     * @throws TooLargeException if the file is larger than {@link #MAX_FILE_BYTES}
     */
    Optional<String> read(String relativePath) throws IOException;

    /** How to name a file of the guide in messages. */
    String displayName(String relativePath);

    static GuideSource bundled() {
        return new Bundled(DEFAULT_GUIDE);
    }

    static GuideSource directory(Path dir) {
        return new Directory(dir);
    }

    /** A file too large to be a guide file; nothing of it was kept. */
    final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String file) {
            super(file + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
    }

    /** Reads at most one byte past the limit, so that a huge file never fills the memory. */
    private static String readBounded(InputStream in, String file) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TooLargeException(file);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    record Directory(Path dir) implements GuideSource {
        @Override
        public Optional<String> read(String relativePath) throws IOException {
            try (InputStream in = PlainFiles.open(dir.resolve(relativePath))) {
                return Optional.of(readBounded(in, displayName(relativePath)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public String displayName(String relativePath) {
            return dir.resolve(relativePath).toString();
        }
    }

    record Bundled(String guideId) implements GuideSource {
        @Override
        public Optional<String> read(String relativePath) throws IOException {
            String resource = "/guides/" + guideId + "/" + relativePath;
            try (InputStream in = GuideSource.class.getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(readBounded(in, displayName(relativePath)));
            }
        }

        @Override
        public String displayName(String relativePath) {
            return "guides/" + guideId + "/" + relativePath;
        }
    }
}
