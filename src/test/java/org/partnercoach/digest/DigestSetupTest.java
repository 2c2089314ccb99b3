package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/digest setup and its coordinators' channel, as a coordinator keeps the digest going")
class DigestSetupTest {

    private static final long COORDINATORS = 777_000L;

    private final TestBot bot = TestBot.inMemory();
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    private int postsInCoordinators() {
        return bot.messenger().postsIn(COORDINATORS).size();
    }

    /** Cora set the digest for Mondays at 09:00 (UTC) and subscribed; the first went out on Monday 9 March. */
    private void firstDigestWentOut() {
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
    }

    /** Cora's next digest comes at {@code at}, and none in the minute before: her {@code count}th one then. */
    private void digestComesAt(Instant at, int count) {
        bot.advance(Duration.between(bot.clock().instant(), at).minusMinutes(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(count - 1);
        bot.advance(Duration.ofMinutes(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(count);
    }

    @Test
    @DisplayName("set on a Monday afternoon for Mondays 09:00: the reply says the first comes next Monday, and it does")
    void firstDigestAsTheReplySays() {
        // GIVEN cora gets the digest by DM; it is Monday 2 March, 15:00
        cora.runs("digest subscribe");

        // WHEN she sets Mondays at 09:00, a time that passed this morning
        Reply saved = cora.runs("digest setup", "day", "monday", "time", "09:00");

        // THEN the reply says the first one comes next Monday, 9 March 09:00
        Instant first = Instant.parse("2026-03-09T09:00:00Z");
        assertThat(saved.text()).contains("Monday at 09:00 (UTC)", "The first one comes " + TimeMarkup.both(first)
                + ".");
        // AND none comes before it, one comes then
        digestComesAt(first, 1);
    }

    @Test
    @DisplayName("once a digest has gone out, a change of schedule says when the next one comes, not \"the first\"")
    void afterTheFirstTheReplySaysNext() {
        // GIVEN the digest on Mondays 09:00 (UTC) went out on Monday 9 March; it is 10:00
        firstDigestWentOut();
        bot.advance(Duration.ofHours(1));

        // WHEN cora moves it to Fridays
        Reply saved = cora.runs("digest setup", "day", "friday");

        // THEN the reply names the next one, Friday 13 March 09:00, as /digest status does
        Instant next = Instant.parse("2026-03-13T09:00:00Z");
        assertThat(saved.text()).contains("The next one comes " + TimeMarkup.both(next) + ".")
                .doesNotContain("first");
        assertThat(cora.runs("digest status").plainText()).contains("The next digest comes " + TimeMarkup.both(next));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\"")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "25:00    | There is no `25:00` on a clock: hours go from 0 to 23, and minutes from 00 to 59.",
        "9:75     | There is no `9:75` on a clock: hours go from 0 to 23, and minutes from 00 to 59.",
        "13pm     | There is no `13pm` on a clock: with am or pm, hours go from 1 to 12.",
        "2500     | There is no `2500` on a clock: hours go from 0 to 23, and minutes from 00 to 59.",
        "0975     | There is no `0975` on a clock: hours go from 0 to 23, and minutes from 00 to 59.",
        "25h      | There is no `25h` on a clock: hours go from 0 to 23, and minutes from 00 to 59.",
    })
    @DisplayName("a time that is none says what was typed and why, how to write one, and that the schedule stays")
    void timeThatIsNoneSaysWhy(String typed, String why) {
        // GIVEN the digest goes out on Mondays at 09:00
        cora.runs("digest setup", "day", "monday", "time", "09:00");

        // WHEN cora types a time that is none
        Reply refused = cora.runs("digest setup", "time", typed);

        // THEN she hears why, how to write one, and that nothing changed
        assertThat(refused.text()).isEqualTo(why + " Write it like `09:00`, `17:30`, `9am` or `noon`. Nothing was "
                + "changed.");
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Monday at 09:00 (UTC)");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"noon tomorrow", "in 3 hours at 5pm", "tomorrow 9am",
        "monday", "🎉", "@everyone"})
    @DisplayName("a day or a moment typed in time: (\"noon tomorrow\", \"in 3 hours at 5pm\") is refused saying time: takes "
            + "just the time of day and the weekday goes in day:, and the schedule stays")
    void dayOrMomentInTimeSaysWhereTheDayGoes(String typed) {
        // GIVEN the digest goes out on Mondays at 09:00
        cora.runs("digest setup", "day", "monday", "time", "09:00");

        // WHEN cora types a day or a moment where the time goes
        Reply refused = cora.runs("digest setup", "time", typed);

        // THEN she hears what time: takes, that the weekday goes in day:, and that nothing changed
        assertThat(refused.text()).isEqualTo("I couldn't read " + org.partnercoach.chat.Shown.code(typed) + " as a "
                + "time of day: `time:` takes just the time, like `09:00`, `17:30`, `9am` or `noon`, and the weekday "
                + "goes in `day:`, for example `/digest setup day:Tuesday time:noon`. Nothing was changed.");
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Monday at 09:00 (UTC)");
    }

    @Test
    @DisplayName("time: lets Discord send what a coordinator types up to 40 characters (\"in 3 hours at 5pm\"), so she "
            + "reads the bot's answer on where the day goes, not Discord's \"Must be 10 or fewer in length\"")
    void timeOptionTakesWhatTheAnswerExplains() {
        org.partnercoach.chat.OptionSpec time = bot.app().digest().commands().get(0).leaves().get("digest setup")
                .options().stream().filter(o -> o.name().equals(DigestFeature.OPTION_TIME)).findFirst().orElseThrow();
        assertThat(time.max()).isGreaterThanOrEqualTo((long) "in 3 hours at 5pm".length()).isEqualTo(40L);
    }

    @Test
    @DisplayName("time:24:00 is the end of the day given: Monday at 24:00 is saved as Tuesday at 00:00, and the reply "
            + "says so, not a digest a day early")
    void twentyFourHundredIsTheEndOfTheDay() {
        // WHEN cora sets Mondays at 24:00 (it is Monday 2 March, 15:00)
        Reply saved = cora.runs("digest setup", "day", "monday", "time", "24:00");

        // THEN it goes out on Tuesdays at 00:00, the first on Tuesday 3 March as Monday ends, and the reply says why
        assertThat(saved.text()).contains("Tuesday at 00:00 (UTC)", "I read `24:00` as the end of Monday: Tuesday at "
                + "00:00.", "The first one comes " + TimeMarkup.both(Instant.parse("2026-03-03T00:00:00Z")));
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Tuesday at 00:00 (UTC)");
    }

    @Test
    @DisplayName("time:24:00 with the day left out, run again and again, keeps the schedule it set (Tuesday at 00:00, "
            + "as Monday ends) and the reply says it stays as it was, not a day later each time")
    void twentyFourHundredAgainKeepsTheSchedule() {
        // GIVEN the digest goes out on Mondays at 09:00, and cora moves it to the end of Monday
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        Reply moved = cora.runs("digest setup", "time", "24:00");
        assertThat(moved.text()).startsWith("Saved. The digest goes out every Tuesday at 00:00 (UTC)")
                .contains("I read `24:00` as the end of Monday: Tuesday at 00:00.");

        // WHEN she runs the same command again, twice
        Reply again = cora.runs("digest setup", "time", "24:00");
        cora.runs("digest setup", "time", "24:00");

        // THEN the schedule stays Tuesday at 00:00, and the reply says nothing changed
        assertThat(again.text()).startsWith("Nothing to change: the digest already goes out every Tuesday at 00:00 "
                + "(UTC)").contains("I read `24:00` as the end of Monday: Tuesday at 00:00.")
                .contains("The first one comes " + TimeMarkup.both(Instant.parse("2026-03-03T00:00:00Z")));
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Tuesday at 00:00 (UTC)");
    }

    @Test
    @DisplayName("a time other than 24:00 with the day left out, on a schedule at 00:00, keeps its day")
    void otherTimeAfterMidnightKeepsTheDay() {
        // GIVEN the digest goes out at the end of Monday: Tuesday at 00:00
        cora.runs("digest setup", "day", "monday", "time", "24:00");

        // WHEN cora moves just the time to 10:00, THEN it goes out on Tuesdays at 10:00
        assertThat(cora.runs("digest setup", "time", "10:00").text()).startsWith("Saved. The digest goes out every "
                + "Tuesday at 10:00 (UTC)");
    }

    @Test
    @DisplayName("the same /digest setup run twice says nothing changed, and the digest comes when it would have")
    void sameSetupTwiceChangesNothing() {
        // GIVEN the digest goes out on Mondays at 09:00 to cora
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");

        // WHEN she runs the same command again
        Reply again = cora.runs("digest setup", "day", "monday", "time", "09:00");

        // THEN she hears it already goes out then, and the first still comes next Monday
        Instant first = Instant.parse("2026-03-09T09:00:00Z");
        assertThat(again.text()).startsWith("Nothing to change: the digest already goes out every Monday at 09:00 "
                + "(UTC), to subscribers by DM.").contains("The first one comes " + TimeMarkup.both(first) + ".");
        digestComesAt(first, 1);
    }

    @Test
    @DisplayName("set at the very minute its time names (Monday 09:00 in Chicago): the first is next week, as the "
            + "reply says, not one at once")
    void setAtItsOwnMinute() {
        // GIVEN the server runs on Chicago time, where it is Monday 2 March, 09:00
        cora.runs("coach setup", "timezone", "America/Chicago");
        cora.runs("digest subscribe");

        // WHEN cora sets Mondays at 09:00
        Reply saved = cora.runs("digest setup", "day", "monday", "time", "09:00");

        // THEN the reply names next Monday 09:00 in Chicago (summer time by then), and no digest comes at once
        Instant first = Instant.parse("2026-03-09T14:00:00Z");
        assertThat(saved.text()).contains("The first one comes " + TimeMarkup.both(first) + ".");
        bot.advance(Duration.ofMinutes(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).isEmpty();
        bot.advance(Duration.between(bot.clock().instant(), first));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
    }

    @Test
    @DisplayName("/digest status says when the next digest comes, and after it went, the one a week later")
    void statusSaysWhenTheNextComes() {
        // GIVEN cora sets Mondays at 09:00 on Monday 2 March at 15:00, and gets it by DM
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");

        // WHEN she asks for the status, THEN it names Monday 9 March 09:00
        Instant first = Instant.parse("2026-03-09T09:00:00Z");
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Monday at 09:00 (UTC), to "
                + "subscribers by DM. The next digest comes " + TimeMarkup.both(first) + ".");

        // AND once that one went out, the next Monday
        bot.advance(Duration.between(bot.clock().instant(), first).plusMinutes(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        assertThat(cora.runs("digest status").plainText()).contains("The next digest comes "
                + TimeMarkup.both(Instant.parse("2026-03-16T09:00:00Z")) + ".");
    }

    /** What every reply says while the digest would reach nobody: why, and the two ways to have it reach someone. */
    private static final String NOBODY = "⚠️ As it stands, nobody gets it: no one is subscribed and it has no "
            + "coordinators' channel. Run `/digest subscribe` to get it by DM, or `/digest setup channel:` to post it "
            + "in a coordinators' channel.";

    @Test
    @DisplayName("a digest that would reach nobody (no subscriber, no channel) is said so, with what to do, when it is "
            + "set up, in /digest status, and when its last subscriber leaves it; a subscriber or a channel ends it")
    void nobodyWouldGetItIsSaidBeforeItHappens() {
        // WHEN cora sets Mondays at 09:00 without subscribing, and no coordinators' channel
        Reply saved = cora.runs("digest setup", "day", "monday", "time", "09:00");

        // THEN the reply says nobody gets it, and the two ways to have it reach someone
        assertThat(saved.text()).contains("Saved.", NOBODY).doesNotContain("get it by DM yourself");
        // AND /digest status says it before the week is due
        assertThat(cora.runs("digest status").plainText()).contains(NOBODY);

        // WHEN she subscribes THEN it reaches her, and nothing warns any more
        cora.runs("digest subscribe");
        assertThat(cora.runs("digest status").plainText()).doesNotContain("nobody gets it");
        assertThat(cora.runs("digest setup", "time", "10:00").text()).doesNotContain("nobody gets it");

        // WHEN she, the only subscriber, unsubscribes THEN she is told nobody gets it now
        assertThat(cora.runs("digest unsubscribe").text()).startsWith("Done: no more digest DMs for you.")
                .contains(NOBODY);

        // WHEN a coordinators' channel is set THEN the reply has no warning; clearing it brings it back
        assertThat(cora.runs("digest setup", "channel", "<#" + COORDINATORS + ">").text())
                .doesNotContain("nobody gets it");
        assertThat(cora.runs("digest setup", "clear", "channel").text()).contains(NOBODY);
        // AND one who subscribed is told nothing of the sort when someone else leaves
        Member ed = bot.coordinator("ed");
        ed.runs("digest subscribe");
        assertThat(cora.runs("digest unsubscribe").text()).doesNotContain("nobody gets it");
    }

    @Test
    @DisplayName("/digest status never says a digest that nobody got is still on its way: with nobody subscribed and "
            + "no channel it says so and what to do; one whose post failed says why")
    void statusSaysWhatBecameOfTheLastDigest() {
        // GIVEN cora set Mondays at 09:00 but nobody subscribed, and no coordinators' channel is set
        cora.runs("digest setup", "day", "monday", "time", "09:00");

        // WHEN Monday 9 March 09:00 passes, and a day after it she asks for the status
        bot.advance(Duration.ofDays(7).plusHours(18));
        String status = cora.runs("digest status").plainText();

        // THEN the last one is not said to be waiting: nobody got it, and she is told how to get the next
        assertThat(status).contains("The digest of 2 Mar – 9 Mar was due " + TimeMarkup.full(Instant.parse(
                "2026-03-09T09:00:00Z")) + ", but nobody got it: no one was subscribed and it had no coordinators' "
                + "channel. Run `/digest subscribe` to get the next one by DM.").doesNotContain("not delivered yet");

        // AND GIVEN the digest then goes to a coordinators' channel that is deleted before the next Monday
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + COORDINATORS + ">");
        bot.messenger().cannotPostIn(COORDINATORS, ChannelTrouble.gone());
        bot.advance(Duration.ofDays(7));

        // THEN the status says it could not be delivered, why, and what to do
        assertThat(cora.runs("digest status").plainText()).contains("The digest of 9 Mar – 16 Mar could not be "
                + "delivered:").contains("`/digest setup channel:`").doesNotContain("not delivered yet");
    }

    @Test
    @DisplayName("a digest DM to a subscriber whose DMs are closed: the status and /coach status point to the "
            + "digest's own channel, not to a reminder channel")
    void digestToClosedDmsPointsToItsOwnChannel() {
        // GIVEN cora gets the digest by DM on Mondays at 09:00, and her DMs are closed; the server has no channels set
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.messenger().closeDmsOf(cora.id());

        // WHEN Monday 9 March 09:00 passes
        bot.advance(Duration.ofDays(7));

        // THEN /digest status and /coach status say her DMs are closed, and to use the digest's own channel
        String advice = "their DMs are closed. Ask them to allow DMs from server members, or have the digest posted "
                + "in a coordinators' channel they can read, with `/digest setup channel:`.";
        assertThat(cora.runs("digest status").plainText()).contains("could not be delivered: " + advice)
                .doesNotContain("reminder channel", "/coach setup");
        assertThat(cora.runs("coach status").text()).contains("a digest to <@" + cora.id() + ">: " + advice)
                .doesNotContain("reminder channel", "/coach setup");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "reminders delivered {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dm", "channel"})
    @DisplayName("a subscriber's digest never goes to the reminder channel, which members read: with her DMs closed "
            + "it is not delivered (and the status says so); with reminders delivered in the channel it still comes "
            + "by DM")
    void digestNeverInTheReminderChannel(String delivery) {
        // GIVEN a reminder channel every member reads, and cora's digest by DM on Mondays at 09:00
        cora.runs("coach setup", "channel", "555", "delivery", delivery);
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");

        // WHEN Monday 9 March 09:00 passes, her DMs open
        bot.advance(Duration.ofDays(7));

        // THEN it comes by DM, and nothing is posted in the reminder channel
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        assertThat(bot.messenger().postsIn(555)).isEmpty();

        // WHEN her DMs are closed for the next one
        bot.messenger().closeDmsOf(cora.id());
        bot.advance(Duration.ofDays(7));

        // THEN it is not posted in the reminder channel either, and the status says her DMs are closed
        assertThat(bot.messenger().postsIn(555)).isEmpty();
        assertThat(cora.runs("digest status").plainText()).contains("could not be delivered: their DMs are closed");
    }

    @Test
    @DisplayName("the server's zone moved east before this week's digest went: its time there has passed, so it goes "
            + "now, as the reply says; moved back west, it does not go again that week")
    void zoneMovedEastThenBack() {
        // GIVEN the digest on Mondays 09:00 (UTC), cora subscribed; it is Monday 9 March, 08:00 UTC
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(17));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).isEmpty();

