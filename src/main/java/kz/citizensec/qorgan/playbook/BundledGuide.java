package kz.citizensec.qorgan.playbook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The bundled guide's snapshot, read once per process and kept (the guide is immutable). It can be
 * read ahead on another thread from the very start of the process, while the command line is
 * parsed on the main one.
 */
public final class BundledGuide {

    private static final Map<String, FutureTask<Optional<Guide>>> READS = new ConcurrentHashMap<>();

    private BundledGuide() {}

    /**
     * Reads the default guide's snapshot now, unless another thread already has or is doing so:
     * for a thread that reads it ahead of the command that will load the guide.
     */
    public static void preload() {
        snapshot(GuideSource.DEFAULT_GUIDE);
    }

    /**
     * The snapshot of a bundled guide, or empty when there is none to read. Reads it on this thread
     * unless another thread has already started to, in which case it waits for that one.
     */
    static Optional<Guide> snapshot(String guideId) {
        FutureTask<Optional<Guide>> read =
                READS.computeIfAbsent(guideId, id -> new FutureTask<>(() -> GuideSnapshot.bundled(id)));
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
