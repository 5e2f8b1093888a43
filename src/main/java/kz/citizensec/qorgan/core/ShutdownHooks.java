package kz.citizensec.qorgan.core;

/**
 * Shutdown hooks for the moments a signal (SIGTERM, SIGHUP) must not cut short: added for the
 * moment and removed after it. Once the JVM is shutting down a hook can be neither added nor
 * removed; then the moment simply runs on as far as the JVM lets it.
 */
public final class ShutdownHooks {

    private ShutdownHooks() {}

    /** @return whether the hook was added (false: the JVM is already shutting down) */
    public static boolean add(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    public static void remove(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: it did its work.
        }
    }
}
