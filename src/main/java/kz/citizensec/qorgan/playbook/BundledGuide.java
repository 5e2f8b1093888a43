package kz.citizensec.qorgan.playbook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The bundled guide's snapshot, read once per process and kept (the guide is immutable). It can be
 * read ahead on another thread from the very start of the process, while the command line is
 * parsed on the main one: the machines qorgan runs on have two cores or more.
 */
public final class BundledGuide {

    private static final Map<String, FutureTask<Optional<Guide>>> READS = new ConcurrentHashMap<>();

    private BundledGuide() {}

    /** Starts reading the default guide's snapshot on a daemon thread, unless it was already started. */
    public static void readAhead() {
        FutureTask<Optional<Guide>> read = new FutureTask<>(() -> GuideSnapshot.bundled(GuideSource.DEFAULT_GUIDE));
        if (READS.putIfAbsent(GuideSource.DEFAULT_GUIDE, read) == null) {
            Thread thread = new Thread(read, "qorgan-guide-read-ahead");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * The snapshot of a bundled guide, or empty when there is none to read. Reads it on this thread
     * unless another thread has already started to, in which case it waits for that one.
     */
    static Optional<Guide> snapshot(String guideId) {
        FutureTask<Optional<Guide>> read = READS.computeIfAbsent(guideId,
                id -> new FutureTask<>(() -> GuideSnapshot.bundled(id)));
        read.run();
        try {
            return read.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
