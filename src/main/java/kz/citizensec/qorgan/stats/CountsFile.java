package kz.citizensec.qorgan.stats;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The counts file: JSON Lines, readable by its owner only, only ever appended to. It is created
 * owner-only before it has a name (in a private folder, then linked into place), so that no one
 * can open it in between and read what is appended later; each line is one write to a file opened
 * for appending, so that desks sharing a file never interleave their lines, and no earlier line is
 * ever rewritten.
 */
public final class CountsFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /** Why a file cannot take counts: the cli words it. */
    public static final class Unusable extends IOException {
        private final boolean sharedWithOthers;

        Unusable(Path file, boolean sharedWithOthers) {
            super(file.toString());
            this.sharedWithOthers = sharedWithOthers;
        }

        /** Readable or writable by others than its owner (else: not a regular file). */
        public boolean sharedWithOthers() {
            return sharedWithOthers;
        }
    }

    private final Path file;

    public CountsFile(Path file) {
        this.file = file;
    }

    /** Creates the file if there is none; refuses one that is not a plain file of the owner's alone. */
    public void prepare() throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            requireOwnerOnly();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileStore(parent).supportsFileAttributeView("posix");
        if (!posix) {
            file.toFile().createNewFile();
            return;
        }
        Path folder = Files.createTempDirectory(
                parent, ".qorgan-counts-", PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        Path made = folder.resolve("counts.jsonl");
        try {
            if (!made.toFile().createNewFile()) {
                throw new FileSystemException(made.toString(), null, "is there already");
            }
            Files.setPosixFilePermissions(made, OWNER_ONLY);
            Files.createLink(file, made);
        } catch (FileAlreadyExistsException e) {
            // Another desk made it in the meantime: it is checked like any file that exists.
            requireOwnerOnly();
        } finally {
            Files.deleteIfExists(made);
            Files.deleteIfExists(folder);
        }
    }

    /** Appends one line (prepared first). */
    public void append(VisitorCount count) throws IOException {
        prepare();
        byte[] line = (count.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileOutputStream out = new FileOutputStream(file.toFile(), true)) {
            out.write(line);
            out.getFD().sync();
        }
    }

    private void requireOwnerOnly() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Unusable(file, false);
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS))) {
            throw new Unusable(file, true);
        }
    }
}
