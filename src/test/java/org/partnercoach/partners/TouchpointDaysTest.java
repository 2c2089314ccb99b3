package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * A touchpoint's day is the member's own day: "today", "yesterday", "3 days ago", a typed date and the "up to today"
 * limit are read in their time zone (their own, else the server's), and the days a page shows are the reader's.
 */
@DisplayName("/partner log and show: touchpoint days in the member's time zone")
class TouchpointDaysTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    private Partner partner(String name) {
        return PartnersTestSupport.partner(bot, TestBot.GUILD, name);
    }

    private List<Touchpoint> touchpoints(String name) {
        return PartnersTestSupport.directory(bot).recentTouchpoints(TestBot.GUILD, partner(name).id(), 20);
    }

    @Test
    @DisplayName("Chicago at 23:30 (05:30 UTC the next day): yesterday, 3 days ago and today are local days")
    void lateEveningInChicago() {
        // GIVEN a server on Chicago's time, a member who follows it, and 23:30 on Monday 2 March there
        cora.runs("coach setup", "timezone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");
        bot.clock().advance(Duration.ofHours(14).plusMinutes(30));
        assertThat(bot.clock().instant()).isEqualTo(Instant.parse("2026-03-03T05:30:00Z"));

        // WHEN she logs a meeting "yesterday" THEN it is Sunday 1 March, kept at noon there
        String reply = ana.runs("partner log", "partner", "Org A", "what", "Met yesterday evening",
                "kind", "meeting", "when", "yesterday").plainText();
        assertThat(reply).contains("Logged a meeting with “Org A” on Mar 1, 2026");
        assertThat(partner("Org A").lastTouchAt()).isEqualTo(Instant.parse("2026-03-01T18:00:00Z"));

        // AND "3 days ago" is Friday 27 February, at noon there
        ana.runs("partner log", "partner", "Org A", "what", "A call", "kind", "call", "when", "3 days ago");
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt)
                .contains(Instant.parse("2026-02-27T18:00:00Z"));

        // AND a touchpoint for today is shown on her today, Mar 2, on the log reply and the page; the list says how
        // long ago with a timestamp each reader's app shows
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Dropped off flyers").plainText())
                .contains("on Mar 2, 2026");
        assertThat(ana.runs("partner show", "partner", "Org A").plainText())
                .contains("Last touchpoint: Mar 2, 2026 (today): Dropped off flyers",
                        "Mar 1, 2026 · Meeting", "Feb 27, 2026 · Call")
                .doesNotContain("Mar 3, 2026");
        assertThat(ana.runs("partner list").plainText())
                .contains("last touch " + org.partnercoach.chat.TimeMarkup.relative(bot.clock().instant()));
    }

    @Test
    @DisplayName("days said in words: a week, two weeks, a month or a year ago, this morning and last night, each "
            + "the member's own day")
    void agoInWordsAndEarlierToday() {
        // GIVEN a server on Chicago's time, and 23:30 on Monday 2 March there (05:30 UTC on the 3rd)
        cora.runs("coach setup", "timezone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");
        bot.clock().advance(Duration.ofHours(14).plusMinutes(30));

        // WHEN she logs contacts with words a member would use
        for (String when : List.of("a week ago", "2 weeks ago", "a month ago", "1 year ago", "last night",
                "this morning")) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Contact " + when, "when", when)
                    .plainText()).as(when).contains("Logged a note with “Org A”");
        }

        // THEN each is kept on her day there (noon), and "this morning" as now
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt).containsExactlyInAnyOrder(
                Instant.parse("2026-02-23T18:00:00Z"), Instant.parse("2026-02-16T18:00:00Z"),
                Instant.parse("2026-02-02T18:00:00Z"), Instant.parse("2025-03-02T18:00:00Z"),
                Instant.parse("2026-03-01T18:00:00Z"), bot.clock().instant());
    }

    @Test
    @DisplayName("hours or minutes ago: that moment when it is still her today, else its day at noon, in her zone")
    void hoursAgo() {
        // GIVEN a server on Chicago's time, and 23:30 on Monday 2 March there (05:30 UTC on the 3rd)
        cora.runs("coach setup", "timezone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");
        bot.clock().advance(Duration.ofHours(14).plusMinutes(30));

        // WHEN she logs contacts "2 hours ago", "an hour ago", "30 minutes ago", "a few hours ago", "25h ago"
        for (String[] when : new String[][] {{"2 hours ago", "Mar 2"}, {"an hour ago", "Mar 2"},
                {"30 minutes ago", "Mar 2"}, {"a few hours ago", "Mar 2"}, {"25h ago", "Mar 1"}}) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Contact " + when[0], "when", when[0])
                    .plainText()).as(when[0]).startsWith("Logged a note with “Org A” on " + when[1] + ", 2026.");
        }

        // THEN those of her today are kept at their moment, and the one of yesterday at noon there
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt).containsExactlyInAnyOrder(
                Instant.parse("2026-03-03T03:30:00Z"), Instant.parse("2026-03-03T04:30:00Z"),
                Instant.parse("2026-03-03T05:00:00Z"), Instant.parse("2026-03-03T02:30:00Z"),
                Instant.parse("2026-03-01T18:00:00Z"));
    }

    @Test
    @DisplayName("a day that is still to come where the member is, though already today in UTC, is refused; "
            + "nothing is kept")
    void localTomorrowIsRefused() {
        cora.runs("coach setup", "timezone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");
        bot.clock().advance(Duration.ofHours(14).plusMinutes(30));

        String reply = ana.runs("partner log", "partner", "Org A", "what", "Planned visit", "when", "2026-03-03")
                .plainText();

        assertThat(reply).contains("2026-03-03 is still to come", "to today (2026-03-02)", "notes");
        assertThat(touchpoints("Org A")).isEmpty();
        assertThat(partner("Org A").lastTouchAt()).isNull();
    }

    @Test
    @DisplayName("Tokyo at 07:00 (22:00 UTC the day before): today's date is accepted, yesterday is local, and "
            + "each reader of the page sees their own day")
    void earlyMorningInTokyo() {
        // GIVEN a server on UTC and a member who lives in Tokyo, at 07:00 on Tuesday 3 March there
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Org T", "sector", "health-care");
        bot.clock().advance(Duration.ofHours(7));

        // WHEN she logs today's date THEN it is taken as today, not as a day still to come
        assertThat(ana.runs("partner log", "partner", "Org T", "what", "Breakfast meeting", "kind", "meeting",
                "when", "2026-03-03").plainText()).contains("Logged a meeting with “Org T” on Mar 3, 2026");
        assertThat(partner("Org T").lastTouchAt()).isEqualTo(bot.clock().instant());

        // AND "yesterday" is Monday 2 March in Tokyo, at noon there
        assertThat(ana.runs("partner log", "partner", "Org T", "what", "Email", "kind", "email",
                "when", "yesterday").plainText()).contains("on Mar 2, 2026");
        assertThat(touchpoints("Org T")).extracting(Touchpoint::happenedAt)
                .contains(Instant.parse("2026-03-02T03:00:00Z"));

        // THEN she sees her today on the page, and a member on the server's UTC sees theirs
        assertThat(ana.runs("partner show", "partner", "Org T").plainText())
                .contains("Last touchpoint: Mar 3, 2026 (today)");
        assertThat(bea.runs("partner show", "partner", "Org T").plainText())
                .contains("Last touchpoint: Mar 2, 2026 (today)");
    }

    @Test
    @DisplayName("the quarterly report counts a touchpoint in the month of the day its page shows")
    void reportAndPageAgree() {
        // GIVEN a server on Chicago's time, and 23:30 on Tuesday 31 March there (04:30 UTC on 1 April)
        cora.runs("coach setup", "timezone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");
        bot.clock().advance(Duration.ofDays(29).plusHours(13).plusMinutes(30));
        assertThat(bot.clock().instant()).isEqualTo(Instant.parse("2026-04-01T04:30:00Z"));

        // WHEN a member who follows the server logs a contact now and another yesterday
        ana.runs("partner log", "partner", "Org A", "what", "Late call", "kind", "call");
        ana.runs("partner log", "partner", "Org A", "what", "Coffee", "when", "yesterday");

        // THEN the page shows them on 31 and 30 March, and the first quarter's report counts both in March
        assertThat(ana.runs("partner show", "partner", "Org A").plainText())
                .contains("Last touchpoint: Mar 31, 2026 (today)", "Mar 30, 2026 · Note")
                .doesNotContain("Apr 1, 2026");
        assertThat(cora.runs("report quarter", "which", "2026-Q1").plainText()).contains("Mar: 2");
    }

    @Test
    @DisplayName("a day as members write it: by its month's name (the last such day), or a weekday (the last one)")
    void daysInWords() {
        // GIVEN Monday 2 March 2026, 15:00 UTC, a server on UTC
        ana.runs("partner add", "name", "Org A", "sector", "food");
        String[][] said = {
            {"Feb 20", "Feb 20, 2026"}, {"20 February", "Feb 20, 2026"}, {"february 20th", "Feb 20, 2026"},
            {"Dec 20", "Dec 20, 2025"}, {"Nov. 3rd, 2025", "Nov 3, 2025"}, {"3 Nov 2024", "Nov 3, 2024"},
            {"Jun 15", "Jun 15, 2025"}, {"29 February 2024", "Feb 29, 2024"},
            {"friday", "Feb 27, 2026"}, {"last Monday", "Feb 23, 2026"}, {"Thursday", "Feb 26, 2026"},
        };
        for (String[] when : said) {
            // each its own words: the same words for the same day are kept once
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call on " + when[0], "when", when[0])
                    .plainText()).as(when[0]).startsWith("Logged a note with “Org A” on " + when[1] + ".");
        }
        // AND a named day still to come this year is refused as such, as an ISO date is
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "Mar 5").plainText())
                .startsWith("2026-03-05 is still to come.");
        // AND words that are no day say which ones are, with today's examples
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "Febtober 40").plainText())
                .isEqualTo("I couldn't read “Febtober 40” as a day. Use `today`, `2 hours ago`, `yesterday`, `3 days ago`, "
                        + "`friday`, `Feb 28` or `2026-02-28`, from 2021-03-02 to today.");
        assertThat(touchpoints("Org A")).hasSize(said.length);
    }

    @Test
    @DisplayName("a large number of minutes, hours or days ago is read: within five years it is logged on its day, "
            + "further back it is refused as too far back, where it was 'I couldn't read it'")
    void largeAmountsAgo() {
        // GIVEN Monday 2 March 2026, 15:00 UTC, a server on UTC
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN Ana logs a call 10000 minutes ago (about a week) and 400 days ago
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "10000 minutes ago")
                .plainText()).startsWith("Logged a note with “Org A” on Feb 23, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Visit", "when", "400 days ago")
                .plainText()).startsWith("Logged a note with “Org A” on Jan 26, 2025.");
        // THEN far more than five years back says so, whatever the number
        for (String far : new String[] {"100000 days ago", "99999999999999999999 minutes ago", "1000000 hours ago",
            "3000 days ago", "99999 years ago"}) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Old call", "when", far).plainText())
                    .as(far).contains("is more than 5 years ago").doesNotContain("couldn't read");
        }
        assertThat(touchpoints("Org A")).hasSize(2);
    }

    @Test
    @DisplayName("a day its month does not have (June 31, Feb 30, 2026-02-30, 31/06) is refused saying so, with the "
            + "month's last day to write instead, rather than 'I couldn't read it'; Feb 29 of a year without one names "
            + "the last Feb 29")
    void dayTheMonthDoesNotHave() {
        // GIVEN Monday 2 March 2026 on UTC, and a partner
        ana.runs("partner add", "name", "Org A", "sector", "food");
        String[][] said = {
            {"June 31", "“June 31” is not a day: June has 30 days. Check the date and log it again, as `2025-06-30` "
                    + "for the last of the month."},
            {"31 April", "“31 April” is not a day: April has 30 days. Check the date and log it again, as "
                    + "`2025-04-30` for the last of the month."},
            {"Feb 30", "“Feb 30” is not a day: February has 28 days (29 in a leap year). Check the date and log it "
                    + "again, as `2026-02-28` for the last of the month."},
            {"April 31 2025", "“April 31 2025” is not a day: April 2025 has 30 days. Check the date and log it again, "
                    + "as `2025-04-30` for the last of the month."},
            {"2026-02-30", "“2026-02-30” is not a day: February 2026 has 28 days. Check the date and log it again, "
                    + "as `2026-02-28` for the last of the month."},
            {"31/06/2025", "“31/06/2025” is not a day: June 2025 has 30 days. Check the date and log it again, as "
                    + "`2025-06-30` for the last of the month."},
            {"Feb 29", "2026 has no Feb 29 (it is not a leap year); the last one was Feb 29, 2024. If you meant that "
                    + "day, log it with `Feb 29 2024`."},
        };
        for (String[] when : said) {
            // WHEN she logs a call on it THEN she reads what is wrong and what to write
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", when[0]).plainText())
                    .as(when[0]).isEqualTo(when[1]);
        }
        // AND nothing was kept, and the day she then writes is logged
        assertThat(touchpoints("Org A")).isEmpty();
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "Feb 29 2024").plainText())
                .startsWith("Logged a note with “Org A” on Feb 29, 2024.");
        // AND words that are no date at all, or no month, are still not read
        for (String noDay : List.of("Febtober 40", "31/31", "Dec 99 99")) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", noDay).plainText())
                    .as(noDay).startsWith("I couldn't read “" + noDay + "” as a day.");
        }
    }

    @Test
    @DisplayName("in December, a day of February or the spring is this year's, and one in the weeks ahead, across the "
            + "new year, is still to come")
    void namedDaysLateInTheYear() {
        // GIVEN Thursday 10 December 2026 on a server on UTC
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-12-10T15:00:00Z")));
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN she logs a call on "Feb 28" and on "April 30" THEN they are this year's, months ago
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "Feb 28").plainText())
                .startsWith("Logged a note with “Org A” on Feb 28, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "30 April").plainText())
                .startsWith("Logged a note with “Org A” on Apr 30, 2026.");

        // AND "Dec 15" and "Jan 3" (a month ahead at most) are refused as still to come, nothing kept
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "Dec 15").plainText())
                .startsWith("2026-12-15 is still to come.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "Jan 3").plainText())
                .startsWith("2027-01-03 is still to come.");
        assertThat(touchpoints("Org A")).hasSize(2);
    }

    @Test
    @DisplayName("a day written with numbers, like 12/01: logged on the usual reading with a button for each day when "
            + "both have passed, else the one that has (the usual order first: month first in the Americas, day first "
            + "elsewhere)")
    void numericDays() {
        // GIVEN Wednesday 2 December 2026 on a server on UTC
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-12-02T15:00:00Z")));
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN she logs a call on "12/01", which is 12 January (as days are usually written here) or 1 December
        // THEN it is logged on the later day, so that no check-in reminder goes out on a guess, and she is asked
        // which day with a button for each, the kept one first
        Reply logged = ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "12/01");
        assertThat(logged.text()).startsWith("Logged a note with “Org A” on Dec 1, 2026. Its reminders now count from "
                        + "this contact: every 14 days")
                .endsWith("\nThe day you typed could also be Jan 12, 2026. Which did you mean? I keep Dec 1, 2026 "
                        + "until you pick.");
        assertThat(logged.buttons()).extracting(Button::label).startsWith("Dec 1, 2026", "Jan 12, 2026")
                // the pulse's questions that come after a touchpoint keep their rows
                .contains("Skip");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Email", "when", "12.01.2026").buttons())
                .extracting(Button::label).containsExactly("Dec 1, 2026", "Jan 12, 2026");
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt)
                .containsOnly(Instant.parse("2026-12-01T12:00:00Z"));

        // AND a date with one reading only, or whose other reading has not come yet, is logged without a question
        String[][] said = {{"13/01", "Jan 13, 2026"}, {"30/11/2026", "Nov 30, 2026"}, {"12/05", "May 12, 2026"},
            {"2/2", "Feb 2, 2026"}, {"3/3", "Mar 3, 2026"}};
        for (String[] when : said) {
            Reply reply = ana.runs("partner log", "partner", "Org A", "what", "Call on " + when[0], "when", when[0]);
            assertThat(reply.plainText()).as(when[0]).startsWith("Logged a note with “Org A” on " + when[1] + ".")
                    .doesNotContain("could also be");
            assertThat(reply.buttons()).as(when[0]).isEmpty();
        }
        // AND a date whose every reading is still to come is refused as such; one with none is no day
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "12/20").plainText())
                .startsWith("2026-12-20 is still to come.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "31/31").plainText())
                .startsWith("I couldn't read “31/31” as a day.");

        // AND in Chicago, where "12/01" is December 1, the same
        cora.runs("coach setup", "timezone", "America/Chicago");
        Reply chicago = ana.runs("partner log", "partner", "Org A", "what", "Visit", "when", "12/01");
        assertThat(chicago.text()).startsWith("Logged a note with “Org A” on Dec 1, 2026.")
                .contains("could also be Jan 12, 2026");
        assertThat(chicago.buttons()).extracting(Button::label).startsWith("Dec 1, 2026", "Jan 12, 2026");
        assertThat(touchpoints("Org A")).hasSize(3 + said.length);
    }

    @Test
    @DisplayName("the other day's button under a contact logged on 12/01 moves that contact there, note and all, and "
            + "the partner's last contact with it; only for the member who logged it")
    void numericDayPicked() {
        // GIVEN Wednesday 2 December 2026 on a server on UTC, and a meeting ana logged on "12/01" (kept on 1 December)
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-12-02T15:00:00Z")));
        ana.runs("partner add", "name", "Org A", "sector", "food");
        Reply logged = ana.runs("partner log", "partner", "Org A", "what", "Coffee with their director", "kind",
                "meeting", "when", "12/01");
        assertThat(partner("Org A").lastTouchAt()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));

        // WHEN bea presses a day under it (the message was ana's alone, but an old button can come back)
        // THEN she is told it is not hers to change, and nothing moves
        assertThat(bea.pressesId(logged.buttons().get(1).id()).plainText())
                .isEqualTo("Only the member who logged this contact can change its day. Nothing was changed.");
        assertThat(partner("Org A").lastTouchAt()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));

        // WHEN ana picks 12 January
        Reply picked = ana.presses("Jan 12, 2026");

        // THEN the message she pressed on says the day she picked, with no day to pick any more (its pulse stays)
        assertThat(picked.update()).isTrue();
        assertThat(picked.text()).startsWith("Logged a meeting with “Org A” on Jan 12, 2026, the day you picked. Its "
                + "reminders now count from this contact").doesNotContain("could also be");
        assertThat(picked.buttons()).extracting(Button::label).doesNotContain("Jan 12, 2026", "Dec 1, 2026")
                .contains("Skip");
        // AND the same meeting, with her words, is on 12 January, and the partner's last contact is that one
        assertThat(touchpoints("Org A")).singleElement().satisfies(t -> {
            assertThat(t.note()).isEqualTo("Coffee with their director");
            assertThat(t.kind()).isEqualTo(Touchpoint.Kind.MEETING);
            assertThat(t.happenedAt()).isEqualTo(Instant.parse("2026-01-12T12:00:00Z"));
        });
        assertThat(partner("Org A").lastTouchAt()).isEqualTo(Instant.parse("2026-01-12T12:00:00Z"));
        assertThat(partner("Org A").lastTouchNote()).isEqualTo("Coffee with their director");

        // WHEN a call is logged today and she then moves the meeting back to 1 December
        ana.runs("partner log", "partner", "Org A", "what", "Quick call", "kind", "call");
        assertThat(ana.pressesId(logged.buttons().get(0).id()).plainText())
                .startsWith("Logged a meeting with “Org A” on Dec 1, 2026, the day you picked. A later contact is already on record "
                        + "(Dec 2, 2026)");
        // THEN the latest contact is still the call
        assertThat(partner("Org A").lastTouchNote()).isEqualTo("Quick call");
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt).containsExactly(
                Instant.parse("2026-12-02T15:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"));
    }

    @Test
    @DisplayName("a day with numbers whose usual reading is still to come (12/05 on 2 December in Chicago: December 5) "
            + "is logged on the reading that has passed, and the reply says so, and that the other hasn't come yet")
    void numericDayStillToComeIsLoggedOnTheOneThatHasPassed() {
        // GIVEN Wednesday 2 December 2026 on a server on Chicago's time (month first)
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-12-02T15:00:00Z")));
        cora.runs("coach setup", "timezone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN she logs a call on "12/05", which she usually reads as December 5, still to come
        Reply reply = ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "12/05");

        // THEN it is logged on 12 May, which has passed, and the reply says why, with no day to pick
        assertThat(reply.text()).startsWith("Logged a note with “Org A” on May 12, 2026. Its reminders now count from "
                + "this contact").endsWith("\nI took May 12, 2026, the day you typed as it reads the other way round: "
                + "Dec 5, 2026 hasn't come yet, and a contact is logged once it has happened.");
        assertThat(reply.buttons()).extracting(Button::label).doesNotContain("Dec 5, 2026", "May 12, 2026");
        assertThat(touchpoints("Org A")).singleElement().satisfies(t -> {
            assertThat(t.note()).isEqualTo("Call");
            assertThat(t.happenedAt()).isEqualTo(Instant.parse("2026-05-12T17:00:00Z"));
        });

        // AND on a server on UTC (day first) "05/12" is the same the other way round
        cora.runs("coach setup", "timezone", "UTC");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Visit", "when", "05/12").text())
                .startsWith("Logged a note with “Org A” on May 12, 2026.")
                .endsWith("\nI took May 12, 2026, the day you typed as it reads the other way round: Dec 5, 2026 "
                        + "hasn't come yet, and a contact is logged once it has happened.");
        assertThat(touchpoints("Org A")).hasSize(2);
    }

    @Test
    @DisplayName("a day typed as the end of a sentence (“Yesterday.”, “3 days ago!”, “friday?”) or as 2026/02/20 is"
            + " the day it names, as its name without the stop is")
    void dayWithASentenceStop() {
        // GIVEN Monday 2 March 2026, 15:00 on the server's UTC
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN ana logs contacts with days written as a phone writes them THEN each is kept on its day, at noon
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "Yesterday.").plainText())
                .startsWith("Logged a note with “Org A” on Mar 1, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Coffee", "when", "3 days ago!").plainText())
                .startsWith("Logged a note with “Org A” on Feb 27, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Email", "when", "last friday?").plainText())
                .startsWith("Logged a note with “Org A” on Feb 27, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Fair", "when", "2026/02/20").plainText())
                .startsWith("Logged a note with “Org A” on Feb 20, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Visit", "when", "Feb 25th.").plainText())
                .startsWith("Logged a note with “Org A” on Feb 25, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Flyers", "when", "today.").plainText())
                .startsWith("Logged a note with “Org A” on Mar 2, 2026.");

        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt).containsExactlyInAnyOrder(
                TestBot.START, Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-02-27T12:00:00Z"),
                Instant.parse("2026-02-27T12:00:00Z"), Instant.parse("2026-02-25T12:00:00Z"),
                Instant.parse("2026-02-20T12:00:00Z"));
        // a stop alone is no day, and a day still to come stays refused with its stop
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "tomorrow.").plainText())
                .startsWith("2026-03-03 is still to come.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "2026/02/30").plainText())
                .contains("February 2026 has 28 days");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", ".").plainText())
                .startsWith("I couldn't read “.” as a day.");
        assertThat(touchpoints("Org A")).hasSize(6);
    }

    @Test
    @DisplayName("a time of day after the day (today 9am, yesterday at 5pm, monday morning) is read as that day: a "
            + "touchpoint keeps a day, not a time")
    void timeOfDayAfterTheDay() {
        // GIVEN Monday 2 March 2026, 15:00 UTC, a server on UTC
        ana.runs("partner add", "name", "Org A", "sector", "food");
        String[][] said = {
            {"today 9am", "Mar 2"}, {"yesterday at 5pm", "Mar 1"}, {"monday morning", "Feb 23"},
            {"Friday, 3 p.m.", "Feb 27"}, {"yesterday 17:00", "Mar 1"}, {"Feb 20 at 9:30am", "Feb 20"},
            {"last tuesday at 10", "Feb 24"}, {"yesterday evening", "Mar 1"}, {"at noon", "Mar 2"},
            {"5pm on friday", "Feb 27"},
        };

        // WHEN she logs contacts with a time after the day
        for (String[] when : said) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Contact " + when[0], "when", when[0])
                    .plainText()).as(when[0]).startsWith("Logged a note with “Org A” on " + when[1] + ", 2026.")
                    .doesNotContain("couldn't read");
        }

        // THEN each is kept on its day (today as now, an earlier day at noon), and words of a time alone still read
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt).containsExactlyInAnyOrder(
                TestBot.START, Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-02-23T12:00:00Z"),
                Instant.parse("2026-02-27T12:00:00Z"), Instant.parse("2026-03-01T12:00:00Z"),
                Instant.parse("2026-02-20T12:00:00Z"), Instant.parse("2026-02-24T12:00:00Z"),
                Instant.parse("2026-03-01T12:00:00Z"), TestBot.START, Instant.parse("2026-02-27T12:00:00Z"));
        // AND a day still to come with a time is refused as still to come, and "this morning" is still now
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "tomorrow at 9am").plainText())
                .startsWith("2026-03-03 is still to come.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Coffee", "when", "this morning").plainText())
                .startsWith("Logged a note with “Org A” on Mar 2, 2026.");
        assertThat(touchpoints("Org A")).hasSize(said.length + 1);
    }

    @Test
    @DisplayName("a time of day still to come today (today 11pm, 11pm, tonight, this afternoon, at 10, 3 Mar at noon, "
            + "said at 08:03) is refused as still to come, as 'in 5 minutes' is, and nothing stored changes; a time "
            + "earlier today, or late yesterday, is logged")
    void timeOfDayStillToComeToday() {
        // GIVEN Tuesday 3 March 2026, 08:03 on the server's UTC, and a call ana logged yesterday
        ana.runs("partner add", "name", "Org A", "sector", "food");
        ana.runs("partner log", "partner", "Org A", "what", "Call with the director", "kind", "call");
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-03-03T08:03:00Z")));

        // WHEN she logs a contact today at a time that hasn't come yet THEN it is refused as "in 5 minutes" is, with
        // the time it is now where she is
        for (String toCome : List.of("today 11pm", "11pm", "11 p.m. today", "tonight", "this evening",
                "this afternoon", "tonight at 7", "today at 10", "at noon", "today in the evening", "Mar 3 at noon",
                "2026-03-03 9:30pm", "today 24:00")) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Met the director", "kind", "meeting",
                    "when", toCome).plainText()).as(toCome).isEqualTo("“" + toCome + "” is still to come: it's "
                    + "08:03 UTC now. A touchpoint is a contact that happened, from 2021-03-03 to today (2026-03-03): "
                    + "log it once it has; for plans, use the partner's notes.");
        }
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "in 5 minutes").plainText())
                .startsWith("“in 5 minutes” is still to come. A touchpoint is a contact that happened");
        // AND so are days still to come, with a time or not: tomorrow, a day next week, later this month
        for (String[] toCome : new String[][] {{"tomorrow", "2026-03-04"}, {"tomorrow 7am", "2026-03-04"},
            {"2026-03-10", "2026-03-10"}, {"Mar 25", "2026-03-25"}, {"Mar 25 at 9am", "2026-03-25"}}) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", toCome[0]).plainText())
                    .as(toCome[0]).startsWith(toCome[1] + " is still to come.");
        }
        // AND a time that is on no clock says so, rather than being logged as today
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", "today 25:00").plainText())
                .isEqualTo("There is no `25:00` on a clock: hours go from 0 to 23, and minutes from 00 to 59. A "
                        + "touchpoint keeps its day: give the day alone (`today`, `yesterday`), or with a time like "
                        + "`9am` or `17:30`.");
        // AND nothing was kept: yesterday's call is still the only touchpoint and the last contact
        assertThat(touchpoints("Org A")).extracting(Touchpoint::note).containsExactly("Call with the director");
        assertThat(partner("Org A").lastTouchAt()).isEqualTo(TestBot.START);
        assertThat(partner("Org A").lastTouchNote()).isEqualTo("Call with the director");

        // WHEN she logs a contact earlier today, or late yesterday THEN each is logged on its day
        for (String[] passed : new String[][] {{"today 7am", "Mar 3"}, {"7:30", "Mar 3"}, {"this morning", "Mar 3"},
            {"at 8", "Mar 3"}, {"8:03am", "Mar 3"}, {"today midnight", "Mar 3"}, {"yesterday 11pm", "Mar 2"},
            {"last night", "Mar 2"}, {"Mar 2 at 10pm", "Mar 2"}}) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Contact " + passed[0], "when", passed[0])
                    .plainText()).as(passed[0]).startsWith("Logged a note with “Org A” on " + passed[1] + ", 2026.");
        }
        assertThat(touchpoints("Org A")).hasSize(10);

        // AND once the evening has begun, "tonight" and "today 5pm" are logged too
        bot.clock().advance(Duration.ofHours(9));
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Dinner", "when", "tonight").plainText())
                .startsWith("Logged a note with “Org A” on Mar 3, 2026.");
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Drinks", "when", "today 5pm").plainText())
                .startsWith("Logged a note with “Org A” on Mar 3, 2026.");
        assertThat(partner("Org A").lastTouchAt()).isEqualTo(Instant.parse("2026-03-03T17:03:00Z"));
    }

    @Test
    @DisplayName("a time of day still to come is read in the member's own zone: at 08:03 UTC, 02:03 in Chicago, "
            + "'today 7am' is still to come for a member there and has passed for one on the server's UTC")
    void timeOfDayInTheMembersZone() {
        // GIVEN Tuesday 3 March 2026, 08:03 UTC, a server on UTC, and bea who lives in Chicago (02:03 there)
        bea.runs("settings timezone", "zone", "America/Chicago");
        ana.runs("partner add", "name", "Org A", "sector", "food");
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-03-03T08:03:00Z")));

        // WHEN bea logs a breakfast "today 7am" THEN it is still to come where she is, said in her time
        assertThat(bea.runs("partner log", "partner", "Org A", "what", "Breakfast", "when", "today 7am").plainText())
                .startsWith("“today 7am” is still to come: it's 02:03 America/Chicago now.");
        // AND "1am" is hers: 01:00 in Chicago has passed, and it is logged on her Mar 3
        assertThat(bea.runs("partner log", "partner", "Org A", "what", "Late call", "when", "1am").plainText())
                .startsWith("Logged a note with “Org A” on Mar 3, 2026.");
        // AND for ana, on the server's UTC, 7am has passed
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Breakfast", "when", "today 7am").plainText())
                .startsWith("Logged a note with “Org A” on Mar 3, 2026.");
        assertThat(touchpoints("Org A")).extracting(Touchpoint::note).containsExactlyInAnyOrder("Late call",
                "Breakfast");
    }

    @Test
    @DisplayName("12/03 9pm said at 08:03 on 3 December: 12 March, the reading that has passed, is logged, and the "
            + "reply says 3 December hasn't come yet")
    void numericDayWithATimeStillToCome() {
        // GIVEN Thursday 3 December 2026, 08:03 on a server on UTC (day first)
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse("2026-12-03T08:03:00Z")));
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN she logs a call on "03/12 9pm": 3 December at 21:00, still to come, or 12 March, which has passed
        Reply reply = ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "03/12 9pm");

        // THEN it is logged on 12 March, with no day to pick
        assertThat(reply.text()).startsWith("Logged a note with “Org A” on Mar 12, 2026.")
                .contains("Dec 3, 2026 hasn't come yet");
        assertThat(reply.buttons()).extracting(Button::label).doesNotContain("Dec 3, 2026", "Mar 12, 2026");
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt)
                .containsExactly(Instant.parse("2026-03-12T12:00:00Z"));
    }

    @Test
    @DisplayName("'last week' is a week ago and the reply says so; 'a fortnight ago' is two weeks; 'in 2 days' or "
            + "'next week' is still to come, not unreadable")
    void stretchesOfDaysAndDaysToCome() {
        // GIVEN Monday 2 March 2026, 15:00 UTC, a server on UTC
        ana.runs("partner add", "name", "Org A", "sector", "food");

        // WHEN she logs a call "last week" THEN it is kept a week ago, and the reply says which day that is
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Call", "when", "last week").plainText())
                .startsWith("Logged a note with “Org A” on Feb 23, 2026.")
                .contains("\nI took “last week” as a week ago, Feb 23, 2026. To give the exact day, use a weekday "
                        + "(`when:tuesday`) or a date.");
        // AND "a fortnight ago" is two weeks back, said as any other day
        assertThat(ana.runs("partner log", "partner", "Org A", "what", "Visit", "when", "a fortnight ago").plainText())
                .startsWith("Logged a note with “Org A” on Feb 16, 2026.").doesNotContain("I took");
        assertThat(touchpoints("Org A")).extracting(Touchpoint::happenedAt).containsExactlyInAnyOrder(
                Instant.parse("2026-02-23T12:00:00Z"), Instant.parse("2026-02-16T12:00:00Z"));

        // AND days still to come, said as from now, are refused as such; nothing is kept
        for (String toCome : new String[] {"in 2 days", "in an hour", "next week", "next friday"}) {
            assertThat(ana.runs("partner log", "partner", "Org A", "what", "Plan", "when", toCome).plainText())
                    .as(toCome).isEqualTo("“" + toCome + "” is still to come. A touchpoint is a contact that happened, "
                            + "from 2021-03-02 to today (2026-03-02): log it once it has; for plans, use the partner's "
                            + "notes.");
        }
        assertThat(touchpoints("Org A")).hasSize(2);
    }
}
