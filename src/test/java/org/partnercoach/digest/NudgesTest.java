package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One nudge a week: when the next may go")
class NudgesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Nudges.Weeks digestOn(DayOfWeek day, String time, ZoneId zone) {
        return new Nudges.Weeks(zone, new DigestSchedule(1, day, LocalTime.parse(time), 0, Instant.EPOCH));
    }

    private static Nudges.Last nudgedAt(String at, Nudges.Weeks weeks) {
        Instant when = Instant.parse(at);
        return new Nudges.Last(when, weeks.keyAt(when), 7);
    }

    @Test
    @DisplayName("a nudge pressed from Monday's digest: next Monday's digest can offer the next one")
    void everyWeeksDigestOffersOne() {
        // GIVEN the digest goes out on Mondays at 09:00, and bea was nudged from it on 16 March 2026 at 10:00
        Nudges.Weeks weeks = digestOn(DayOfWeek.MONDAY, "09:00", UTC);
        Nudges.Last last = nudgedAt("2026-03-16T10:00:00Z", weeks);

        // THEN the next may go as the next digest goes out, a little less than 7 days later, not a minute before
        Instant nextDigest = Instant.parse("2026-03-23T09:00:00Z");
        assertThat(last.heldUntil(nextDigest, weeks)).isEmpty();
        assertThat(last.heldUntil(nextDigest.minusSeconds(60), weeks)).contains(nextDigest);
        // AND not twice within one digest week
        assertThat(last.heldUntil(Instant.parse("2026-03-20T10:00:00Z"), weeks)).contains(nextDigest);
    }

    @Test
    @DisplayName("a Sunday evening digest, its nudge pressed after midnight: next Sunday's digest can offer one")
    void pressedAfterMidnight() {
        // GIVEN the digest goes out on Sundays at 18:00 in Berlin; bea was nudged on Monday 9 March at 00:30 there
        Nudges.Weeks weeks = digestOn(DayOfWeek.SUNDAY, "18:00", BERLIN);
        Nudges.Last last = nudgedAt("2026-03-08T23:30:00Z", weeks);

        // THEN it counts for the week of the digest it was pressed from, and next Sunday's digest offers another
        assertThat(last.weekKey()).isEqualTo("2026-W10");
        assertThat(last.heldUntil(Instant.parse("2026-03-15T17:00:00Z"), weeks)).isEmpty();
    }

    @Test
    @DisplayName("a nudge pressed just before the next digest goes out: that digest waits 3 days from it")
    void atLeastThreeDaysApart() {
        // GIVEN the digest goes out on Mondays at 09:00, and bea was nudged late, on Monday 23 March at 08:00
        Nudges.Weeks weeks = digestOn(DayOfWeek.MONDAY, "09:00", UTC);
        Nudges.Last last = nudgedAt("2026-03-23T08:00:00Z", weeks);

        // THEN the digest at 09:00 does not offer another: the next may go on Thursday at 08:00
        Instant apart = Instant.parse("2026-03-26T08:00:00Z");
        assertThat(last.heldUntil(Instant.parse("2026-03-23T09:00:00Z"), weeks)).contains(apart);
        assertThat(last.heldUntil(apart, weeks)).isEmpty();
    }

    @Test
    @DisplayName("a nudge kept under the calendar week it was pressed in (before this rule) waits that week out")
    void keptUnderItsCalendarWeek() {
        // GIVEN a Sunday digest at 18:00 (UTC); bea was nudged on Monday 9 March, kept as week 11 by the older rule
        Nudges.Weeks weeks = digestOn(DayOfWeek.SUNDAY, "18:00", UTC);
        Nudges.Last last = new Nudges.Last(Instant.parse("2026-03-09T00:30:00Z"), "2026-W11", 7);

        // THEN Sunday 15 March's digest, week 11 too, cannot hold another row for her: the next waits for the 22nd
        Instant after = Instant.parse("2026-03-22T18:00:00Z");
        assertThat(last.heldUntil(Instant.parse("2026-03-15T18:00:00Z"), weeks)).contains(after);
        assertThat(last.heldUntil(after, weeks)).isEmpty();
    }

    @Test
    @DisplayName("a server without a digest counts calendar weeks from Monday, 3 days apart")
    void calendarWeeksWithoutADigest() {
        Nudges.Weeks weeks = new Nudges.Weeks(UTC, null);
        // GIVEN bea was nudged on Monday 16 March at 10:00
        Nudges.Last monday = nudgedAt("2026-03-16T10:00:00Z", weeks);
        // THEN the next may go from Monday 23 March, 00:00
        assertThat(monday.heldUntil(Instant.parse("2026-03-22T23:59:00Z"), weeks))
                .contains(Instant.parse("2026-03-23T00:00:00Z"));
        assertThat(monday.heldUntil(Instant.parse("2026-03-23T00:00:00Z"), weeks)).isEmpty();

        // AND one nudged on a Sunday evening waits 3 days, into the next week
        Nudges.Last sunday = nudgedAt("2026-03-22T20:00:00Z", weeks);
        assertThat(sunday.heldUntil(Instant.parse("2026-03-23T09:00:00Z"), weeks))
                .isEqualTo(Optional.of(Instant.parse("2026-03-25T20:00:00Z")));
    }

    @Test
    @DisplayName("a week in which the clocks fall back: the next calendar week begins at Monday 00:00 local time")
    void calendarWeekAcrossTheClockChange() {
        // GIVEN bea was nudged on Monday 19 October 2026 at 00:30 in Berlin, whose clocks fall back on Sunday 25th
        Nudges.Weeks weeks = new Nudges.Weeks(BERLIN, null);
        Nudges.Last last = nudgedAt("2026-10-18T22:30:00Z", weeks);

        // THEN 7 × 24 hours later (Sunday 23:30 in Berlin) is the same calendar week: no nudge yet
        Instant monday = Instant.parse("2026-10-25T23:00:00Z");
        assertThat(last.heldUntil(Instant.parse("2026-10-25T22:30:00Z"), weeks)).contains(monday);
        // AND the next may go from Monday 26 October, 00:00 in Berlin
        assertThat(last.heldUntil(monday, weeks)).isEmpty();
    }
}
