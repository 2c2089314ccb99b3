package org.partnercoach.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How long ago something happened, in the calendar days of the reader's time zone (their own, else the server's),
 * the days they type and read touchpoints in: a contact logged late last night is "yesterday" this morning, though
 * fewer than 24 hours have passed. Every place that writes "N days ago" counts them so.
 */
public final class CalendarDays {

    private CalendarDays() {
    }

    /** Calendar days in {@code zone} from the day of {@code then} to the day of {@code now} (0: the same day). */
    public static long between(Instant then, Instant now, ZoneId zone) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(then, zone), LocalDate.ofInstant(now, zone));
    }

    /** "today", "yesterday" or "3 days ago", counted by {@link #between}; "today" for a time not yet come. */
    public static String ago(Instant then, Instant now, ZoneId zone) {
        long days = between(then, now, zone);
        return days <= 0 ? "today" : days == 1 ? "yesterday" : Count.of(days, "day") + " ago";
    }
}
