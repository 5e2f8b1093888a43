package kz.citizensec.qorgan.core;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files read and written through {@code java.io} streams, never through {@code java.nio.file}'s
 * ({@code Files.newInputStream}, {@code readAllBytes}, {@code writeString}, {@code createTempFile}
 * and the like). Those open a {@code FileChannel}, and the first one in a process loads the JDK's
 * network library, which probes the system for IPv4, IPv6 and SO_REUSEPORT by opening three
 * sockets: qorgan, which promises never to touch the network, must show none to anyone who
 * watches it with strace. (The JDK's own java.io streams load no such library.)
 */
public final class PlainFiles {

    private PlainFiles() {}

    /**
     * A stream of the file's bytes.
     *
     * @throws NoSuchFileException if there is no such file, as {@code Files.newInputStream} says
     */
    public static InputStream open(Path file) throws IOException {
        try {
            return new FileInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            // java.io says "not found" for a missing, an unreadable and a folder alike.
            if (Files.notExists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw e;
        }
    }

    /** The file's bytes, all of them. */
    public static byte[] readAllBytes(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    /** Writes {@code bytes} to the file, creating it or replacing what it held. */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            out.write(bytes);
        }
    }
}
