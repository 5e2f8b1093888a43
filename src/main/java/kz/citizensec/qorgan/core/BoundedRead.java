package kz.citizensec.qorgan.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a file a person named, whatever it is, without ever filling the memory or waiting forever:
 * at most a limit of bytes (so {@code /dev/zero} is "too large" at once), and, for what is not a
 * regular file (a pipe, a FIFO, a device), for at most a few seconds: opening a FIFO that nobody
 * writes to blocks, and so does reading a pipe whose writer is silent.
 */
public final class BoundedRead {

    /** How long a pipe or a device may take to give all it has. */
    public static final Duration PATIENCE = Duration.ofSeconds(5);

    /** More bytes than the limit; nothing of them was kept. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(Path file, int limit) {
            super(file + " is larger than " + limit + " bytes");
        }
    }

    /** A pipe, FIFO or device that gave nothing, or not all, within {@link #PATIENCE}. */
    public static final class TimedOut extends IOException {
        private static final long serialVersionUID = 1L;

        TimedOut(Path file) {
            super(file + " gave nothing within " + PATIENCE.toSeconds() + " s");
        }
    }

    private BoundedRead() {}

    /**
     * The bytes of {@code file}, at most {@code limit} of them.
     *
     * @throws TooLarge if there are more
     * @throws TimedOut if it is not a regular file and did not end within {@code patience}
     */
    public static byte[] bytes(Path file, int limit, Duration patience) throws IOException {
        if (Files.isRegularFile(file)) {
            return readAtMost(file, limit);
        }
        FutureTask<byte[]> reading = new FutureTask<>(() -> readAtMost(file, limit));
        // A daemon: if nothing ever comes, this thread stays blocked in the system and the process ends without it.
        Thread reader = new Thread(reading, "qorgan-read");
        reader.setDaemon(true);
        reader.start();
        try {
            return reading.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reader.interrupt();
            throw new TimedOut(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimedOut(file);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    public static byte[] bytes(Path file, int limit) throws IOException {
        return bytes(file, limit, PATIENCE);
    }

    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = PlainFiles.open(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge(file, limit);
            }
            return bytes;
        }
    }
}
