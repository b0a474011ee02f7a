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
        return timezone.map(configured -> new CreateDate(now.withZoneSameInstant(configured), true))
                .orElseGet(() -> new CreateDate(now, false));
    }

    String text() {
        ZonedDateTime d = dateTime;
        StringBuilder out = new StringBuilder(32);
        out.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth(), d.getHour(), d.getMinute(), d.getSecond()));
        int micros = d.getNano() / 1000;
        if (micros != 0) {
            out.append(String.format(".%06d", micros));
        }
        if (withOffset) {
            ZoneOffset offset = d.getOffset();
            int total = offset.getTotalSeconds();
            int abs = Math.abs(total);
            out.append(total < 0 ? '-' : '+')
                    .append(String.format("%02d:%02d", abs / 3600, abs / 60 % 60));
            if (abs % 60 != 0) {
                out.append(String.format(":%02d", abs % 60));
            }
        }
        return out.toString();
    }
}
