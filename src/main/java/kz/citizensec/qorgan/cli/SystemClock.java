package kz.citizensec.qorgan.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's time zone, as {@link Clock#systemDefaultZone()}, but looking
 * the zone up only when a date is first needed: reading the zone rules takes about 10 ms of a
 * cold start, which {@link Main} spends on another thread while the command line is parsed.
 */
final class SystemClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
