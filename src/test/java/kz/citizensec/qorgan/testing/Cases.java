package kz.citizensec.qorgan.testing;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Property tests without a property-test engine: a JUnit extension that gives each run of a
 * {@code @RepeatedTest(value = N, failureThreshold = 1)} a {@link Case} with its own seed, and
 * turns a failure into a report of that seed, the command that replays it, and what the case
 * showed (an answers file for the answers-based properties, as {@code validate --exhaustive}
 * prints one).
 *
 * <p>The seeds of one test are consecutive: a random start, printed on failure, or the start
 * given with {@code -Dqorgan.seed=N}, so that the failing case is the first one run again.
 * Shrinking is left out on purpose: the answers of a failing case are few and readable.
 */
public final class Cases implements ParameterResolver, TestExecutionExceptionHandler {

    public static final String SEED = "qorgan.seed";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Cases.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Case.class;
    }

    @Override
    public Case resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The repetitions of one test share their parent's store: the next seed lives there.
        ExtensionContext test = context.getParent().orElse(context);
        AtomicLong next =
                test.getStore(NAMESPACE).getOrComputeIfAbsent("next", key -> new AtomicLong(start()), AtomicLong.class);
        Case generated = new Case(next.getAndIncrement());
        context.getStore(NAMESPACE).put(Case.class, generated);
        return generated;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Case failed = context.getStore(NAMESPACE).get(Case.class, Case.class);
        if (failed == null) {
            throw failure;
        }
        String replay =
                "mvn -B -o test -Dtest='" + context.getRequiredTestClass().getSimpleName() + "#"
                        + context.getRequiredTestMethod().getName() + "' -D" + SEED + "=" + failed.seed();
        throw new AssertionError(
                "case with seed " + failed.seed() + " failed; to run it again first:\n  " + replay + "\n"
                        + failed.shown() + "failure: " + Case.visible(String.valueOf(failure)),
                failure);
    }

    /** The first seed: the one given, or a random one (of at most 13 digits, easy to copy). */
    private static long start() {
        String given = System.getProperty(SEED, "").strip();
        return given.isEmpty() ? new SplittableRandom().nextLong(1_000_000_000_000L) : Long.parseLong(given);
    }
}
