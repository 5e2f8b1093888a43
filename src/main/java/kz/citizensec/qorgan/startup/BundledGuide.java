package kz.citizensec.qorgan.startup;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;

/**
 * The bundled guide as the commands load it: from its build-time snapshot ({@link GuideSnapshot}),
 * read once per process and kept (the guide is immutable), else from its files. The snapshot can be
 * read ahead by the {@link WarmUp} thread from the very start of the process, while the command line
 * is parsed on the main one.
 */
public final class BundledGuide {

    private static final Map<String, FutureTask<Optional<Guide>>> READS = new ConcurrentHashMap<>();

    private BundledGuide() {}

    /** The default guide, for {@code GuideLoader.load}: its snapshot when there is one, else its files. */
    public static GuideSource source() {
        return new GuideSource.Prebuilt(GuideSource.bundled(), () -> snapshot(GuideSource.DEFAULT_GUIDE));
    }

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
