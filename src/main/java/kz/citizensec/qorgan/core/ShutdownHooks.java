package kz.citizensec.qorgan.core;

/**
 * Shutdown hooks for the moments a signal (SIGTERM, SIGHUP) must not cut short: held for the
 * moment and let go after it. Once the JVM is shutting down a hook can be neither added nor
 * removed; then the moment simply runs on as far as the JVM lets it.
 */
public final class ShutdownHooks {

    private ShutdownHooks() {}

    /** A hook held for a moment: closing it lets it go, unless it is already running. */
    public static final class Hold implements AutoCloseable {
        private final Thread hook;
        private final boolean added;

        private Hold(Thread hook, boolean added) {
            this.hook = hook;
            this.added = added;
        }

        @Override
        public void close() {
            if (!added) {
                return;
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: it did its work.
            }
        }
    }

    /**
     * @param name the hook thread's name, for a thread dump
     * @param onSignal what the JVM runs if a signal ends it before the hold is closed
     */
    public static Hold during(String name, Runnable onSignal) {
        Thread hook = new Thread(onSignal, name);
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return new Hold(hook, true);
        } catch (IllegalStateException shuttingDown) {
            return new Hold(hook, false);
        }
    }
}
