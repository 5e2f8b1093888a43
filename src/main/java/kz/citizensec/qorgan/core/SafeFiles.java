package kz.citizensec.qorgan.core;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Writes a set of output files all or nothing, readable by the owner only. Each file is written
 * whole (and flushed to the disk) into a folder of ours beside it that only the owner can enter,
 * under a name we choose, then put in place:
 * <ul>
 *   <li>by a hard link, which fails if the name exists: a file that appears meanwhile (another run
 *       writing into the same folder) is never replaced, so of two runs exactly one writes its set;
 *   <li>with {@code overwrite}, every file already there is first moved aside into that folder;
 *       only when every new file is in place are the old ones deleted. If anything fails, the new
 *       files are removed and the old ones moved back.
 * </ul>
 * Files go through {@code java.io} (see {@link PlainFiles}): a temporary file is created
 * exclusively and synced through its {@code FileOutputStream}. A failure is a
 * {@link QorganException} with {@link ExitStatus#OUTPUT_FAILED} and a one-line message in
 * {@code lang} that says exactly what was left. Folders of ours that a killed run left behind
 * (their files hold personal data) are emptied of our temporary files when a later run writes there.
 */
public final class SafeFiles {

    private static final String BUNDLE = "kz.citizensec.qorgan.core.Messages";
    private static final String PREFIX = ".qorgan-";
    private static final String TEMPORARY = ".tmp";
    private static final String ASIDE = ".old";
    /** A folder of ours this old belongs to no run still writing. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /** Puts a written temporary file at its name, failing if the name is taken. A seam for tests. */
    @FunctionalInterface
    interface Placing {
        void place(Path temporary, Path target) throws IOException;
    }

    private SafeFiles() {}

    public static void writeAll(Map<Path, String> contents, boolean overwrite, Lang lang) {
        writeAll(contents, overwrite, lang, SafeFiles::placeExclusively);
    }

    /**
     * Refuses at once, before anything long (an interview) whose result it is to hold, a file that
     * could not be written: a folder in its place, a file already there (unless {@code overwrite}),
     * or a folder where no file of ours can be made (closed, read-only, full of names).
     */
    public static void requireWritable(Path target, boolean overwrite, Lang lang) {
        Messages messages = Messages.of(BUNDLE, lang);
        if (Files.isDirectory(target)) {
            throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.isDirectory", target));
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.exists", target));
        }
        Path dir = parentOf(target);
        refuseOpenFolder(dir, messages);
        try {
            // What writeAll makes first there: a folder of ours.
            Files.delete(Files.createTempDirectory(dir, PREFIX, ownerOnly(dir, OWNER_ONLY_DIR)));
        } catch (IOException | SecurityException e) {
            throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.failed", target, reason(e)), e);
        }
    }

    static void writeAll(Map<Path, String> contents, boolean overwrite, Lang lang, Placing placing) {
        // A SIGTERM or SIGHUP while the set is written runs the JVM's shutdown hooks, then halts:
        // this hook holds the halt until the set is whole, or undone, never half placed.
        CountDownLatch finished = new CountDownLatch(1);
        try (ShutdownHooks.Hold hold = ShutdownHooks.during("qorgan-writing", () -> awaitAtMost(finished))) {
            try {
                new Transaction(Messages.of(BUNDLE, lang), overwrite, placing).run(contents);
            } finally {
                finished.countDown();
            }
        }
    }

    private static void awaitAtMost(CountDownLatch finished) {
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One set of files being written: what was done so far, so that it can be undone. */
    private static final class Transaction {
        private final Messages messages;
        private final boolean overwrite;
        private final Placing placing;
        /** For each folder written into, the folder of ours inside it. */
        private final Map<Path, Path> ours = new LinkedHashMap<>();

        private final Map<Path, Path> temporaries = new LinkedHashMap<>();
        private final Map<Path, Path> asides = new LinkedHashMap<>();
        private final List<Path> placed = new ArrayList<>();
        private final List<Path> createdDirectories = new ArrayList<>();

        Transaction(Messages messages, boolean overwrite, Placing placing) {
            this.messages = messages;
            this.overwrite = overwrite;
            this.placing = placing;
        }

        void run(Map<Path, String> contents) {
            for (Path target : contents.keySet()) {
                refuseOpenFolder(parentOf(target), messages);
                if (Files.isDirectory(target)) {
                    throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.isDirectory", target));
                }
                // A dangling symbolic link is there too: it is replaced only with overwrite.
                if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.exists", target));
                }
            }
            Path current = null;
            try {
                for (Map.Entry<Path, String> entry : contents.entrySet()) {
                    current = entry.getKey();
                    Path temporary = folderOfOurs(parentOf(current)).resolve(current.getFileName() + TEMPORARY);
                    temporaries.put(current, temporary);
                    writeDurably(temporary, entry.getValue());
                }
                for (Path target : contents.keySet()) {
                    current = target;
                    if (overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        Path aside = ours.get(parentOf(target)).resolve(target.getFileName() + ASIDE);
                        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                        asides.put(target, aside);
                    }
                }
                for (Map.Entry<Path, Path> entry : temporaries.entrySet()) {
                    current = entry.getKey();
                    placing.place(entry.getValue(), entry.getKey());
                    placed.add(entry.getKey());
                }
            } catch (FileAlreadyExistsException e) {
                throw undo("output.appeared", current);
            } catch (IOException | SecurityException e) {
                throw undo("output.failed", current, reason(e));
            }
            asides.values().forEach(SafeFiles::deleteQuietly);
            ours.values().forEach(SafeFiles::deleteQuietly);
        }

        /**
         * The folder of ours in {@code dir} (made with {@code dir} if missing), only the owner may
         * enter it; the first time, stale ones of earlier runs are tidied.
         */
        private Path folderOfOurs(Path dir) throws IOException {
            Path folder = ours.get(dir);
            if (folder == null) {
                createDirectories(dir);
                removeStaleTemporaries(dir);
                folder = Files.createTempDirectory(dir, PREFIX, ownerOnly(dir, OWNER_ONLY_DIR));
                ours.put(dir, folder);
            }
            return folder;
        }

        /** Puts everything back as it was and says so; or says which old file is where, if it could not be. */
        private QorganException undo(String key, Object... args) {
            temporaries.values().forEach(SafeFiles::deleteQuietly);
            placed.forEach(SafeFiles::deleteQuietly);
            List<String> notRestored = new ArrayList<>();
            asides.forEach((target, aside) -> {
                try {
                    // Never over a file that another run placed meanwhile.
                    placeExclusively(aside, target);
                } catch (IOException | SecurityException e) {
                    notRestored.add(messages.get("output.keptAside", target, aside));
                }
            });
            // A folder of ours still holding an old file that could not be put back is not empty, and stays.
            ours.values().forEach(SafeFiles::deleteQuietly);
            createdDirectories.forEach(SafeFiles::deleteQuietly);
            String message = messages.get(key, args);
            if (!notRestored.isEmpty()) {
                message = message + " " + String.join(" ", notRestored);
            } else if (!asides.isEmpty()) {
                message = message + " " + messages.get("output.oldKept");
            }
            return new QorganException(ExitStatus.OUTPUT_FAILED, message);
        }

        private void createDirectories(Path dir) throws IOException {
            List<Path> missing = new ArrayList<>();
            for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
                missing.add(0, p);
            }
            for (Path p : missing) {
                Files.createDirectory(p, ownerOnly(p.getParent(), OWNER_ONLY_DIR));
                createdDirectories.add(0, p);
            }
        }
    }

    /**
     * Refuses a folder that anyone may write in and rename in (mode 777 without the sticky bit of
     * /tmp): another user could replace a person's documents there, or read them by swapping a
     * name. Where the system does not tell modes, nothing is refused.
     */
    private static void refuseOpenFolder(Path dir, Messages messages) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        int mode;
        try {
            mode = (Integer) Files.getAttribute(dir, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return;
        }
        boolean othersWrite = (mode & 0002) != 0;
        boolean sticky = (mode & 01000) != 0;
        if (othersWrite && !sticky) {
            throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.openFolder", dir));
        }
    }

    private static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static FileAttribute<?>[] ownerOnly(Path dir, Set<PosixFilePermission> permissions) throws IOException {
        return dir != null && isPosix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView("posix");
    }

    /**
     * Created exclusively (in a folder of ours that no one else may enter), narrowed to the owner
     * before anything is written into it, written and synced, so that a crash after it is placed
     * never leaves an empty or a partial file.
     */
    private static void writeDurably(Path temporary, String text) throws IOException {
        if (!temporary.toFile().createNewFile()) {
            throw new FileSystemException(temporary.toString(), null, "is there already");
        }
        if (isPosix(temporary)) {
            Files.setPosixFilePermissions(temporary, OWNER_ONLY);
        }
        try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.getFD().sync();
        }
    }

    /**
     * A hard link from the name to the written file, which the system refuses if the name exists,
     * then the temporary name removed. Where links are not supported (some removable disks), a
     * rename that refuses an existing name.
     */
    private static void placeExclusively(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.move(temporary, target);
            return;
        }
        Files.delete(temporary);
    }

    /**
     * What a killed run left in {@code dir}, untouched for {@link #STALE}: our temporary files (in
     * a folder of ours, or beside the documents as earlier versions made them) are removed, and the
     * folder once empty. An old file moved aside is never removed: a message named it.
     */
    private static void removeStaleTemporaries(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path entry : entries) {
                if (!modifiedBefore(entry, before)) {
                    continue;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try (DirectoryStream<Path> inside = Files.newDirectoryStream(entry, "*" + TEMPORARY)) {
                        inside.forEach(SafeFiles::deleteIfRegularFile);
                    }
                    deleteQuietly(entry);
                } else if (entry.getFileName().toString().endsWith(TEMPORARY)) {
                    deleteIfRegularFile(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            // Tidying up is a courtesy: it never stops the files being written.
        }
    }

    private static boolean modifiedBefore(Path path, Instant before) throws IOException {
        return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .isBefore(before);
    }

    private static void deleteIfRegularFile(Path path) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            deleteQuietly(path);
        }
    }

    /** Deletes a file, or a folder once it is empty. */
    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException | SecurityException e) {
            // Best effort: the original failure is what the user must hear about.
        }
    }

    /**
     * What went wrong, without the file's name: the message names it already, as a path (quoted on
     * one inert line), while this reason is quoted as text. A java.io stream says "NAME (reason)".
     */
    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String why = e instanceof FileSystemException system
                ? system.getReason()
                : e instanceof FileNotFoundException && e.getMessage() != null
                        ? e.getMessage().replaceFirst("(?s)^.* \\(([^()]*)\\)$", "$1")
                        : e.getMessage();
        return why == null ? kind : kind + ": " + why;
    }
}
