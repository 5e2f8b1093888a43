package kz.citizensec.qorgan.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.citizensec.qorgan.core.PlainFiles;
import kz.citizensec.qorgan.core.Utf8;

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

    /**
     * The names in a folder of the guide, sorted; empty when it cannot be listed (the bundled
     * guide, built from a guide that was checked).
     */
    default List<String> list(String folder) {
        return List.of();
    }

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

    /** A guide's file that is not UTF-8 text, with the place of its first byte that is not. */
    final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final Utf8.Malformed where;

        NotUtf8Exception(String file, Utf8.Malformed where) {
            super(file + " is " + where.getMessage(), where);
            this.where = where;
        }

        public Utf8.Malformed where() {
            return where;
        }
    }

    /**
     * Reads at most one byte past the limit, so that a huge file never fills the memory, and
     * decodes it strictly: a byte that is not UTF-8 is named, not read as something else.
     */
    private static String readBounded(InputStream in, String file) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TooLargeException(file);
        }
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.Malformed e) {
            throw new NotUtf8Exception(file, e);
        }
    }

    /** A guide's file that is a link leading out of the guide's folder: not read. */
    final class OutsideException extends IOException {
        private static final long serialVersionUID = 1L;

        OutsideException(String file) {
            super(file + " leads outside the guide folder");
        }
    }

    /** A guide's file that is not a regular file (a folder, a FIFO, a device): not read. */
    final class NotRegularException extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegularException(String file) {
            super(file + " is not a regular file");
        }
    }

    /**
     * A folder on disk. Only regular files inside it are read, by their real path: a link to
     * {@code /etc/passwd} is not a template, and a FIFO would block the read forever.
     */
    record Directory(Path dir) implements GuideSource {
        @Override
        public Optional<String> read(String relativePath) throws IOException {
            Path file = dir.resolve(relativePath);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (NoSuchFileException e) {
                throw new OutsideException(displayName(relativePath));
            }
            if (!real.startsWith(dir.toRealPath())) {
                throw new OutsideException(displayName(relativePath));
            }
            if (!Files.isRegularFile(real)) {
                throw new NotRegularException(displayName(relativePath));
            }
            try (InputStream in = PlainFiles.open(real)) {
                return Optional.of(readBounded(in, displayName(relativePath)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public String displayName(String relativePath) {
            return dir.resolve(relativePath).toString();
        }

        @Override
        public List<String> list(String folder) {
            try (Stream<Path> names = Files.list(dir.resolve(folder))) {
                return names.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException | SecurityException e) {
                return List.of();
            }
        }
    }

    /**
     * A source whose guide may already have been read and checked, tried before its files are: the
     * bundled guide's start-up snapshot, made by the build only from a guide without errors (see the
     * {@code startup} package). When {@code guide} gives none, {@code files} are read and validated
     * as any source's.
     */
    record Prebuilt(GuideSource files, Supplier<Optional<Guide>> guide) implements GuideSource {
        @Override
        public Optional<String> read(String relativePath) throws IOException {
            return files.read(relativePath);
        }

        @Override
        public String displayName(String relativePath) {
            return files.displayName(relativePath);
        }

        @Override
        public List<String> list(String folder) {
            return files.list(folder);
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
