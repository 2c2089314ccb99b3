package org.partnercoach.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When a server's digest goes out: a weekday and a time in the server's zone, and the coordinators' channel it is
 * posted in too (0 for none). {@code since}: weeks that fell due before this were never asked for.
 */
record DigestSchedule(long guildId, DayOfWeek day, LocalTime time, long channelId, Instant since) {

    /** One week's send: its key, the period it reports on (the 7 local days before it), and when it was due. */
    record Week(String key, Instant start, Instant end) {

        /** The same period keyed by its ISO week and the weekday it ends on ('2026-W11-7'), within 10 characters. */
        Week onItsDay(ZoneId zone) {
            ZonedDateTime at = end.atZone(zone);
            return new Week(weekEndingAt(at).key() + "-" + at.getDayOfWeek().getValue(), start, end);
        }
    }

    /** The latest send time at or before {@code now}, in {@code zone}; a daylight-saving week is 167 or 169 hours. */
    Week latest(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime at = local.with(TemporalAdjusters.previousOrSame(day)).with(time);
        if (at.toInstant().isAfter(now)) {
            at = at.minusWeeks(1);
        }
        return weekEndingAt(at);
    }

    /** The first send time after {@code now}, in {@code zone}: the end of the week {@link #latest} gives then. */
    Instant next(Instant now, ZoneId zone) {
        ZonedDateTime at = now.atZone(zone).with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!at.toInstant().isAfter(now)) {
            at = at.plusWeeks(1);
        }
        return at.toInstant();
    }

    /** The week that ends at {@code at} (a send time, or now for a preview). */
    static Week weekEndingAt(ZonedDateTime at) {
        int year = at.get(IsoFields.WEEK_BASED_YEAR);
        int week = at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new Week(String.format("%d-W%02d", year, week), at.minusWeeks(1).toInstant(), at.toInstant());
    }
}