        // WHEN cora sets the server's zone to Tokyo, where Monday 09:00 was 8 hours ago
        Reply east = cora.runs("coach setup", "timezone", "Asia/Tokyo");

        // THEN the reply says the digest goes now, and /digest status says the same
        assertThat(east.text()).contains("The weekly digest keeps its day and time, now in the new time zone: every "
                + "Monday at 09:00 (Asia/Tokyo), to subscribers by DM. The next digest goes out now: its time this "
                + "week has passed in the server's time zone, and this week's has not gone out yet.");
        assertThat(cora.runs("digest status").plainText()).contains("The next digest goes out now");
        // AND it does, once
        bot.advance(Duration.ofMinutes(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        Instant nextInTokyo = Instant.parse("2026-03-16T00:00:00Z");
        assertThat(cora.runs("digest status").plainText()).contains("The next digest comes "
                + TimeMarkup.both(nextInTokyo) + ".");

        // WHEN at 08:30 UTC she sets the zone back to UTC, where this Monday's 09:00 is still to come
        bot.advance(Duration.ofMinutes(29));
        Reply west = cora.runs("coach setup", "timezone", "UTC");

        // THEN the reply names next Monday, as this week's digest went out already, and none comes at 09:00 today
        Instant nextInUtc = Instant.parse("2026-03-16T09:00:00Z");
        assertThat(west.text()).contains("every Monday at 09:00 (UTC)", "The next digest comes "
                + TimeMarkup.both(nextInUtc) + ".");
        bot.advance(Duration.ofHours(1));
        bot.advance(Duration.ofDays(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        // AND the next comes next Monday at 09:00 UTC, as said
        digestComesAt(nextInUtc, 2);
    }

    @Test
    @DisplayName("the server's zone moved west before this week's digest went: last week's does not go again, and this "
            + "week's comes at its time in the new zone, as the reply says")
    void zoneMovedWestBeforeTheDigest() {
        // GIVEN the digest on Mondays 09:00 (UTC) went out on Monday 9 March; it is Monday 16 March, 08:00 UTC
        firstDigestWentOut();
        bot.advance(Duration.ofDays(6).plusHours(23));

        // WHEN cora sets the zone to Los Angeles, where last Monday's 09:00 came after last week's digest went
        Reply west = cora.runs("coach setup", "timezone", "America/Los_Angeles");

        // THEN the reply names today 09:00 in Los Angeles (16:00 UTC), and no digest goes before it
        Instant today = Instant.parse("2026-03-16T16:00:00Z");
        assertThat(west.text()).contains("every Monday at 09:00 (America/Los_Angeles)", "The next digest comes "
                + TimeMarkup.both(today) + ".");
        bot.advance(Duration.ofMinutes(1));
        // AND one goes then
        digestComesAt(today, 2);
    }

    @Test
    @DisplayName("the server's zone moved west after this week's digest went: no second digest that day; the next is "
            + "a week later, as the reply says")
    void zoneMovedWestAfterTheDigest() {
        // GIVEN the digest on Mondays 09:00 (UTC) went out on Monday 9 March; it is 10:00 UTC
        firstDigestWentOut();
        bot.advance(Duration.ofHours(1));

        // WHEN cora sets the zone to Chicago, where Monday 09:00 is 14:00 UTC, still to come today
        Reply west = cora.runs("coach setup", "timezone", "America/Chicago");

        // THEN the reply names next Monday 09:00 in Chicago, and no digest comes today
        Instant next = Instant.parse("2026-03-16T14:00:00Z");
        assertThat(west.text()).contains("The next digest comes " + TimeMarkup.both(next) + ".");
        bot.advance(Duration.ofHours(5));
        bot.advance(Duration.ofDays(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        bot.advance(Duration.between(bot.clock().instant(), next));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(2);
    }

    @Test
    @DisplayName("moved to a later hour of the day this week's digest went out: the reply says the first comes next "
            + "week, as it does, not in a few hours")
    void laterHourSameDayAfterTheDigest() {
        // GIVEN the digest on Mondays 09:00 (UTC) went out on Monday 9 March; it is 10:00
        firstDigestWentOut();
        bot.advance(Duration.ofHours(1));

        // WHEN cora moves it to Mondays at 12:00
        Reply saved = cora.runs("digest setup", "day", "monday", "time", "12:00");

        // THEN the reply names next Monday 12:00, not today's: this week's digest went out already
        Instant next = Instant.parse("2026-03-16T12:00:00Z");
        assertThat(saved.text()).contains("every Monday at 12:00 (UTC)", "The next one comes "
                + TimeMarkup.both(next) + ".");
        // AND none comes today, the next one comes then
        bot.advance(Duration.ofHours(3));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        digestComesAt(next, 2);
    }

    @Test
    @DisplayName("saved again after this week's digest went, then the zone moved west: still no second digest that day")
    void savedAgainThenZoneMovedWest() {
        // GIVEN the digest on Mondays 09:00 (UTC) went out on Monday 9 March; at 10:00 UTC cora saves the same
        // schedule again, with a coordinators' channel
        firstDigestWentOut();
        bot.advance(Duration.ofHours(1));
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + COORDINATORS + ">");

        // WHEN she sets the zone to Chicago, where Monday 09:00 is 14:00 UTC, still to come today
        Reply west = cora.runs("coach setup", "timezone", "America/Chicago");

        // THEN no digest comes today, as the reply says, and next Monday's does
        Instant next = Instant.parse("2026-03-16T14:00:00Z");
        assertThat(west.text()).contains("The next digest comes " + TimeMarkup.both(next) + ".");
        bot.advance(Duration.ofHours(5));
        bot.advance(Duration.ofDays(1));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        assertThat(postsInCoordinators()).isZero();
        bot.advance(Duration.between(bot.clock().instant(), next));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(2);
        assertThat(postsInCoordinators()).isEqualTo(1);
    }

    @Test
    @DisplayName("moving the digest to another day keeps its coordinators' channel; clear:channel stops the posts")
    void anotherDayKeepsTheChannel() {
        // GIVEN the digest on Mondays 09:00, posted in #coordinators too
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + COORDINATORS + ">");

        // WHEN cora moves it to Tuesdays 10:00 without naming the channel again
        Reply moved = cora.runs("digest setup", "day", "tuesday", "time", "10:00");

        // THEN it still goes to the channel, and the reply says so
        assertThat(moved.text()).startsWith("Saved. The digest goes out every Tuesday at 10:00 (UTC), to subscribers "
                + "and in <#" + COORDINATORS + ">.");
        bot.advance(Duration.ofHours(19).plusSeconds(30));   // Tuesday 3 March 10:00 (the clock starts Monday 15:00)
        assertThat(postsInCoordinators()).isEqualTo(1);

        // AND clear:channel, with no new channel, stops the posts there
        assertThat(cora.runs("digest setup", "day", "tuesday", "time", "10:00", "clear", "channel",
                "channel", "<#" + COORDINATORS + ">").text()).contains("not both at once", "Nothing was changed");
        assertThat(cora.runs("digest setup", "day", "tuesday", "time", "10:00", "clear", "channel").text())
                .contains("Tuesday at 10:00 (UTC), to subscribers by DM");
        bot.advance(Duration.ofDays(7));
        assertThat(postsInCoordinators()).isEqualTo(1);
        assertThat(cora.runs("digest status").plainText()).contains("to subscribers by DM");

        // AND clear:channel alone once there is none says so, rather than "Saved", and how to add one
        assertThat(cora.runs("digest setup", "clear", "channel").text()).isEqualTo("There is no coordinators' "
                + "channel to stop: the digest goes out every Tuesday at 10:00 (UTC), to subscribers by DM. "
                + "`/digest setup channel:` adds one. Nothing was changed.");
    }

    @Test
    @DisplayName("a coordinators' channel the bot may not post in is refused with what to give the bot; the schedule "
            + "set before stays")
    void channelTheBotCannotPostIn() {
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + COORDINATORS + ">");
        long secret = 888_000L;
        bot.messenger().cannotPostIn(secret, ChannelTrouble.lacks(Set.of(Capability.ATTACH_FILES)));

        Reply refused = cora.runs("digest setup", "day", "friday", "time", "16:00", "channel", "<#" + secret + ">");

        assertThat(refused.text()).isEqualTo("The digest can't be posted in <#888000>: the bot lacks Attach Files in "
                + "<#888000>. Give the bot's role View Channel, Send Messages, Embed Links and Attach Files in that "
                + "channel (Edit Channel → Permissions), or pick another channel with `/digest setup channel:`. "
                + "Nothing was changed.");
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Monday at 09:00 (UTC), to "
                + "subscribers and in <#777000>.").doesNotContain("⚠️");
    }

    @Test
    @DisplayName("the last subscriber who unsubscribes while the coordinators' channel fails is told that the digest "
            + "fails there now, and how to fix it, not just how to come back")
    void lastSubscriberLeavesWhileTheChannelFails() {
        // GIVEN cora alone gets the digest by DM, and it is also posted in a channel since deleted
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + COORDINATORS + ">");
        cora.runs("digest subscribe");
        bot.messenger().cannotPostIn(COORDINATORS, ChannelTrouble.gone());

        // WHEN she unsubscribes
        String reply = cora.runs("digest unsubscribe").text();

        // THEN she reads that it fails in that channel now, with what to do
        assertThat(reply).startsWith("Done: no more digest DMs for you.").contains("⚠️ The digest fails in <#777000> "
                + "now: <#777000> was deleted, or the bot can't see it. Pick a text channel the bot can see with "
                + "`/digest setup channel:`.");
    }

