package kz.citizensec.qorgan.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a guide's files are read from: a folder on disk, or the guide bundled in the jar. */
public sealed interface GuideSource {

    /** The id of the guide bundled in the jar, the default of every command. */
    String DEFAULT_GUIDE = "default";

    /** The text of a file of the guide, by its path inside the guide folder; empty if absent. */
    Optional<String> read(String relativePath) throws IOException;

    /** How to name a file of the guide in messages. */
    String displayName(String relativePath);

    static GuideSource bundled() {
        return new Bundled(DEFAULT_GUIDE);
    }

    static GuideSource directory(Path dir) {
        return new Directory(dir);
    }

    record Directory(Path dir) implements GuideSource {
        @Override
        public Optional<String> read(String relativePath) throws IOException {
            try {
                return Optional.of(Files.readString(dir.resolve(relativePath), StandardCharsets.UTF_8));
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
                return in == null ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public String displayName(String relativePath) {
            return "guides/" + guideId + "/" + relativePath;
        }
    }
}
