package org.partnercoach.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When a server's digest goes out: a weekday and a time in the server's zone, and the coordinators' channel it is
 * posted in too (0 for none). {@code since}: weeks that fell due before this were never asked for.
 * <p>
 * A send time is a day and a time on the zone's calendar, always read the same way ({@link #at}): a time the clocks
 * skip (02:30 as they spring forward) is the same time after the change (03:30), and a time they pass twice as they
 * fall back is the first. Each week starts at the send time a week before its end, read that same way, so that a week
 * starts exactly where the one before ended and every moment falls in exactly one week.
 */
record DigestSchedule(long guildId, DayOfWeek day, LocalTime time, long channelId, Instant since) {

    /** One week's send: its key, the period it reports on (the 7 local days before it), and when it was due. */
    record Week(String key, Instant start, Instant end) {

        /** The same period keyed by its ISO week and the weekday it ends on ('2026-W11-7'), within 10 characters. */
        Week onItsDay(ZoneId zone) {
            ZonedDateTime at = end.atZone(zone);
            return new Week(DigestSchedule.key(at.toLocalDate()) + "-" + at.getDayOfWeek().getValue(), start, end);
        }

        /**
         * The send time {@code weeks} weeks before this week's end, on the zone's calendar: 0 is its end, 1 its start,
         * 2 the start of the week before, -1 the end of the next. The day and time of its send are read back from its
         * start and end: a time the clocks skipped reads later on that day only, so the earlier of the two is the one
         * asked for.
         */
        Instant weeksBefore(int weeks, ZoneId zone) {
            LocalDateTime ends = end.atZone(zone).toLocalDateTime();
            LocalDateTime fromStart = start.atZone(zone).toLocalDateTime().plusWeeks(1);
            LocalDateTime sent = fromStart.isBefore(ends) ? fromStart : ends;
            return weeks == 0 ? end : at(sent.minusWeeks(weeks), zone);
        }
    }

    /** The latest send time at or before {@code now}, in {@code zone}; a daylight-saving week is 167 or 169 hours. */
    Week latest(Instant now, ZoneId zone) {
        LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(day));
        if (at(date.atTime(time), zone).isAfter(now)) {
            date = date.minusWeeks(1);
        }
        LocalDateTime sent = date.atTime(time);
        return new Week(key(sent.toLocalDate()), at(sent.minusWeeks(1), zone), at(sent, zone));
    }

    /** The first send time after {@code now}, in {@code zone}: the end of the week {@link #latest} gives then. */
    Instant next(Instant now, ZoneId zone) {
        LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        if (!at(date.atTime(time), zone).isAfter(now)) {
            date = date.plusWeeks(1);
        }
        return at(date.atTime(time), zone);
    }

    /** The week that ends at {@code at} (now, for a preview): from the same time on the calendar a week before. */
    static Week weekEndingAt(ZonedDateTime at) {
        return new Week(key(at.toLocalDate()), at(at.toLocalDateTime().minusWeeks(1), at.getZone()), at.toInstant());
    }

    /** A day and time on {@code zone}'s calendar: one skipped by the clocks is as late after; one passed twice, the first. */
    static Instant at(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.of(local, zone).toInstant();
    }

    static String key(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A week's key ({@link #key}, or {@link Week#onItsDay}'s) as a member reads it: "week of 2 Mar 2026", its Monday. */
    static String words(String key) {
        java.util.regex.Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            return key;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
        return "week of " + WEEK_OF.format(monday);
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})(-\\d)?");
    private static final java.time.format.DateTimeFormatter WEEK_OF =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
}