    @Test
    @DisplayName("a coordinators' channel deleted after it was set shows in /digest status with what to do")
    void channelGoneLater() {
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + COORDINATORS + ">");

        bot.messenger().cannotPostIn(COORDINATORS, ChannelTrouble.gone());

        assertThat(cora.runs("digest status").plainText()).contains("⚠️ The digest fails in <#777000> now: "
                + "<#777000> was deleted, or the bot can't see it. Pick a text channel the bot can see with "
                + "`/digest setup channel:`.");
        // naming it again is refused; moving the digest keeps it, and says it fails there
        assertThat(cora.runs("digest setup", "day", "monday", "time", "10:00", "channel", "<#" + COORDINATORS + ">")
                .text()).startsWith("The digest can't be posted in <#777000>");
        assertThat(cora.runs("digest setup", "day", "monday", "time", "10:00").text())
                .contains("⚠️ The digest fails in <#777000> now");
    }

    @Test
    @DisplayName("a coordinators' channel made since 2022 (a 19-digit Discord id) is saved; an id too big for Discord "
            + "gets the friendly refusal")
    void nineteenDigitChannel() {
        long channel = 1_234_567_890_123_456_789L;

        assertThat(cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", String.valueOf(channel))
                .text()).startsWith("Saved.").contains("<#" + channel + ">");
        assertThat(cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "9999999999999999999")
                .text()).isEqualTo("Pick the coordinators' channel from the list. Nothing was changed.");
        assertThat(cora.runs("digest status").plainText()).contains("<#" + channel + ">");
    }

    @Test
    @DisplayName("time:noon and time:midnight are read as /remind reads them (12:00, 00:00), and the digest comes then; "
            + "a time still unreadable keeps the schedule and says how to write one")
    void noonAndMidnight() {
        // GIVEN cora gets the digest by DM; it is Monday 2 March, 15:00 UTC
        cora.runs("digest subscribe");

        // WHEN she sets Tuesdays at noon
        Reply noon = cora.runs("digest setup", "day", "tuesday", "time", "Noon");

        // THEN it is saved for 12:00, and the first digest comes on Tuesday 3 March at 12:00
        assertThat(noon.text()).startsWith("Saved.").contains("Tuesday at 12:00 (UTC)");
        digestComesAt(Instant.parse("2026-03-03T12:00:00Z"), 1);

        // WHEN she moves it to Mondays at midnight
        Reply midnight = cora.runs("digest setup", "day", "monday", "time", "midnight");

        // THEN it is saved for 00:00: the next comes as Monday 9 March begins (cora's DM waits for her quiet hours)
        Instant next = Instant.parse("2026-03-09T00:00:00Z");
        assertThat(midnight.text()).startsWith("Saved.").contains("Monday at 00:00 (UTC)",
                "The next one comes " + TimeMarkup.both(next) + ".");

        // AND a time that is none is refused, saying what was typed and naming the forms, and the schedule stays
        assertThat(cora.runs("digest setup", "day", "friday", "time", "lunchtime").text())
                .isEqualTo("I couldn't read `lunchtime` as a time of day: `time:` takes just the time, like `09:00`, "
                        + "`17:30`, `9am` or `noon`, and the weekday goes in `day:`, for example "
                        + "`/digest setup day:Tuesday time:noon`. Nothing was changed.");
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Monday at 00:00 (UTC)",
                "The next digest comes " + TimeMarkup.both(next) + ".");
    }

    @Test
    @DisplayName("time:9 alone, which /remind would ask about, is saved as 09:00 with a note saying so and the "
            + "command for 21:00, which keeps the day and the channel; time:12 says noon; a time with minutes, "
            + "am/pm or past 12 has no note")
    void bareHourSaysHowItWasRead() {
        // WHEN cora sets Mondays at "9", with the coordinators' channel
        Reply nine = cora.runs("digest setup", "day", "monday", "time", "9", "channel", "<#" + COORDINATORS + ">");

        // THEN it is saved for 09:00, and the reply says it read 9 as the morning and how to have the evening
        assertThat(nine.text()).startsWith("Saved. The digest goes out every Monday at 09:00 (UTC), to subscribers and "
                + "in <#" + COORDINATORS + ">. I read `9` as 09:00 in the morning. If you meant 9 in the evening, "
                + "`/digest setup time:21:00` changes just the time. The first one comes ");

        // WHEN she runs the command it offers
        Reply evening = cora.runs("digest setup", "time", "21:00");

        // THEN the day and the channel stay, the time is 21:00, and nothing is left to explain
        assertThat(evening.text()).startsWith("Saved. The digest goes out every Monday at 21:00 (UTC), to subscribers "
                + "and in <#" + COORDINATORS + ">.").doesNotContain("I read");

        // AND "12" is read as noon, with the command for midnight
        assertThat(cora.runs("digest setup", "time", "12").text()).startsWith("Saved. The digest goes out every "
                + "Monday at 12:00 (UTC), to subscribers and in <#" + COORDINATORS + ">. I read `12` as 12:00, noon. "
                + "If you meant midnight, `/digest setup time:midnight` changes just the time.");
        // AND times that say which they are get no note
        for (String typed : List.of("9am", "9pm", "09:00", "21", "09", "0", "noon")) {
            assertThat(cora.runs("digest setup", "time", typed).text()).as(typed).startsWith("Saved.")
                    .doesNotContain("I read");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"9.30|09:30", "9 p.m.|21:00", "9p|21:00",
        "9:30 P.M.|21:30", "21.15|21:15", "12 a.m.|00:00", "21h30|21:30", "21;30|21:30", "9,30|09:30",
        "9h30pm|21:30", "0900|09:00", "2130|21:30", "21h|21:00", "9h|09:00", "0930pm|21:30"})
    @DisplayName("time: is read the way quiet hours are (9.30, 9 p.m., 9p), and another separator for the colon as "
            + "/remind reads it (21h30, 21;30), not refused")
    void timesAsQuietHoursReadThem(String typed, String read) {
        Reply saved = cora.runs("digest setup", "day", "friday", "time", typed);

        assertThat(saved.text()).startsWith("Saved.").contains("Friday at " + read + " (UTC)");
        assertThat(cora.runs("digest status").plainText()).contains("Goes out every Friday at " + read + " (UTC)");
    }

    @Test
    @DisplayName("/digest status with more subscribers than one field holds names whole mentions and how many more, "
            + "never a mention cut in half")
    void manySubscribersNamedWhole() {
        // GIVEN 90 coordinators get the digest by DM: their mentions take more than a field's 1,024 characters
        for (int i = 0; i < 90; i++) {
            bot.coordinator("coordinator" + i).runs("digest subscribe");
        }

        // WHEN one asks for the status
        org.partnercoach.chat.Card card = cora.runs("digest status").cards().get(0);

        // THEN the subscribers' field holds whole mentions, then how many more, within Discord's limit
        String field = card.fields().stream().filter(f -> f.name().startsWith("Subscribers (90)")).findFirst()
                .orElseThrow().value();
        assertThat(field.length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_FIELD_VALUE);
        java.util.regex.Matcher more = java.util.regex.Pattern.compile("> …and (\\d+) more$").matcher(field);
        assertThat(more.find()).as(field).isTrue();
        String shown = field.substring(0, field.lastIndexOf(" …and "));
        List<String> mentions = List.of(shown.split(", "));
        assertThat(mentions).allSatisfy(m -> assertThat(m).matches("<@\\d+>"));
        assertThat(mentions.size() + Integer.parseInt(more.group(1))).isEqualTo(90);
    }

    @Test
    @DisplayName("once it is set, a channel, a day or a time alone changes that and keeps the rest; the first time, "
            + "a day and a time are both asked for, and nothing is saved without them")
    void oneOptionAtATime() {
        // GIVEN no digest is set yet: a channel alone is not enough to send one
        Reply first = cora.runs("digest setup", "channel", "<#" + COORDINATORS + ">");
        assertThat(first.text()).isEqualTo("The first time, give the day and the time it goes out, for example "
                + "`/digest setup day:Monday time:09:00` (a channel too if you like). Nothing was changed.");
        assertThat(cora.runs("digest status").plainText()).contains("Not scheduled yet");

        // WHEN cora sets Mondays at 09:00, then adds the coordinators' channel alone
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        Reply channel = cora.runs("digest setup", "channel", "<#" + COORDINATORS + ">");

        // THEN the day and time stay as they were, with the channel added
        assertThat(channel.text()).startsWith("Saved. The digest goes out every Monday at 09:00 (UTC)")
                .contains("<#" + COORDINATORS + ">");
        // AND a time alone keeps the day and the channel; a day alone keeps the time
        assertThat(cora.runs("digest setup", "time", "17:30").text())
                .startsWith("Saved. The digest goes out every Monday at 17:30 (UTC)").contains("<#" + COORDINATORS + ">");
        assertThat(cora.runs("digest setup", "day", "friday").text())
                .startsWith("Saved. The digest goes out every Friday at 17:30 (UTC)");
        // AND nothing at all says what it may change
        assertThat(cora.runs("digest setup").text()).isEqualTo("Give what to change: `day:`, `time:`, `channel:` "
                + "or `clear:channel`. It goes out every Friday at 17:30 (UTC), to subscribers and in <#"
                + COORDINATORS + ">. Nothing was changed.");
    }

    @Test
    @DisplayName("GIVEN quiet hours 21:00-08:00 WHEN cora sets the digest for Sundays 02:30 THEN the reply and /digest"
            + " status say her DM copy waits until 08:00, and the DM comes then; a time outside them says nothing")
    void timeInQuietHoursSaysItWaits() {
        cora.runs("digest subscribe");

        String saved = cora.runs("digest setup", "day", "sunday", "time", "02:30").plainText();

        assertThat(saved).contains("That time falls in your quiet hours (21:00–08:00), so a copy by DM waits until they"
                + " end", "pick a time outside them with `/digest setup time:`");
        assertThat(cora.runs("digest status").plainText()).contains("falls in your quiet hours");
        // the first Sunday after Monday 2 March: the DM at 08:00, not 02:30
        Instant sunday = Instant.parse("2026-03-08T02:30:00Z");
        bot.advance(Duration.between(bot.clock().instant(), sunday).plusHours(5));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).isEmpty();
        bot.advance(Duration.ofMinutes(31));
        assertThat(DigestTestSupport.digestsTo(bot, cora)).hasSize(1);
        assertThat(saved).contains(TimeMarkup.full(Instant.parse("2026-03-08T08:00:00Z")));

        assertThat(cora.runs("digest setup", "time", "09:00").plainText()).doesNotContain("quiet hours");
        assertThat(cora.runs("digest status").plainText()).doesNotContain("quiet hours");
    }
}
