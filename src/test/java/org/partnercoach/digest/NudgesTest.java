package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One nudge a week: when the next may go")
class NudgesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    @DisplayName("7 days after the last nudge, the next may go, in the next calendar week")
    void sevenDaysAfter() {
        // GIVEN bea was nudged on Monday 16 March 2026 at 10:00 (UTC)
        Instant at = Instant.parse("2026-03-16T10:00:00Z");
        ZoneId utc = ZoneId.of("UTC");
        Nudges.Last last = new Nudges.Last(at, Nudges.weekKey(at, utc), 7);

        // THEN the next may go from Monday 23 March at 10:00, not a minute before
        assertThat(last.another(utc)).isEqualTo(Instant.parse("2026-03-23T10:00:00Z"));
        assertThat(last.allowsAnother(Instant.parse("2026-03-23T09:59:00Z"), utc)).isFalse();
        assertThat(last.allowsAnother(Instant.parse("2026-03-23T10:00:00Z"), utc)).isTrue();
    }

    @Test
    @DisplayName("a week in which the clocks fall back: 7 × 24 hours after a nudge on Monday just after midnight is "
            + "still Sunday, so the next waits for Monday, and the time said is that one")
    void notTwiceInOneCalendarWeek() {
        // GIVEN bea was nudged on Monday 19 October 2026 at 00:30 in Berlin, whose clocks fall back on Sunday 25th
        Instant at = Instant.parse("2026-10-18T22:30:00Z");
        Nudges.Last last = new Nudges.Last(at, Nudges.weekKey(at, BERLIN), 7);

        // THEN 7 × 24 hours later (Sunday 23:30 in Berlin) is the same calendar week: no nudge yet
        assertThat(last.allowsAnother(Instant.parse("2026-10-25T22:30:00Z"), BERLIN)).isFalse();
        // AND the next may go from Monday 26 October, 00:00 in Berlin, as said
        Instant monday = Instant.parse("2026-10-25T23:00:00Z");
        assertThat(last.another(BERLIN)).isEqualTo(monday);
        assertThat(last.allowsAnother(monday.minusSeconds(1), BERLIN)).isFalse();
        assertThat(last.allowsAnother(monday, BERLIN)).isTrue();
    }
}
