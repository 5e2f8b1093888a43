package kz.citizensec.qorgan.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes output files whole: each to a temporary file in a folder of its own beside it, readable by
 * the owner only, then renamed into place; if any fails, none is left behind. An existing file is
 * replaced only when {@code overwrite} is set. A failure is a {@link QorganException} with
 * {@link ExitStatus#OUTPUT_FAILED} and a one-line message in {@code lang}.
 */
public final class SafeFiles {

    private static final String BUNDLE = "kz.citizensec.qorgan.core.Messages";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private SafeFiles() {}

    public static void writeAll(Map<Path, String> contents, boolean overwrite, String lang) {
        Messages messages = Messages.of(BUNDLE, lang);
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        List<Path> createdDirectories = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        Path current = null;
        try {
            for (Path target : contents.keySet()) {
                current = target;
                if (!overwrite && Files.exists(target)) {
                    throw new QorganException(ExitStatus.OUTPUT_FAILED,
                            messages.get("output.exists", target));
                }
                if (Files.isDirectory(target)) {
                    throw new QorganException(ExitStatus.OUTPUT_FAILED,
                            messages.get("output.isDirectory", target));
                }
            }
            for (Map.Entry<Path, String> entry : contents.entrySet()) {
                current = entry.getKey();
                Path dir = parentOf(entry.getKey());
                createDirectories(dir, createdDirectories);
                // The file is written with java.io (see PlainFiles), which cannot create it owner-only
                // at once: a folder that only the owner can enter holds it until its mode is narrowed.
                Path folder = Files.createTempDirectory(dir, ".qorgan-", ownerOnly(dir, OWNER_ONLY_DIR));
                Path temporary = folder.resolve("document.tmp");
                temporaries.put(entry.getKey(), temporary);
                PlainFiles.write(temporary, entry.getValue().getBytes(StandardCharsets.UTF_8));
                if (isPosix(folder)) {
                    Files.setPosixFilePermissions(temporary, OWNER_ONLY);
                }
            }
            for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
                current = entry.getKey();
                move(entry.getValue(), entry.getKey(), overwrite);
                placed.add(entry.getKey());
                deleteQuietly(entry.getValue().getParent());
            }
        } catch (QorganException e) {
            cleanUp(temporaries.values(), placed, createdDirectories);
            throw e;
        } catch (IOException | SecurityException e) {
            cleanUp(temporaries.values(), placed, createdDirectories);
            throw new QorganException(ExitStatus.OUTPUT_FAILED,
                    messages.get("output.failed", current, reason(e)), e);
        }
    }

    private static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static void createDirectories(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p, ownerOnly(p.getParent(), OWNER_ONLY_DIR));
            created.add(0, p);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir, Set<PosixFilePermission> permissions)
            throws IOException {
        return dir != null && isPosix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView("posix");
    }

    /** Existing targets were refused up front unless {@code overwrite}; the rename is atomic where it can be. */
    private static void move(Path temporary, Path target, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (overwrite) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, target);
            }
        }
    }

    private static void cleanUp(Iterable<Path> temporaries, List<Path> placed, List<Path> createdDirectories) {
        for (Path path : temporaries) {
            deleteQuietly(path);
            deleteQuietly(path.getParent());
        }
        for (Path path : placed) {
            deleteQuietly(path);
        }
        for (Path dir : createdDirectories) {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort: the original failure is what the user must hear about.
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return message == null ? kind : kind + ": " + message;
    }
}
