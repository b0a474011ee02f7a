package org.alembic4j.script;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The create date of a new revision and its text in the docstring, which is Python's
 * {@code str(datetime)}: {@code YYYY-MM-DD HH:MM:SS.ffffff}, the fraction left out when it is zero,
 * and {@code +HH:MM} appended only when a {@code timezone} is configured (Alembic then uses an
 * aware datetime; otherwise a naive local one).
 */
record CreateDate(ZonedDateTime dateTime, boolean withOffset) {

    /** Now, to the microsecond, in the configured zone or else the clock's (local) zone. */
    static CreateDate now(Clock clock, Optional<ZoneId> timezone) {
        Instant instant = clock.instant();
        // the local clock's offset belongs to this instant (its zone is a fixed offset)
        ZoneId zone = clock instanceof LocalClock local ? local.offsetAt(instant) : clock.getZone();
        ZonedDateTime now = ZonedDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MICROS);
        return timezone.isPresent() ? new CreateDate(now.withZoneSameInstant(timezone.get()), true)
                : new CreateDate(now, false);
    }

    // Digits by hand, not String.format: a JVM's first format compiles a regular expression
    // through a dozen lambdas, some 10 ms of a cold `revision` command.
    String text() {
        ZonedDateTime d = dateTime;
        StringBuilder out = new StringBuilder(32);
        pad(out, d.getYear(), 4).append('-');
        pad(out, d.getMonthValue(), 2).append('-');
        pad(out, d.getDayOfMonth(), 2).append(' ');
        pad(out, d.getHour(), 2).append(':');
        pad(out, d.getMinute(), 2).append(':');
        pad(out, d.getSecond(), 2);
        int micros = d.getNano() / 1000;
        if (micros != 0) {
            pad(out.append('.'), micros, 6);
        }
        if (withOffset) {
            ZoneOffset offset = d.getOffset();
            int total = offset.getTotalSeconds();
            int abs = Math.abs(total);
            out.append(total < 0 ? '-' : '+');
            pad(out, abs / 3600, 2).append(':');
            pad(out, abs / 60 % 60, 2);
            if (abs % 60 != 0) {
                pad(out.append(':'), abs % 60, 2);
            }
        }
        return out.toString();
    }

    /** Appends a non-negative number with leading zeros to {@code width} digits. */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
