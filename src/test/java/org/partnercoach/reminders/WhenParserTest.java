package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercoach.chat.ClockTime;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;

@DisplayName("Reading when to remind someone")
class WhenParserTest {

    /** Monday 2 March 2026, 15:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private final WhenParser parser = new WhenParser(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** Every way to write a time, as `when:?` lists them on 2 March 2026. */
    private static final String FORMS = WhenParser.forms(LocalDate.of(2026, 3, 2));

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "in 3 days          | UTC             | 2026-03-05T15:00:00Z",
        "in 2h              | UTC             | 2026-03-02T17:00:00Z",
        "in 90 minutes      | UTC             | 2026-03-02T16:30:00Z",
        "in 45m             | UTC             | 2026-03-02T15:45:00Z",
        "in an hour         | UTC             | 2026-03-02T16:00:00Z",
        "in a week          | UTC             | 2026-03-09T15:00:00Z",
        "in 2 weeks         | UTC             | 2026-03-16T15:00:00Z",
        "tomorrow 9am       | UTC             | 2026-03-03T09:00:00Z",
        "tomorrow           | UTC             | 2026-03-03T09:00:00Z",
        "Tomorrow at 2:30 PM| UTC             | 2026-03-03T14:30:00Z",
        "tomorrow 12am      | UTC             | 2026-03-03T00:00:00Z",
        "tomorrow 12pm      | UTC             | 2026-03-03T12:00:00Z",
        "today 5pm          | UTC             | 2026-03-02T17:00:00Z",
        "monday             | UTC             | 2026-03-09T09:00:00Z",
        "friday             | UTC             | 2026-03-06T09:00:00Z",
        "next friday 14:00  | UTC             | 2026-03-06T14:00:00Z",
        "  NEXT   Fri  14:00| UTC             | 2026-03-06T14:00:00Z",
        "2026-12-01         | UTC             | 2026-12-01T09:00:00Z",
        "2026-12-01 14:00   | UTC             | 2026-12-01T14:00:00Z",
        "2026-12-01T14:00   | UTC             | 2026-12-01T14:00:00Z",
        "2026-12-01 14:00   | Europe/Berlin   | 2026-12-01T13:00:00Z",
        "tomorrow 9am       | America/Chicago | 2026-03-03T15:00:00Z",
        "tomorrow 9am       | Asia/Tokyo      | 2026-03-04T00:00:00Z",
        "next week          | UTC             | 2026-03-09T09:00:00Z",
        "next week 14:00    | UTC             | 2026-03-09T14:00:00Z",
        "tonight            | UTC             | 2026-03-02T19:00:00Z",
        "tonight 8pm        | America/Chicago | 2026-03-03T02:00:00Z",
        "Dec 1              | UTC             | 2026-12-01T09:00:00Z",
        "december 1st, 2026 | UTC             | 2026-12-01T09:00:00Z",
        "1 December         | UTC             | 2026-12-01T09:00:00Z",
        "1 Dec 3pm          | UTC             | 2026-12-01T15:00:00Z",
        "25/12              | UTC             | 2026-12-25T09:00:00Z",
        "12/25 10:30        | America/Chicago | 2026-12-25T16:30:00Z",
        "in a fortnight     | UTC             | 2026-03-16T15:00:00Z",
        "in 2 fortnights    | UTC             | 2026-03-30T15:00:00Z",
        "5pm                | UTC             | 2026-03-02T17:00:00Z",
        "at 16:30           | UTC             | 2026-03-02T16:30:00Z",
        "9am                | UTC             | 2026-03-03T09:00:00Z",
        "3pm                | UTC             | 2026-03-03T15:00:00Z",
        "9am                | America/Chicago | 2026-03-03T15:00:00Z",
        "8pm                | America/Chicago | 2026-03-03T02:00:00Z",
        "noon               | UTC             | 2026-03-03T12:00:00Z",
        "midday             | UTC             | 2026-03-03T12:00:00Z",
        "tomorrow noon      | UTC             | 2026-03-03T12:00:00Z",
        "monday at noon     | America/Chicago | 2026-03-02T18:00:00Z",
        "monday at 8am      | America/Chicago | 2026-03-09T13:00:00Z",
        "Dec 1 noon         | UTC             | 2026-12-01T12:00:00Z",
        "midnight           | UTC             | 2026-03-03T00:00:00Z",
        "at midnight        | America/Chicago | 2026-03-03T06:00:00Z",
        "in 1.5 hours       | UTC             | 2026-03-02T16:30:00Z",
        "in 2,5 h           | UTC             | 2026-03-02T17:30:00Z",
        "in half an hour    | UTC             | 2026-03-02T15:30:00Z",
        "in half a day      | UTC             | 2026-03-03T03:00:00Z",
        "in 1.5 days        | UTC             | 2026-03-04T03:00:00Z",
        "in a month         | UTC             | 2026-04-02T15:00:00Z",
        "in 2 months        | UTC             | 2026-05-02T15:00:00Z",
        "in 3 mo            | UTC             | 2026-06-02T15:00:00Z",
        "next month         | UTC             | 2026-04-01T09:00:00Z",
        "next month 2pm     | UTC             | 2026-04-01T14:00:00Z",
        "in a year          | UTC             | 2027-03-02T15:00:00Z",
        "noon tomorrow      | UTC             | 2026-03-03T12:00:00Z",
        "9am tomorrow       | America/Chicago | 2026-03-03T15:00:00Z",
        "at 2:30pm on friday| UTC             | 2026-03-06T14:30:00Z",
        "5pm next week      | UTC             | 2026-03-09T17:00:00Z",
        "9.30 tomorrow      | UTC             | 2026-03-03T09:30:00Z",
        "3pm Dec 1          | UTC             | 2026-12-01T15:00:00Z",
        "in 2 days at 5pm   | UTC             | 2026-03-04T17:00:00Z",
        "in 2 days 5pm      | UTC             | 2026-03-04T17:00:00Z",
        "5pm in 2 days      | UTC             | 2026-03-04T17:00:00Z",
        "in 2 days at 17:00 | America/Chicago | 2026-03-04T23:00:00Z",
        "in a week at noon  | UTC             | 2026-03-09T12:00:00Z",
        "in 2 weeks at 9am  | UTC             | 2026-03-16T09:00:00Z",
        "in 2 days in the morning | UTC       | 2026-03-04T09:00:00Z",
        "in 1 day at 9am    | UTC             | 2026-03-03T09:00:00Z",
        "this friday        | UTC             | 2026-03-06T09:00:00Z",
        "This Friday 5pm    | UTC             | 2026-03-06T17:00:00Z",
        "this fri at noon   | UTC             | 2026-03-06T12:00:00Z",
        "5pm this friday    | UTC             | 2026-03-06T17:00:00Z",
        "on friday          | UTC             | 2026-03-06T09:00:00Z",
        "on friday at 5pm   | UTC             | 2026-03-06T17:00:00Z",
        "on Dec 1           | UTC             | 2026-12-01T09:00:00Z",
        "this monday evening| UTC             | 2026-03-02T19:00:00Z",
        "friday 12 noon     | UTC             | 2026-03-06T12:00:00Z",
        "12 noon friday     | UTC             | 2026-03-06T12:00:00Z",
        "12 midnight        | UTC             | 2026-03-03T00:00:00Z",
        "friday, 5pm        | UTC             | 2026-03-06T17:00:00Z",
        "Tomorrow, 9am      | UTC             | 2026-03-03T09:00:00Z",
        "in 2 days, 5pm     | UTC             | 2026-03-04T17:00:00Z",
        "friday @ 5pm       | UTC             | 2026-03-06T17:00:00Z",
        "Dec 1, 9am         | UTC             | 2026-12-01T09:00:00Z",
    })
    @DisplayName("accepts the documented forms, in the member's own time zone")
    void accepts(String text, String zone, String expected) {
        assertThat(parser.parse(text, ZoneId.of(zone))).isEqualTo(Instant.parse(expected));
    }

    /** Wednesday 2 December 2026, 10:00 UTC. */
    private static final Instant DECEMBER = Instant.parse("2026-12-02T10:00:00Z");
    private final WhenParser inDecember = new WhenParser(Clock.fixed(DECEMBER, ZoneOffset.UTC));

    @Test
    @DisplayName("a day of the last three months, written without a year, has passed: refused, with how to write "
            + "next year's; one further back is next year's")
    void aDayJustGoneByIsRefusedNotKeptAYear() {
        // GIVEN 2 December: "Nov 30" went by two days ago
        assertThatThrownBy(() -> inDecember.parse("Nov 30", ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("already passed this year")
                .hasMessageContaining("If you meant next year's, write `Nov 30 2027`.");
        assertThatThrownBy(() -> inDecember.parse("30 November 3pm", ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("write `Nov 30 2027 15:00`.");
        assertThatThrownBy(() -> inDecember.parse("3pm Nov 30", ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("already passed this year");
        assertThatThrownBy(() -> inDecember.parse("Sep 3", ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("already passed this year");
        // AND the way it offers reads as next year's
        assertThat(inDecember.parse("Nov 30 2027", ZoneOffset.UTC)).isEqualTo(Instant.parse("2027-11-30T09:00:00Z"));
        // AND in digits, month first in the Americas: 11/30 has passed; 12/01 (1 December) too, with 12 January named
        assertThatThrownBy(() -> inDecember.parse("11/30", ZoneId.of("America/Chicago")))
                .isInstanceOf(UserError.class).hasMessageContaining("write `Nov 30 2027`");
        assertThatThrownBy(() -> inDecember.parse("12/01", ZoneId.of("America/Chicago")))
                .isInstanceOf(UserError.class).hasMessageContaining("write `Dec 1 2027`")
                .hasMessageContaining("If you meant 12 January, write `Jan 12`.");
        // AND a day further back than three months means next year's, as does one with the year written
        assertThat(inDecember.parse("Jan 5", ZoneOffset.UTC)).isEqualTo(Instant.parse("2027-01-05T09:00:00Z"));
        assertThat(inDecember.parse("Sep 1", ZoneOffset.UTC)).isEqualTo(Instant.parse("2027-09-01T09:00:00Z"));
        // AND today's date at a time gone by is a passed time, as before
        assertThatThrownBy(() -> inDecember.parse("Dec 2 9am", ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("That time has already passed");
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "tonight 9        | UTC             | 2026-12-02T21:00:00Z",
        "tonight 9:30     | UTC             | 2026-12-02T21:30:00Z",
        "tonight at 8     | America/Chicago | 2026-12-03T02:00:00Z",
        "9 tonight        | UTC             | 2026-12-02T21:00:00Z",
        "tonight 12       | UTC             | 2026-12-03T00:00:00Z",
        "tonight 1        | UTC             | 2026-12-03T01:00:00Z",
        "tonight at 2:30  | UTC             | 2026-12-03T02:30:00Z",
        "2 tonight        | America/Chicago | 2026-12-03T08:00:00Z",
        "tonight 4        | UTC             | 2026-12-03T04:00:00Z",
        "tonight 5        | UTC             | 2026-12-02T17:00:00Z",
        "tonight 7        | UTC             | 2026-12-02T19:00:00Z",
        "tonight 11:30    | UTC             | 2026-12-02T23:30:00Z",
        "9am 12/04        | UTC             | 2027-04-12T09:00:00Z",
        "12/04 9am        | UTC             | 2027-04-12T09:00:00Z",
        "3pm 25/12        | UTC             | 2026-12-25T15:00:00Z",
        "9am 12/25        | America/Chicago | 2026-12-25T15:00:00Z",
        "at 10:30 on 24.12. | UTC           | 2026-12-24T10:30:00Z",
        "tomorrow morning | UTC             | 2026-12-03T09:00:00Z",
        "tomorrow afternoon | America/Chicago | 2026-12-03T20:00:00Z",
        "tomorrow night   | UTC             | 2026-12-03T19:00:00Z",
        "friday evening   | UTC             | 2026-12-04T19:00:00Z",
        "Dec 24 in the morning | UTC        | 2026-12-24T09:00:00Z",
        "this afternoon   | UTC             | 2026-12-02T14:00:00Z",
        "this evening     | UTC             | 2026-12-02T19:00:00Z",
    })
    @DisplayName("tonight with an hour is the evening's; a time before a date in digits reads as after it; morning, "
            + "afternoon, evening and night after a day are 09:00, 14:00, 19:00")
    void tonightAndTimeBeforeDate(String text, String zone, String expected) {
        assertThat(inDecember.parse(text, ZoneId.of(zone))).isEqualTo(Instant.parse(expected));
    }

    @Test
    @DisplayName("9am 12/01 offers both days, as 12/01 9am does")
    void timeBeforeAnAmbiguousDate() {
        WhenParser.When first = inDecember.read("9am 12/03", ZoneOffset.UTC);
        WhenParser.When after = inDecember.read("12/03 9am", ZoneOffset.UTC);
        assertThat(first).isEqualTo(after);
        assertThat(first.at()).isEqualTo(Instant.parse("2027-03-12T09:00:00Z"));
        assertThat(first.others()).containsExactly(Instant.parse("2026-12-03T09:00:00Z"));
    }

    @ParameterizedTest(name = "\"tonight\" said at {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-02T10:00:00Z | 2026-12-02T19:00:00Z",
        "2026-12-02T18:00:00Z | 2026-12-02T19:00:00Z",
        "2026-12-02T18:30:00Z | 2026-12-02T19:30:00Z",
        "2026-12-02T19:30:45Z | 2026-12-02T20:30:00Z",
        "2026-12-02T23:00:00Z | 2026-12-03T00:00:00Z",
        "2026-12-02T02:00:00Z | 2026-12-02T19:00:00Z",
    })
    @DisplayName("tonight is 19:00, or an hour from now (on the minute) once 19:00 is less than an hour away")
    void tonightLateInTheEvening(String now, String expected) {
        WhenParser late = new WhenParser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
        assertThat(late.parse("tonight", ZoneOffset.UTC)).isEqualTo(Instant.parse(expected));
    }

    @Test
    @DisplayName("a day count keeps the clock time across a daylight-saving change; an hour count is real time")
    void daysKeepTheClockTimeAcrossDst() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        // GIVEN it is 09:00 CST in Chicago; clocks spring forward on Sunday 8 March
        // WHEN a member asks for "in 7 days" and "in 168h"
        // THEN the first is 09:00 CDT (one hour less of real time), the second exactly 168 hours later
        assertThat(parser.parse("in 7 days", chicago)).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(parser.parse("in 168h", chicago)).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
        assertThat(parser.parse("next monday 9am", chicago)).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    }

    @Test
    @DisplayName("a time that does not exist (the hour clocks skip) moves forward with the change")
    void gapTimeMovesForward() {
        assertThat(parser.parse("2026-03-08 02:30", ZoneId.of("America/Chicago")))
                .isEqualTo(Instant.parse("2026-03-08T08:30:00Z"));
    }

    @Test
    @DisplayName("a time the clocks skip says it was moved to after the change; one they show twice says which was "
            + "taken, the one still to come; other times say nothing of it")
    void timesAtADaylightSavingChange() {
        // GIVEN Chicago: on Sunday 14 March 2027 clocks go forward from 02:00 to 03:00
        WhenParser december = new WhenParser(Clock.fixed(Instant.parse("2026-12-02T16:00:00Z"), ZoneOffset.UTC));
        WhenParser.When skipped = december.read("2027-03-14 2:30", CHICAGO);
        assertThat(skipped.at()).isEqualTo(Instant.parse("2027-03-14T08:30:00Z"));
        assertThat(skipped.note()).isEqualTo("There is no 02:30 on Sunday 14 March in America/Chicago: the clocks go "
                + "forward from 02:00 to 03:00 that night, so I set it for 03:30.");
        assertThat(december.read("Mar 14 2:30am", CHICAGO).note()).startsWith("There is no 02:30 on Sunday 14 March");
        assertThat(december.read("2027-03-14 3:30", CHICAGO).note()).isEmpty();
        // AND on Sunday 1 November 2026 they go back from 02:00 to 01:00: 01:30 comes twice, the first is taken
        WhenParser saturday = new WhenParser(Clock.fixed(Instant.parse("2026-10-31T16:00:00Z"), ZoneOffset.UTC));
        WhenParser.When twice = saturday.read("2026-11-01 1:30", CHICAGO);
        assertThat(twice.at()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        assertThat(twice.note()).isEqualTo("01:30 comes twice on Sunday 1 November in America/Chicago: the clocks go "
                + "back from 02:00 to 01:00 that night. I set it for the first 01:30, before they go back.");
        assertThat(saturday.read("tomorrow 1:30am", CHICAGO).at()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        // AND said at 01:40, after the first, it is the second, 50 minutes on, not the next night's
        WhenParser between = new WhenParser(Clock.fixed(Instant.parse("2026-11-01T06:40:00Z"), ZoneOffset.UTC));
        for (String text : List.of("1:30am", "today 1:30am", "2026-11-01 1:30")) {
            WhenParser.When second = between.read(text, CHICAGO);
            assertThat(second.at()).as(text).isEqualTo(Instant.parse("2026-11-01T07:30:00Z"));
            assertThat(second.note()).as(text).endsWith("I set it for the second 01:30, once they have gone back.");
        }
        // AND a duration, and a time away from the change, say nothing of it
        assertThat(between.read("in 1 hour", CHICAGO).note()).isEmpty();
        assertThat(saturday.read("tomorrow 9am", CHICAGO).note()).isEmpty();
    }

    @Test
    @DisplayName("a count of days that lands on a clock time the clocks skip, or show twice, says so as a date and time "
            + "there does; a count of hours, real time, says nothing of it")
    void daysLandingOnADaylightSavingChange() {
        // GIVEN Chicago at 02:30 on Saturday 7 March 2026: the next night the clocks go forward from 02:00 to 03:00
        WhenParser saturday = new WhenParser(Clock.fixed(Instant.parse("2026-03-07T08:30:00Z"), ZoneOffset.UTC));
        String skipped = "There is no 02:30 on Sunday 8 March in America/Chicago: the clocks go forward from 02:00 "
                + "to 03:00 that night, so I set it for 03:30.";
        for (String text : List.of("in 1 day", "in a day", "in 1d")) {
            WhenParser.When when = saturday.read(text, CHICAGO);
            assertThat(when.at()).as(text).isEqualTo(Instant.parse("2026-03-08T08:30:00Z"));
            assertThat(when.note()).as(text).isEqualTo(skipped);
        }
        WhenParser friday = new WhenParser(Clock.fixed(Instant.parse("2026-03-06T08:30:45Z"), ZoneOffset.UTC));
        assertThat(friday.read("in 2 days", CHICAGO).note()).isEqualTo(skipped);
        assertThat(friday.read("in 2 days", CHICAGO).at()).isEqualTo(Instant.parse("2026-03-08T08:30:00Z"));
        // AND "in 1.5 days" and "in 24h" are real time: nothing moved, nothing to say
        assertThat(saturday.read("in 24h", CHICAGO).note()).isEmpty();
        assertThat(friday.read("in 1.5 days", CHICAGO).note()).isEmpty();
        // AND at 01:30 on Saturday 31 October, "in 1 day" is the first 01:30 of the night they go back
        WhenParser october = new WhenParser(Clock.fixed(Instant.parse("2026-10-31T06:30:00Z"), ZoneOffset.UTC));
        WhenParser.When twice = october.read("in 1 day", CHICAGO);
        assertThat(twice.at()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        assertThat(twice.note()).isEqualTo("01:30 comes twice on Sunday 1 November in America/Chicago: the clocks go "
                + "back from 02:00 to 01:00 that night. I set it for the first 01:30, before they go back.");
        // AND a count of days away from the change says nothing of it
        assertThat(october.read("in 2 days", CHICAGO).note()).isEmpty();
    }

    @Test
    @DisplayName("an hour after tonight the clocks skip or show twice says so as a typed time does: `tonight 2` on the "
            + "night they go forward is 02:00, set for 03:00; `tonight 1` on the night they go back is the first 01:00")
    void tonightOnADaylightSavingNight() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // GIVEN New York at 20:00 on Saturday 13 March 2027: that night the clocks go forward from 02:00 to 03:00
        WhenParser saturday = new WhenParser(Clock.fixed(Instant.parse("2027-03-14T01:00:00Z"), ZoneOffset.UTC));
        String skipped = " There is no 02:00 on Sunday 14 March in America/New_York: the clocks go forward from 02:00 "
                + "to 03:00 that night, so I set it for 03:00.";
        for (String text : List.of("tonight 2", "tonight at 2", "this evening 2")) {
            WhenParser.When when = saturday.read(text, newYork);
            assertThat(when.at()).as(text).isEqualTo(Instant.parse("2027-03-14T07:00:00Z"));
            // THEN the reply says it read 02:00, and why it is set for 03:00
            assertThat(when.note()).as(text).isEqualTo("I read `" + text + "` as 02:00 in the small hours of Sunday "
                    + "14 March (America/New_York)." + skipped);
        }
        assertThat(saturday.read("tonight 2:30", newYork).note()).isEqualTo("I read `tonight 2:30` as 02:30 in the "
                + "small hours of Sunday 14 March (America/New_York). There is no 02:30 on Sunday 14 March in "
                + "America/New_York: the clocks go forward from 02:00 to 03:00 that night, so I set it for 03:30.");
        assertThat(saturday.read("tonight 2am", newYork).note()).isEqualTo(skipped.strip());
        // AND an hour the clocks keep says nothing of them
        assertThat(saturday.read("tonight 3", newYork).note()).isEqualTo("I read `tonight 3` as 03:00 in the small "
                + "hours of Sunday 14 March (America/New_York).");
        assertThat(saturday.read("tonight 9", newYork).note()).isEqualTo("I read `tonight 9` as 21:00 this evening.");
        // AND at 20:00 on Saturday 6 November 2027 the clocks go back that night from 02:00 to 01:00: the first 01:00
        WhenParser november = new WhenParser(Clock.fixed(Instant.parse("2027-11-07T00:00:00Z"), ZoneOffset.UTC));
        WhenParser.When twice = november.read("tonight 1", newYork);
        assertThat(twice.at()).isEqualTo(Instant.parse("2027-11-07T05:00:00Z"));
        assertThat(twice.note()).isEqualTo("I read `tonight 1` as 01:00 in the small hours of Sunday 7 November "
                + "(America/New_York). 01:00 comes twice on Sunday 7 November in America/New_York: the clocks go back "
                + "from 02:00 to 01:00 that night. I set it for the first 01:00, before they go back.");
    }

    @ParameterizedTest(name = "\"{0}\" points to {1}")
    @CsvSource(delimiter = '|', value = {
        "tomorrow 25:00     | clock | `3pm`, `14:00`, `tomorrow 9:30`",
        "25:00              | clock | `3pm`, `14:00`, `tomorrow 9:30`",
        "tomorrow 9:75      | clock | `3pm`, `14:00`, `tomorrow 9:30`",
        "next               | day   | `friday`, `next friday 14:00`, `tomorrow 9am`, `next week`",
        "friday 25:00       | day   | `friday`, `next friday 14:00`, `tomorrow 9am`, `next week`",
        "next tuesday-ish   | day   | `friday`, `next friday 14:00`, `tomorrow 9am`, `next week`",
        "13/13/2026         | date  | `May 15`, `15 May 3pm`, `05/15`, `2026-05-15 14:00`",
        "dec 45             | date  | `May 15`, `15 May 3pm`, `05/15`, `2026-05-15 14:00`",
        "2026-13-01         | date  | `May 15`, `15 May 3pm`, `05/15`, `2026-05-15 14:00`",
        "in three days      | in    | `in 3 days`, `in 2h`, `in 30 minutes`, `in a fortnight`",
        "in a blue moon     | in    | `in 3 days`, `in 2h`, `in 30 minutes`, `in a fortnight`",
        "10 days            | in    | `in 3 days`, `in 2h`, `in 30 minutes`, `in a fortnight`",
        "soon               | any   | `in 3 days`, `tomorrow 9am`, `next friday 14:00`, `May 15`",
        "🎉🎉               | any   | `in 3 days`, `tomorrow 9am`, `next friday 14:00`, `May 15`",
    })
    @DisplayName("refuses anything else with the few forms closest to what was typed, and where to see them all")
    void refusesOtherTextWithTheFormsNearest(String text, String kind, String forms) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("as a time.")
                .hasMessageContaining(forms)
                .hasMessageContaining(WhenParser.ALL_FORMS)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FORMS).hasSizeLessThan(200));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tomorrow 13pm", "2026-02-30", "in half", "in 1.5", "noonish", "in 1.2.3 hours",
        "'; DROP TABLE scheduled_sends; --", "@everyone", "   ", "13pm", "at",
        "25:00 tomorrow", "tomorrow 25", "9am soon"})
    @DisplayName("refuses any other text, short, with a few forms and where to see them all")
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC))
                .isInstanceOf(UserError.class)
                .hasMessageContaining(WhenParser.ALL_FORMS)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FORMS).hasSizeLessThan(200));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "tomorrow 9      | `tomorrow 9am` or `tomorrow 9pm` (or `tomorrow 21:00`)",
        "tomorrow at 9   | `tomorrow 9am` or `tomorrow 9pm` (or `tomorrow 21:00`)",
        "next friday 3   | `next friday 3am` or `next friday 3pm` (or `next friday 15:00`)",
        "9               | `9am` or `9pm` (or `21:00`)",
        "at 12           | `12am` or `12pm` (or `12:00`)",
        "9 tomorrow      | `tomorrow 9am` or `tomorrow 9pm` (or `tomorrow 21:00`)",
        "12/11 9         | `12/11 9am` or `12/11 9pm` (or `12/11 21:00`)",
        "9 12/11         | `12/11 9am` or `12/11 9pm` (or `12/11 21:00`)",
        "Dec 1 at 9      | `dec 1 9am` or `dec 1 9pm` (or `dec 1 21:00`)",
        "in 2 days at 5  | `in 2 days 5am` or `in 2 days 5pm` (or `in 2 days 17:00`)",
    })
    @DisplayName("an hour without am/pm asks morning or evening, and shows how to write each")
    void bareHourAsksMorningOrEvening(String text, String shown) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("in the morning or the evening? Write " + shown);
    }

    @Test
    @DisplayName("an hour without am/pm on a day where one or both have passed asks only about what is still ahead: "
            + "this evening or tomorrow, or next year's day once that day has passed")
    void bareHourOnADayPartlyOrWhollyPassed() {
        // GIVEN Wednesday 2 December 2026, 10:00 in Chicago: 9:00 this morning and all of 1 December have passed
        WhenParser morning = new WhenParser(Clock.fixed(Instant.parse("2026-12-02T16:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> morning.parse("today 9", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("Is `today 9` in the morning or the evening? 09:00 today has passed: write "
                        + "`today 9pm` (or `today 21:00`), or `tomorrow 9am` for tomorrow's.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`today 9am`"));
        assertThatThrownBy(() -> morning.parse("Dec 1 at 9", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("Either way, 1 December has passed this year. If you meant next year's, "
                        + "write `Dec 1 2027 9am` or `Dec 1 2027 9pm` (or `Dec 1 2027 21:00`).")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`dec 1 9am`", "`dec 1 9pm`"));
        // AND 12/01 (1 December, month first in Chicago) names 12 January as well, which is ahead
        assertThatThrownBy(() -> morning.parse("12/01 9", CHICAGO))
                .hasMessageContaining("`Dec 1 2027 9am` or `Dec 1 2027 9pm`")
                .hasMessageContaining("If you meant 12 January, write `Jan 12 9am` or `Jan 12 9pm` (or "
                        + "`Jan 12 21:00`).");
        // AND 12/01 day first (UTC) on 2 March, where 12 January has just passed, offers 1 December, once asked
        // `12/01 9am` itself (no longer offered): refused as passed
        assertThatThrownBy(() -> parser.parse("12/01 9", ZoneOffset.UTC))
                .hasMessageContaining("Either way, 12 January has passed this year.")
                .hasMessageContaining("If you meant 1 December, write `Dec 1 9am` or `Dec 1 9pm` (or `Dec 1 21:00`).")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`12/01 9am`"));
        // AND a date with its year that has passed offers the next one
        assertThatThrownBy(() -> morning.parse("2026-12-01 9", CHICAGO))
                .hasMessageContaining("Either way, 1 December 2026 has passed. If you meant next year's, write "
                        + "`Dec 1 2027 9am` or `Dec 1 2027 9pm`");
        // AND at 22:00 both of today's have passed: tomorrow's are offered
        WhenParser late = new WhenParser(Clock.fixed(Instant.parse("2026-12-03T04:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> late.parse("today 9", CHICAGO))
                .hasMessageContaining("Is `today 9` in the morning or the evening? Both have passed today: write "
                        + "`tomorrow 9am` or `tomorrow 9pm` (or `tomorrow 21:00`).");
        // AND every one of those suggestions is read as a time ahead
        for (String typed : List.of("today 9", "Dec 1 at 9", "12/01 9", "9 12/01", "2026-12-01 9", "1 Dec 9",
                "today 12", "Dec 2 at 9")) {
            suggestionsAreReadable(morning, typed);
            suggestionsAreReadable(late, typed);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "tomorrow midnight     | `tomorrow midnight` | `tomorrow 0:00` for the start, or `tomorrow 23:59`",
        "Tomorrow at midnight  | `Tomorrow at midnight` | `tomorrow 0:00` for the start, or `tomorrow 23:59`",
        "midnight tomorrow     | `midnight tomorrow` | `tomorrow 0:00` for the start, or `tomorrow 23:59`",
        "friday midnight       | `friday midnight`   | `friday 0:00` for the start, or `friday 23:59`",
        "in 2 days at midnight | `in 2 days at midnight` | `in 2 days 0:00` for the start, or `in 2 days 23:59`",
        "friday 12 midnight    | `friday 12 midnight` | `friday 0:00` for the start, or `friday 23:59`",
        "Dec 1 at midnight     | `Dec 1 at midnight` | `dec 1 0:00` for the start, or `dec 1 23:59`",
    })
    @DisplayName("midnight after a day asks whether the start or the end of that day was meant, and how to write each")
    void midnightAfterADayAsksWhich(String text, String shown, String forms) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("Does " + shown + " mean the start of that day or its end? Write " + forms)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("couldn't read", "`in 3 days`"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"someday midnight", "midnight someday", "someday 9", "9 someday", "birthday 9",
        "holiday midnight", "payday at 9", "everyday noon", "someday noon", "whenever midnight", "soon", "next",
        "in three days", "10 days", "friday 25:00", "13/13/2026", "dec 45", "25:00", "tomorrow 25;00", "tomorrow 9",
        "9", "at 12", "12/01 9", "9 12/01", "Dec 1 at 9", "end of the week 3", "next weekend 9", "this weekend 9",
        "next month 3", "tomorrow midnight", "friday midnight", "tuesday at midnight", "tomorrow 24:00",
        "2026-12-01 24:00", "today 9am", "this morning", "yesterday 5pm", "2020-01-01", "in 0 minutes", "Feb 29",
        "Feb 29 2027", "2027-02-29", "in 10000 days", "2028-01-01", "now", "?", "help", "", "🎉", "@everyone",
        "tonight 25", "14;30", "next friday", "end of the week", "in a month", "9.30", "12.01", "Jan 5",
        "yesterday 9", "yesterday midnight", "yesterday 13", "tomorrow 24", "tonight 12pm", "tonight noon",
        "tonight 13", "tonight 9am", "this morning 8", "this evening 9", "12pm tonight", "last friday midnight",
        "midnight last friday", "in 2 days at 5", "in 2 days at midnight", "in 3 hours at 5pm"})
    @DisplayName("every example the bot suggests, refusing a time or noting how it read one, is one it reads itself")
    void everySuggestedExampleIsReadable(String typed) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        suggestionsAreReadable(parser, typed);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"?", "soon", "someday midnight", "🎉", "13/13/2026", "dec 45", "tonight 25",
        "2028-01-01", "in 10000 days", "Feb 29 2026", "29/02/2026", "2026-02-29", "Feb 29 2029", "2029-02-29",
        "Feb 29 2027", "Feb 29", "Dec 1 at 9", "12/01 9", "today 9", "tonight midnight"})
    @DisplayName("the dates the bot suggests are still ahead whenever they are suggested: on 2 December, no 1 December")
    void suggestedDatesAreAhead(String typed) {
        // GIVEN Wednesday 2 December 2026, 10:00 in Chicago: 1 December has just passed
        suggestionsAreReadable(new WhenParser(Clock.fixed(Instant.parse("2026-12-02T16:00:00Z"), ZoneOffset.UTC)),
                typed);
    }

    /** Every example in the reply to {@code typed} (its refusal, or its note) is read by {@code reader}. */
    private static void suggestionsAreReadable(WhenParser reader, String typed) {
        String reply;
        try {
            reply = reader.read(typed, CHICAGO).note();
        } catch (UserError e) {
            reply = e.getMessage();
        }
        java.util.regex.Matcher example = java.util.regex.Pattern.compile("`([^`]+)`").matcher(reply);
        String echo = WhenParser.quoted(typed);
        while (example.find()) {
            String suggested = example.group(1);
            if (example.group().equals(echo) || suggested.equals("when:?")) {
                // what was typed, quoted back; and where to see every form (see the next check)
                continue;
            }
            org.assertj.core.api.Assertions.assertThatCode(() -> reader.parse(suggested, CHICAGO))
                    .as("`%s` suggests `%s`", typed, suggested).doesNotThrowAnyException();
        }
        // AND `when:?` lists the forms
        assertThatThrownBy(() -> reader.parse("?", CHICAGO)).hasMessageContaining("`in 3 days`, `in 2h`");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"now", "Now", "right now", "now!", "asap"})
    @DisplayName("now says a reminder needs a time ahead and offers in 10 minutes, which is taken")
    void nowAsksForATimeAhead(String text) {
        assertThatThrownBy(() -> parser.parse(text, CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("needs a time ahead").hasMessageContaining("`in 10 minutes`")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("couldn't read", "`Dec 1`"));
        assertThat(parser.parse("in 10 minutes", CHICAGO)).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    @DisplayName("24:00, which the clock-time reader takes as midnight, is the coming midnight here too")
    void twentyFourHundredAlone() {
        // GIVEN Monday 2 March, 09:00 in Chicago
        Instant midnight = Instant.parse("2026-03-03T06:00:00Z");
        assertThat(ClockTime.read("24:00")).contains(LocalTime.MIDNIGHT);
        assertThat(parser.parse("24:00", CHICAGO)).isEqualTo(midnight);
        assertThat(parser.parse("at 24.00", CHICAGO)).isEqualTo(midnight);
        assertThat(parser.parse("24h00", CHICAGO)).isEqualTo(midnight);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tonight midnight", "tonight 24:00", "Tonight at midnight", "midnight tonight",
        "24:00 tonight", "tonight at 24.00", "tonight 12am", "at midnight tonight"})
    @DisplayName("midnight or 24:00 with tonight is the end of tonight, the coming midnight, and the note says so")
    void midnightTonight(String text) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        WhenParser.When when = parser.read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
        assertThat(when.note()).isEqualTo(WhenParser.quoted(text) + " is the end of tonight: midnight, Tuesday 3 "
                + "March at 00:00 (America/Chicago).");
        // AND said in the small hours, it is the end of the night to come, as tonight is that evening
        WhenParser smallHours = new WhenParser(Clock.fixed(Instant.parse("2026-03-02T07:00:00Z"), ZoneOffset.UTC));
        assertThat(smallHours.parse(text, CHICAGO)).isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
    }

    @Test
    @DisplayName("tonight 1am or tonight 2:30am is the small hours after tonight, where it was 01:00 today, refused as "
            + "passed; said in those small hours, before the time, it is that night's")
    void tonightInTheSmallHours() {
        // GIVEN Monday 2 March, 09:00 in Chicago
        assertThat(parser.parse("tonight 1am", CHICAGO)).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
        assertThat(parser.parse("tonight at 2:30am", CHICAGO)).isEqualTo(Instant.parse("2026-03-03T08:30:00Z"));
        // AND said at 00:30 that Monday, 1am is half an hour ahead
        WhenParser justAfterMidnight = new WhenParser(Clock.fixed(Instant.parse("2026-03-02T06:30:00Z"),
                ZoneOffset.UTC));
        assertThat(justAfterMidnight.parse("tonight 1am", CHICAGO)).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        // AND an evening's time that has passed is still refused, not moved to tomorrow's evening
        WhenParser lateEvening = new WhenParser(Clock.fixed(Instant.parse("2026-03-03T04:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> lateEvening.parse("tonight 9pm", CHICAGO)).isInstanceOf(UserError.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "tonight 1       | 2026-03-03T07:00:00Z | I read `tonight 1` as 01:00 in the small hours of Tuesday 3 March "
            + "(America/Chicago).",
        "tonight at 2:30 | 2026-03-03T08:30:00Z | I read `tonight at 2:30` as 02:30 in the small hours of Tuesday 3 "
            + "March (America/Chicago).",
        "1 tonight       | 2026-03-03T07:00:00Z | I read `1 tonight` as 01:00 in the small hours of Tuesday 3 March "
            + "(America/Chicago).",
        "tonight 9       | 2026-03-03T03:00:00Z | I read `tonight 9` as 21:00 this evening.",
        "tonight at 6    | 2026-03-03T00:00:00Z | I read `tonight at 6` as 18:00 this evening.",
        "tonight 9:30    | 2026-03-03T03:30:00Z | I read `tonight 9:30` as 21:30 this evening.",
        "tonight 9h30    | 2026-03-03T03:30:00Z | I read `tonight 9h30` as 21:30 this evening.",
        "tonight 12      | 2026-03-03T06:00:00Z | `tonight 12` is the end of tonight: midnight, Tuesday 3 March at "
            + "00:00 (America/Chicago).",
        "tonight 9pm     | 2026-03-03T03:00:00Z | ''",
        "tonight 21:00   | 2026-03-03T03:00:00Z | ''",
    })
    @DisplayName("an hour after tonight without am/pm is the evening's (5 to 11) or the small hours after tonight (1 to "
            + "4), and the note says which was read; one with am/pm or on a 24-hour clock needs no note")
    void tonightWithABareHour(String text, String expected, String note) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        WhenParser.When when = parser.read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).isEqualTo(note);
    }

    @Test
    @DisplayName("tonight 1 said in the small hours, before 01:00, is that night's; tonight 9 said after 21:00 has "
            + "passed, as tonight 9pm has")
    void tonightWithABareHourSaidAtNight() {
        // GIVEN 00:30 on Monday 2 March in Chicago
        WhenParser justAfterMidnight = new WhenParser(Clock.fixed(Instant.parse("2026-03-02T06:30:00Z"),
                ZoneOffset.UTC));
        WhenParser.When one = justAfterMidnight.read("tonight 1", CHICAGO);
        assertThat(one.at()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(one.note()).isEqualTo("I read `tonight 1` as 01:00 in the small hours of Monday 2 March "
                + "(America/Chicago).");
        // AND at 22:00 that Monday, tonight 9 has passed, while tonight 1 is the small hours after it
        WhenParser lateEvening = new WhenParser(Clock.fixed(Instant.parse("2026-03-03T04:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> lateEvening.parse("tonight 9", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("already passed");
        assertThat(lateEvening.parse("tonight 1", CHICAGO)).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "tomorrow 13      | 2026-03-03T19:00:00Z",
        "friday 17        | 2026-03-06T23:00:00Z",
        "at 16            | 2026-03-02T22:00:00Z",
        "23               | 2026-03-03T05:00:00Z",
        "13 tomorrow      | 2026-03-03T19:00:00Z",
        "next friday at 20 | 2026-03-07T02:00:00Z",
        "Dec 1 17         | 2026-12-01T23:00:00Z",
        "12/01 17         | 2026-12-01T23:00:00Z",
        "2026-12-01 17    | 2026-12-01T23:00:00Z",
        "tomorrow 0       | 2026-03-03T06:00:00Z",
        "0                | 2026-03-03T06:00:00Z",
        "24               | 2026-03-03T06:00:00Z",
        "at 24            | 2026-03-03T06:00:00Z",
        "tonight 24       | 2026-03-03T06:00:00Z",
        "tonight 0        | 2026-03-03T06:00:00Z",
        "tonight 20       | 2026-03-03T02:00:00Z",
    })
    @DisplayName("an hour from 13 to 23 without minutes can only be on a 24-hour clock: read as that time, with no "
            + "note; 0 and 24 are midnight, as 0:00 and 24:00 are")
    void twentyFourHourClockHourAlone(String text, String expected) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        WhenParser.When when = parser.read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).doesNotContain("I read");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "tomorrow 09      | 2026-03-03T15:00:00Z",
        "09 tomorrow      | 2026-03-03T15:00:00Z",
        "friday at 07     | 2026-03-06T13:00:00Z",
        "Dec 1 08         | 2026-12-01T14:00:00Z",
    })
    @DisplayName("an hour alone with its leading zero (09), as a 24-hour clock writes the morning, is that morning's "
            + "with no question, as /digest setup reads it; 9 alone still asks")
    void leadingZeroHourAloneIsTheMorning(String text, String expected) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        WhenParser.When when = parser.read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).doesNotContain("I read");
        assertThatThrownBy(() -> parser.parse(text.replace("0", ""), CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("in the morning or the evening?");
    }

    @Test
    @DisplayName("yesterday 13 has passed, as yesterday 13:00 has; tomorrow 24 asks which midnight, as tomorrow "
            + "24:00 does; 1 to 12 alone still ask morning or evening")
    void twentyFourHourClockHourAloneElsewhere() {
        assertThatThrownBy(() -> parser.parse("yesterday 13", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("That time has already passed").hasMessageContaining("`tomorrow 13:00`")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("couldn't read"));
        assertThatThrownBy(() -> parser.parse("tomorrow 24", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("Does `tomorrow 24` mean the start of that day or its end? Write "
                        + "`tomorrow 0:00`");
        assertThatThrownBy(() -> parser.parse("tomorrow 12", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("in the morning or the evening?");
        // AND a 24 that is a day stays a day
        assertThat(parser.parse("Dec 24", CHICAGO)).isEqualTo(Instant.parse("2026-12-24T15:00:00Z"));
        assertThat(parser.parse("24/12 17", ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-12-24T17:00:00Z"));
        assertThat(parser.parse("in 24 hours", CHICAGO)).isEqualTo(NOW.plusSeconds(24 * 3600));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "4p               | 2026-03-02T22:00:00Z",
        "9a               | 2026-03-03T15:00:00Z",
        "tomorrow 3p      | 2026-03-03T21:00:00Z",
        "at 9a            | 2026-03-03T15:00:00Z",
        "3:30p            | 2026-03-02T21:30:00Z",
        "9a tomorrow      | 2026-03-03T15:00:00Z",
        "friday 2 p       | 2026-03-06T20:00:00Z",
        "tonight 8p       | 2026-03-03T02:00:00Z",
        "tonight 12a      | 2026-03-03T06:00:00Z",
        "Dec 1 9a         | 2026-12-01T15:00:00Z",
    })
    @DisplayName("a single letter for am or pm (3p, 9a) is read as am or pm")
    void singleLetterAmPm(String text, String expected) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        assertThat(parser.parse(text, CHICAGO)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "this evening 9       | 2026-03-03T03:00:00Z | I read `this evening 9` as 21:00 this evening.",
        "this evening at 9:30 | 2026-03-03T03:30:00Z | I read `this evening at 9:30` as 21:30 this evening.",
        "this evening 9pm     | 2026-03-03T03:00:00Z | ''",
        "this morning 10      | 2026-03-02T16:00:00Z | ''",
        "this morning at 11:30 | 2026-03-02T17:30:00Z | ''",
        "this morning 12      | 2026-03-02T18:00:00Z | ''",
        "this afternoon 3     | 2026-03-02T21:00:00Z | ''",
        "this afternoon 12:30 | 2026-03-02T18:30:00Z | ''",
        "this afternoon 15:00 | 2026-03-02T21:00:00Z | ''",
        "tomorrow morning 10  | 2026-03-03T16:00:00Z | ''",
        "friday afternoon 3   | 2026-03-06T21:00:00Z | ''",
        "tomorrow evening 8   | 2026-03-04T02:00:00Z | ''",
    })
    @DisplayName("a part of the day with an hour is read as a person means it: evening 9 is 21:00, afternoon 3 is "
            + "15:00, morning 10 is 10:00")
    void partOfTheDayWithAnHour(String text, String expected, String note) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        WhenParser.When when = parser.read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).isEqualTo(note);
    }

    @Test
    @DisplayName("a part of today with an hour gone by is refused as passed, with a time ahead to write")
    void partOfTodayWithAnHourGoneBy() {
        // GIVEN Monday 2 March, 09:00 in Chicago
        assertThatThrownBy(() -> parser.parse("this morning 8", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("That time has already passed").hasMessageContaining("`tomorrow 8am`");
        // AND at 22:00, this evening 9 has passed, as tonight 9 has
        WhenParser lateEvening = new WhenParser(Clock.fixed(Instant.parse("2026-03-03T04:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> lateEvening.parse("this evening 9", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("already passed");
        assertThatThrownBy(() -> lateEvening.parse("this afternoon 3", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("already passed");
        // AND the small hours after another day's night are not guessed: that night's, or the morning before it?
        assertThatThrownBy(() -> parser.parse("tomorrow night 1am", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("couldn't read");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "tonight 12pm     | `tonight 12pm` is noon, not tonight. Write `tonight midnight` for the end of tonight, or "
            + "`tomorrow 12pm` for noon tomorrow.",
        "12pm tonight     | `12pm tonight` is noon, not tonight. Write `tonight midnight` for the end of tonight, or "
            + "`tomorrow 12pm` for noon tomorrow.",
        "tonight noon     | `tonight noon` is noon, not tonight. Write `tonight midnight` for the end of tonight, or "
            + "`tomorrow 12pm` for noon tomorrow.",
        "tonight 13       | `tonight 13` is 13:00, in the afternoon, not tonight. Write `tonight 1am` for 01:00 after "
            + "tonight, or `tomorrow 13:00` for 13:00 tomorrow.",
        "tonight 9am      | `tonight 9am` is 09:00, in the morning, not tonight. Write `tonight 9pm` for 21:00 this "
            + "evening, or `tomorrow 9am` for 09:00 tomorrow.",
        "tonight 4:30pm   | `tonight 4:30pm` is 16:30, in the afternoon, not tonight. Write `tonight 4:30am` for "
            + "04:30 after tonight, or `tomorrow 4:30pm` for 16:30 tomorrow.",
    })
    @DisplayName("a time of the day after tonight (tonight 12pm, tonight 13) is no part of tonight: said so, with "
            + "the end of tonight or the same hour tonight, and that time tomorrow")
    void dayTimeIsNotTonight(String text, String message) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        assertThatThrownBy(() -> parser.parse(text, CHICAGO)).isInstanceOf(UserError.class).hasMessage(message);
        // AND said at 22:00, 21:00 tonight has passed and is not offered
        WhenParser lateEvening = new WhenParser(Clock.fixed(Instant.parse("2026-03-03T04:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> lateEvening.parse("tonight 9am", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessage("`tonight 9am` is 09:00, in the morning, not tonight. Write `tomorrow 9am` for 09:00 "
                        + "tomorrow.");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "tomorrow 24:00      | `tomorrow 24:00`      | `tomorrow 0:00` for the start, or `tomorrow 23:59`",
        "24:00 tomorrow      | `24:00 tomorrow`      | `tomorrow 0:00` for the start, or `tomorrow 23:59`",
        "friday at 24:00     | `friday at 24:00`     | `friday 0:00` for the start, or `friday 23:59`",
        "Dec 1 24:00         | `Dec 1 24:00`         | `dec 1 0:00` for the start, or `dec 1 23:59`",
        "2026-12-01 24:00    | `2026-12-01 24:00`    | `2026-12-01 0:00` for the start, or `2026-12-01 23:59`",
    })
    @DisplayName("24:00 after a day asks whether the start or the end of that day was meant, as midnight does")
    void twentyFourHundredAfterADayAsksWhich(String text, String shown, String forms) {
        assertThatThrownBy(() -> parser.parse(text, CHICAGO))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("Does " + shown + " mean the start of that day or its end? Write " + forms)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("couldn't read"));
    }

    @Test
    @DisplayName("next friday said early in the week is this Friday, with the one of next week offered; "
            + "on a Saturday it is only the coming one")
    void nextWeekdayHasTwoReadings() {
        // GIVEN Monday 2 March
        WhenParser.When friday = parser.read("next friday", ZoneOffset.UTC);
        assertThat(friday.at()).isEqualTo(Instant.parse("2026-03-06T09:00:00Z"));
        assertThat(friday.others()).containsExactly(Instant.parse("2026-03-13T09:00:00Z"));
        assertThat(parser.read("3pm next friday", ZoneOffset.UTC).others())
                .containsExactly(Instant.parse("2026-03-13T15:00:00Z"));
        // AND a plain weekday, next week and next month have one reading
        assertThat(parser.read("friday", ZoneOffset.UTC).others()).isEmpty();
        assertThat(parser.read("next week", ZoneOffset.UTC).others()).isEmpty();
        // AND "next monday" is already next week's: one reading
        assertThat(parser.read("next monday", ZoneOffset.UTC).others()).isEmpty();
        // AND on Saturday 7 March, "next friday" is the coming one only
        WhenParser.When saturday = new WhenParser(Clock.fixed(Instant.parse("2026-03-07T12:00:00Z"), ZoneOffset.UTC))
                .read("next friday", ZoneOffset.UTC);
        assertThat(saturday.at()).isEqualTo(Instant.parse("2026-03-13T09:00:00Z"));
        assertThat(saturday.others()).isEmpty();
    }

    @Test
    @DisplayName("12/01 has two readings: day first, or month first in the Americas, and the other offered too")
    void ambiguousDates() {
        // GIVEN 2 March: 12 January has just passed, so day first it is refused, naming 1 December
        assertThatThrownBy(() -> parser.read("12/01", ZoneOffset.UTC)).isInstanceOf(UserError.class)
                .hasMessageContaining("write `Jan 12 2027`").hasMessageContaining("If you meant 1 December, write "
                        + "`Dec 1`.");
        WhenParser.When chicago = parser.read("12/01", ZoneId.of("America/Chicago"));
        assertThat(chicago.at()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(chicago.others()).isEmpty();
        // AND with both ahead, both come back
        WhenParser.When both = parser.read("12/05", ZoneOffset.UTC);
        assertThat(both.at()).isEqualTo(Instant.parse("2026-05-12T09:00:00Z"));
        assertThat(both.others()).containsExactly(Instant.parse("2026-12-05T09:00:00Z"));

        // one reading only: a day above 12, the same number twice, or the other one already past
        assertThat(parser.read("25/12", ZoneOffset.UTC).others()).isEmpty();
        assertThat(parser.read("05/05", ZoneOffset.UTC).others()).isEmpty();
        WhenParser.When onlyOne = parser.read("03/02/2026 16:00", ZoneOffset.UTC);
        assertThat(onlyOne.at()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(onlyOne.others()).isEmpty();
    }

    @Test
    @DisplayName("9.30 is half past nine (kept) or 30 September (offered); 16.45, no day, is the time alone")
    void dottedTimes() {
        // GIVEN Monday 2 March, 15:00 in London
        ZoneId london = ZoneId.of("Europe/London");
        // THEN 9.30 is 09:30 tomorrow, and 30 September at 09:00 (summer time) is the other reading
        WhenParser.When nineThirty = parser.read("9.30", london);
        assertThat(nineThirty.at()).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
        assertThat(nineThirty.others()).contains(Instant.parse("2026-09-30T08:00:00Z"));
        // AND 12.01 is 12:01 tomorrow, with the day ahead offered: 1 December (12 January has just passed)
        WhenParser.When twelve = parser.read("12.01", ZoneOffset.UTC);
        assertThat(twelve.at()).isEqualTo(Instant.parse("2026-03-03T12:01:00Z"));
        assertThat(twelve.others()).containsExactly(Instant.parse("2026-12-01T09:00:00Z"));
        // AND in the Americas, month first: 1 December
        assertThat(parser.read("12.01", ZoneId.of("America/Chicago")).others()).containsExactly(
                Instant.parse("2026-12-01T15:00:00Z"));
        // AND both days, when both are ahead: 12 May (day first, usual here) and 5 December
        assertThat(parser.read("12.05", ZoneOffset.UTC).others()).containsExactly(
                Instant.parse("2026-05-12T09:00:00Z"), Instant.parse("2026-12-05T09:00:00Z"));
        // AND one that is no day is the clock time alone; one that is no time is the day alone
        WhenParser.When quarterTo = parser.read("16.45", london);
        assertThat(quarterTo.at()).isEqualTo(Instant.parse("2026-03-02T16:45:00Z"));
        assertThat(quarterTo.others()).isEmpty();
        assertThat(parser.read("25.12", ZoneOffset.UTC).at()).isEqualTo(Instant.parse("2026-12-25T09:00:00Z"));
        assertThat(parser.read("25.12", ZoneOffset.UTC).others()).isEmpty();
        // AND a date written the German way, with a year or a closing dot, is a day only
        assertThat(parser.read("12.05.", ZoneOffset.UTC).others()).contains(Instant.parse("2026-12-05T09:00:00Z"));
        assertThat(parser.read("12.05.", ZoneOffset.UTC).at()).isEqualTo(Instant.parse("2026-05-12T09:00:00Z"));
        // AND a dotted time goes wherever a time does
        assertThat(parser.parse("tomorrow 9.30", london)).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
        assertThat(parser.parse("9.30pm", london)).isEqualTo(Instant.parse("2026-03-02T21:30:00Z"));
        assertThat(parser.parse("at 9.30", london)).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
    }

    @Test
    @DisplayName("only times on the clock need the member's time zone; \"in 2 days\" does not")
    void needsZone() {
        assertThat(WhenParser.needsZone("in 2 days")).isFalse();
        assertThat(WhenParser.needsZone("in a fortnight")).isFalse();
        assertThat(WhenParser.needsZone("tomorrow 9am")).isTrue();
        assertThat(WhenParser.needsZone("Dec 1")).isTrue();
    }

    @Test
    @DisplayName("refuses 10,000 characters without echoing them all")
    void refusesHugeText() {
        assertThatThrownBy(() -> parser.parse("x".repeat(10_000), ZoneOffset.UTC))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"today 9am", "2020-01-01", "2026-03-02 14:59", "in 0 minutes", "yesterday",
        "today noon", "in 0.0 hours", "this morning", "Mar 2", "2 March 9am", "march 2nd 14:00", "02/03"})
    @DisplayName("refuses times that have already passed")
    void refusesThePast(String text) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("already passed");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2027-06-01", "in 9999 days", "in 60 weeks", "in 10 years", "in 13 months",
        "in 1.5 years"})
    @DisplayName("refuses times more than a year ahead")
    void refusesTooFarAhead(String text) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessageContaining("up to a year ahead");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"in 1000000 minutes", "in 10000 hours", "in 10000 days", "in 10000 weeks",
        "in 99999999999999999999 days", "in 123456789.5 hours", "2027-06-01 14:00"})
    @DisplayName("a time read fine but too far ahead says plainly how far a reminder can go, and offers a date that "
            + "fits, never that it could not be read")
    void tooFarAheadSaysHowFar(String text) {
        // GIVEN Monday 2 March 2026, 09:00 in Chicago: a reminder can go up to a year ahead
        assertThatThrownBy(() -> parser.parse(text, CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("up to a year ahead")
                .hasMessageContaining(TimeMarkup.full(NOW.plus(WhenParser.MAX_AHEAD)))
                .hasMessageContaining("`Mar 1 2027`")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("couldn't read"));
        // AND the date offered is taken
        assertThat(parser.parse("Mar 1 2027", CHICAGO)).isEqualTo(Instant.parse("2027-03-01T15:00:00Z"));
    }

    @ParameterizedTest(name = "\"{1}\" said at {0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-02T15:00:00Z | in 30 seconds   | 2026-03-02T15:01:00Z | `in 30 seconds`",
        "2026-03-02T15:00:40Z | in 30 seconds   | 2026-03-02T15:01:00Z | `in 30 seconds`",
        "2026-03-02T15:00:10Z | in 10 secs      | 2026-03-02T15:01:00Z | `in 10 secs`",
        "2026-03-02T15:00:10Z | in 45s          | 2026-03-02T15:01:00Z | `in 45s`",
        "2026-03-02T15:00:10Z | in a second     | 2026-03-02T15:01:00Z | `in a second`",
        "2026-03-02T15:00:00Z | in 90 seconds   | 2026-03-02T15:01:00Z | ''",
        "2026-03-02T15:00:40Z | in 90 seconds   | 2026-03-02T15:02:00Z | ''",
        "2026-03-02T15:00:00Z | in 3600 seconds | 2026-03-02T16:00:00Z | ''",
    })
    @DisplayName("seconds are read on the minute, as every amount is: less than a minute is the start of the next one, "
            + "and the note says so")
    void seconds(String now, String text, String expected, String shown) {
        WhenParser.When when = new WhenParser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).isEqualTo(shown.isEmpty() ? ""
                : "Reminders come on the minute, so I set " + shown + " for the start of the next one.");
        // AND more seconds than a year holds are refused as too far ahead, not cut down to a few days
        assertThatThrownBy(() -> parser.parse("in 99999999999 seconds", CHICAGO)).isInstanceOf(UserError.class)
                .hasMessageContaining("up to a year ahead");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "in 10000 minutes | 2026-03-09T13:40:00Z",
        "in 8000 hours    | 2027-01-29T23:00:00Z",
        "in 00300 days    | 2026-12-27T15:00:00Z",
    })
    @DisplayName("a large number of minutes, hours or days within the year is read as any other")
    void largeAmountsWithinTheYear(String text, String expected) {
        assertThat(parser.parse(text, CHICAGO)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{1}\" said at {0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-02T10:00:00Z | end of the week     | 2026-12-04T09:00:00Z | `end of the week` is Friday 4 December at 09:00 (UTC).",
        "2026-12-02T10:00:00Z | end of week 3pm     | 2026-12-04T15:00:00Z | `end of week 3pm` is Friday 4 December at 15:00 (UTC).",
        "2026-12-02T10:00:00Z | 3pm end of the week | 2026-12-04T15:00:00Z | is Friday 4 December at 15:00 (UTC).",
        "2026-12-04T10:00:00Z | end of the week     | 2026-12-11T09:00:00Z | is Friday 11 December at 09:00",
        "2026-12-04T10:00:00Z | end of the week 5pm | 2026-12-04T17:00:00Z | is Friday 4 December at 17:00",
        "2026-12-02T10:00:00Z | end of next week    | 2026-12-11T09:00:00Z | is Friday 11 December at 09:00",
        "2026-12-05T10:00:00Z | end of next week    | 2026-12-11T09:00:00Z | is Friday 11 December at 09:00",
        "2026-12-02T10:00:00Z | this weekend        | 2026-12-05T09:00:00Z | `this weekend` is Saturday 5 December at 09:00 (UTC).",
        "2026-12-05T10:00:00Z | the weekend         | 2026-12-06T09:00:00Z | is Sunday 6 December at 09:00",
        "2026-12-06T10:00:00Z | weekend             | 2026-12-12T09:00:00Z | is Saturday 12 December at 09:00",
        "2026-12-02T10:00:00Z | next weekend        | 2026-12-05T09:00:00Z | is Saturday 5 December at 09:00",
        "2026-12-05T10:00:00Z | next weekend        | 2026-12-12T09:00:00Z | is Saturday 12 December at 09:00",
        "2026-12-02T10:00:00Z | next week           | 2026-12-07T09:00:00Z | `next week` is Monday 7 December at 09:00 (UTC).",
        "2026-12-02T10:00:00Z | end of the month    | 2026-12-31T09:00:00Z | is Thursday 31 December at 09:00",
        "2026-11-30T10:00:00Z | end of month        | 2026-12-31T09:00:00Z | is Thursday 31 December at 09:00",
        "2026-12-02T10:00:00Z | end of next month 5pm | 2027-01-31T17:00:00Z | is Sunday 31 January at 17:00",
    })
    @DisplayName("end of the week is its Friday, the weekend its Saturday (Sunday on a Saturday), next week its Monday, "
            + "end of the month its last day; the note for the reply names the day and time")
    void stretchesOfDays(String now, String text, String expected, String note) {
        WhenParser.When when = new WhenParser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).read(text,
                ZoneOffset.UTC);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).contains(note);
    }

    @ParameterizedTest(name = "\"{1}\" said at {0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-04T09:00:00Z | friday evening        | 2026-12-04T19:00:00Z | `friday evening` is today, Friday 4 December at 19:00 (UTC).",
        "2026-12-04T16:59:00Z | Friday night          | 2026-12-04T19:00:00Z | is today, Friday 4 December at 19:00",
        "2026-12-04T04:00:00Z | friday morning        | 2026-12-04T09:00:00Z | is today, Friday 4 December at 09:00",
        "2026-12-04T11:00:00Z | fri afternoon         | 2026-12-04T14:00:00Z | is today, Friday 4 December at 14:00",
        "2026-12-04T09:00:00Z | friday in the evening | 2026-12-04T19:00:00Z | is today, Friday 4 December at 19:00",
        "2026-12-04T18:00:00Z | friday evening        | 2026-12-11T19:00:00Z | `friday evening` is next week's Friday, 11 December at 19:00 (UTC).",
        "2026-12-04T09:00:00Z | friday morning        | 2026-12-11T09:00:00Z | is next week's Friday, 11 December at 09:00",
        "2026-12-04T12:30:00Z | friday afternoon      | 2026-12-11T14:00:00Z | is next week's Friday, 11 December at 14:00",
        "2026-12-04T09:00:00Z | friday                | 2026-12-11T09:00:00Z | `friday` is next week's Friday, 11 December at 09:00 (UTC).",
    })
    @DisplayName("today's weekday with a part of the day still to come is today; once it has begun, next week's; "
            + "the note for the reply names the day plainly either way")
    void todaysWeekdayWithAPartOfTheDay(String now, String text, String expected, String note) {
        WhenParser.When when = new WhenParser(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).read(text,
                ZoneOffset.UTC);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).contains(note);
        assertThat(when.others()).isEmpty();
    }

    @ParameterizedTest(name = "\"{1}\" said at {0} Chicago time is {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-04T09:00 | friday 7pm      | 2026-12-05T01:00:00Z | `friday 7pm` is today, Friday 4 December at 19:00 (America/Chicago).",
        "2026-12-04T18:59 | friday 7pm      | 2026-12-05T01:00:00Z | is today, Friday 4 December at 19:00",
        "2026-12-04T18:59 | Fri at 19:00    | 2026-12-05T01:00:00Z | is today, Friday 4 December at 19:00",
        "2026-12-04T18:59 | 7pm on friday   | 2026-12-05T01:00:00Z | is today, Friday 4 December at 19:00",
        "2026-12-04T19:00 | friday 7pm      | 2026-12-12T01:00:00Z | is next week's Friday, 11 December at 19:00",
        "2026-12-04T19:01 | friday 7pm      | 2026-12-12T01:00:00Z | `friday 7pm` is next week's Friday, 11 December at 19:00 (America/Chicago).",
        "2026-12-04T19:01 | 7pm friday      | 2026-12-12T01:00:00Z | is next week's Friday, 11 December at 19:00",
        "2026-12-04T18:59 | next friday 7pm | 2026-12-12T01:00:00Z | ''",
        "2026-12-04T17:30 | friday evening  | 2026-12-12T01:00:00Z | is next week's Friday, 11 December at 19:00",
    })
    @DisplayName("today's weekday with a clock time still to come is today, by the member's own clock; once the time "
            + "has come, next week's; the note names the day plainly either way")
    void todaysWeekdayWithAClockTime(String chicagoNow, String text, String expected, String note) {
        ZoneId chicago = ZoneId.of("America/Chicago");
        // GIVEN a Friday in Chicago (already Saturday in UTC from 18:00 on)
        Instant now = java.time.LocalDateTime.parse(chicagoNow).atZone(chicago).toInstant();
        WhenParser.When when = new WhenParser(Clock.fixed(now, ZoneOffset.UTC)).read(text, chicago);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).contains(note);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "14;30          | 2026-03-03T14:30:00Z | I read `14;30` as `14:30`.",
        "16;45          | 2026-03-02T16:45:00Z | I read `16;45` as `16:45`.",
        "Tomorrow 9;30  | 2026-03-03T09:30:00Z | I read `Tomorrow 9;30` as `Tomorrow 9:30`.",
        "2;30pm         | 2026-03-03T14:30:00Z | I read `2;30pm` as `2:30pm`.",
        "friday 7;15pm  | 2026-03-06T19:15:00Z | I read `friday 7;15pm` as `friday 7:15pm`.",
    })
    @DisplayName("a semicolon typed for a colon (next to it on phone keyboards) is read as the clock time, and the "
            + "note says so, so the member can check")
    void semicolonForAColon(String text, String expected, String note) {
        WhenParser.When when = parser.read(text, ZoneOffset.UTC);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).startsWith(note);
        assertThat(when.others()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "14,30          | 2026-03-02T20:30:00Z | I read `14,30` as `14:30`.",
        "14h30          | 2026-03-02T20:30:00Z | I read `14h30` as `14:30`.",
        "14H30          | 2026-03-02T20:30:00Z | I read `14H30` as `14:30`.",
        "tomorrow 9,30  | 2026-03-03T15:30:00Z | I read `tomorrow 9,30` as `tomorrow 9:30`.",
        "friday 2h30pm  | 2026-03-06T20:30:00Z | I read `friday 2h30pm` as `friday 2:30pm`.",
        "12/01 9;30     | 2026-12-01T15:30:00Z | I read `12/01 9;30` as `12/01 9:30`.",
        "12/01 14h30    | 2026-12-01T20:30:00Z | I read `12/01 14h30` as `12/01 14:30`.",
        "9,30am 12/01   | 2026-12-01T15:30:00Z | I read `9,30am 12/01` as `9:30am 12/01`.",
        "Dec 1 14,30    | 2026-12-01T20:30:00Z | I read `Dec 1 14,30` as `Dec 1 14:30`.",
        "2026-12-01 14h30 | 2026-12-01T20:30:00Z | I read `2026-12-01 14h30` as `2026-12-01 14:30`.",
    })
    @DisplayName("a clock time written with another separator than the colon (14;30, 14,30, 14h30) is read as that "
            + "time, with a day or a date or alone, and the note says how, so the member can check")
    void clockTimeWithAnotherSeparator(String text, String expected, String note) {
        // GIVEN Monday 2 March, 09:00 in Chicago
        WhenParser.When when = parser.read(text, CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse(expected));
        assertThat(when.note()).startsWith(note);
    }

    @Test
    @DisplayName("a part of a unit written with a comma stays a duration, with nothing to note")
    void commaInADurationIsNoClockTime() {
        WhenParser.When when = parser.read("in 1,25 hours", CHICAGO);
        assertThat(when.at()).isEqualTo(Instant.parse("2026-03-02T16:15:00Z"));
        assertThat(when.note()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"14;75", "tomorrow 25;00", "2;30xm"})
    @DisplayName("a semicolon time that is no time is refused with the clock-time forms only")
    void semicolonThatIsNoTime(String text) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC)).isInstanceOf(UserError.class)
                .hasMessageContaining("`3pm`, `14:00`, `tomorrow 9:30`")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`in 3 days`", "`May 15`"));
    }

    @Test
    @DisplayName("next weekend said during the week is the coming one, with the one after offered; at the weekend, "
            + "next week's; a bare hour after it asks morning or evening")
    void nextWeekend() {
        assertThat(inDecember.read("next weekend", ZoneOffset.UTC).others())
                .containsExactly(Instant.parse("2026-12-12T09:00:00Z"));
        WhenParser saturday = new WhenParser(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
        assertThat(saturday.read("next weekend", ZoneOffset.UTC).others()).isEmpty();
        assertThatThrownBy(() -> inDecember.parse("end of the week 3", ZoneOffset.UTC))
                .hasMessageContaining("Write `end of the week 3am` or `end of the week 3pm`");
        // AND the other forms say nothing more
        assertThat(inDecember.read("friday", ZoneOffset.UTC).note()).isEmpty();
        assertThat(inDecember.read("in 3 days", ZoneOffset.UTC).note()).isEmpty();
    }

    @Test
    @DisplayName("29 February: the next one when it is within a year; else, or in a year without one, said plainly "
            + "with the days around it, never taken as 28 February silently")
    void leapDay() {
        // GIVEN 2 December 2026: the next 29 February is in 2028, more than a year away
        assertThatThrownBy(() -> inDecember.parse("Feb 29", ZoneOffset.UTC)).isInstanceOf(UserError.class)
                .hasMessageContaining("only in leap years, and the next one, in 2028, is more than a year away")
                .hasMessageContaining("`Feb 28` or `Mar 1`");
        assertThatThrownBy(() -> inDecember.parse("29/02", ZoneOffset.UTC)).hasMessageContaining("in 2028");
        assertThatThrownBy(() -> inDecember.parse("Feb 29 2027", ZoneOffset.UTC))
                .hasMessageContaining("2027 has no 29 February").hasMessageContaining("`Feb 28 2027` or `Mar 1 2027`");
        assertThatThrownBy(() -> inDecember.parse("2027-02-29", ZoneOffset.UTC))
                .hasMessageContaining("2027 has no 29 February");
        // AND the days offered instead are within a reminder's reach: not passed, not more than a year ahead
        assertThatThrownBy(() -> inDecember.parse("Feb 29 2026", ZoneOffset.UTC))
                .hasMessageContaining("2026 has no 29 February: only leap years have one, and that February has "
                        + "passed. Write `Feb 28 2027` or `Mar 1 2027` instead.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`Feb 28 2026`", "`Mar 1 2026`"));
        assertThatThrownBy(() -> inDecember.parse("2029-02-29", ZoneOffset.UTC))
                .hasMessageContaining("2029 has no 29 February: only leap years have one, and it is more than a year "
                        + "away. I can keep a reminder for up to a year ahead")
                .hasMessageContaining("`Dec 1 2027`")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`Feb 28 2029`", "`Mar 1 2029`"));
        WhenParser feb28 = new WhenParser(Clock.fixed(Instant.parse("2027-02-28T12:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> feb28.parse("Feb 29 2027", ZoneOffset.UTC))
                .hasMessageContaining("2027 has no 29 February: only leap years have one. Write `Mar 1 2027` instead.");
        // AND in December 2027 it is 29 February 2028
        WhenParser late2027 = new WhenParser(Clock.fixed(Instant.parse("2027-12-02T10:00:00Z"), ZoneOffset.UTC));
        assertThat(late2027.parse("Feb 29", ZoneOffset.UTC)).isEqualTo(Instant.parse("2028-02-29T09:00:00Z"));
        // AND just after it, next year's has no 29 February: both days around it are named
        WhenParser march2028 = new WhenParser(Clock.fixed(Instant.parse("2028-03-15T10:00:00Z"), ZoneOffset.UTC));
        assertThatThrownBy(() -> march2028.parse("29 February", ZoneOffset.UTC))
                .hasMessageContaining("already passed this year")
                .hasMessageContaining("2029 has no 29 February, so write `Feb 28 2029` or `Mar 1 2029`");
        // AND "in a year" said on 29 February, or "in a month" on 31 January, says which day it became
        WhenParser leapDay = new WhenParser(Clock.fixed(Instant.parse("2028-02-29T10:00:00Z"), ZoneOffset.UTC));
        WhenParser.When inAYear = leapDay.read("in a year", ZoneOffset.UTC);
        assertThat(inAYear.at()).isEqualTo(Instant.parse("2029-02-28T10:00:00Z"));
        assertThat(inAYear.note()).isEqualTo("February 2029 has no 29th, so `in a year` is Wednesday 28 February at "
                + "10:00 (UTC), its last day.");
        WhenParser january = new WhenParser(Clock.fixed(Instant.parse("2027-01-31T10:00:00Z"), ZoneOffset.UTC));
        assertThat(january.read("in a month", ZoneOffset.UTC).note()).startsWith("February 2027 has no 31st");
        assertThat(january.read("in 2 days", ZoneOffset.UTC).note()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" offers {1}")
    @CsvSource(delimiter = '|', value = {
        "today 9am        | `tomorrow 9am` or `in 2h`",
        "today 2pm        | `tomorrow 2pm` or `in 2h`",
        "today 14:00      | `tomorrow 14:00` or `in 2h`",
        "this morning     | `tomorrow 9am` or `in 2h`",
        "yesterday 5pm    | `tomorrow 5pm`",
        "yesterday 9am    | `tomorrow 9am`",
        "9am yesterday    | `tomorrow 9am`",
        "yesterday 9:30am | `tomorrow 9:30am`",
        "yesterday 09:00  | `tomorrow 09:00`",
        "yesterday        | `tomorrow`",
        "last friday      | `friday`",
        "last monday      | `monday`",
        "last fri 3pm     | `friday 3pm`",
        "2pm last tuesday | `tuesday 2pm`",
        "last friday morning | `friday 9am`",
        "last week        | `next week`",
        "last month       | `next month`",
        "last weekend     | `this weekend`",
        "last friday 9    | `friday 9am` or `friday 9pm`",
        "last friday midnight | `friday 0:00` or `friday 23:59`",
        "Last Friday at midnight | `friday 0:00` or `friday 23:59`",
        "midnight last friday | `friday 0:00` or `friday 23:59`",
        "last friday 24:00 | `friday 0:00` or `friday 23:59`",
        "last week midnight | `next week 0:00` or `next week 23:59`",
        "in 0 days at 9am | `tomorrow 9am` or `in 2h`",
        "in 0 seconds     | `in 10 minutes` or `in 2h`",
        "yesterday 9      | `tomorrow 9am` or `tomorrow 9pm`",
        "yesterday at 3   | `tomorrow 3am` or `tomorrow 3pm`",
        "9 yesterday      | `tomorrow 9am` or `tomorrow 9pm`",
        "yesterday midnight | `tonight midnight`",
        "last night       | `tonight` or `tomorrow night`",
        "Last evening.    | `tonight` or `tomorrow night`",
        "yesterday 24:00  | `tonight midnight`",
        "2020-01-01       | `2027-01-01`",
        "in 0 minutes     | `in 10 minutes` or `in 2h`",
    })
    @DisplayName("a time that has passed is refused with one or two forms that fit it, and where to see the rest")
    void passedOffersWhatFits(String text, String offered) {
        assertThatThrownBy(() -> parser.parse(text, ZoneOffset.UTC)).isInstanceOf(UserError.class)
                .hasMessageContaining("already passed").hasMessageContaining("like " + offered + " (`when:?` lists")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`next friday 14:00`", "`05/15`"));
        // AND `when:?` lists them all
        assertThatThrownBy(() -> parser.parse("?", ZoneOffset.UTC)).hasMessageContaining(FORMS);
    }
}
