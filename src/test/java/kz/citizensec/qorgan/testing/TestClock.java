package kz.citizensec.qorgan.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The day every test lives in unless it says otherwise: goldens and dates in messages depend on it. */
public final class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private TestClock() {}

    /** A clock stopped at {@link #NOW}. */
    public static Clock fixed() {
        return at(NOW);
    }

    /** A clock stopped at {@code now}, in UTC. */
    public static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
