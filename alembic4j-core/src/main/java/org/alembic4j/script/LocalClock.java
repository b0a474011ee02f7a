package org.alembic4j.script;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The system clock in the machine's local time, which dates new revisions as Python's naive
 * {@code datetime.now()} does.
 *
 * <p>Not {@link Clock#systemDefaultZone()}: resolving the default zone's region rules starts
 * {@code java.time.zone.ZoneRulesProvider}, which looks for provider plug-ins in every jar on
 * the class path (the CLI has over twenty), a cost every {@code revision} paid at start-up.
 * {@link TimeZone} reads the same time-zone data without that search; its offset at an instant
 * gives the same local time. The zone is therefore a fixed offset, taken per instant.
 */
final class LocalClock extends Clock {

    @Override
    public ZoneId getZone() {
        return offsetAt(instant());
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    /** The local offset from UTC at {@code instant}. */
    ZoneOffset offsetAt(Instant instant) {
        return ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(instant.toEpochMilli()) / 1000);
    }
}
