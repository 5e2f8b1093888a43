package kz.citizensec.qorgan.startup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The system clock in the system's time zone, as {@link Clock#systemDefaultZone()}, but with the
 * zone as its offset from UTC at this moment, taken from {@link TimeZone#getDefault()}: java.time's
 * zone rules for a named zone cost a cold start more than twice as much (bench/README.md), and a
 * date needs no more than the offset. Asked again at each use, so that a long help-desk day
 * crosses a change of offset rightly.
 */
public final class SystemClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 1000);
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
