package org.partnercoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.PartnerCoach;
import org.partnercoach.config.AppConfig;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MigratedH2;
import org.partnercoach.support.ConsoleScript;
import org.partnercoach.support.TestBot;

/**
 * A long {@code :advance} moves the clock in steps (a 3-day jump in steps of 30 minutes, a 20-day one in steps of
 * 3 h 20 min); each step also ends where a job says its work falls due, so that work runs at its time, as the real
 * bot's poll would. The console's clock starts on Monday 2 March 2026 at 15:00 UTC.
 */
@DisplayName("Console :advance: due work runs at its time, not at the end of a long step")
class ConsoleAdvanceTest {

    @TempDir
    Path dir;

    /** The position of {@code text} in the transcript after the first :advance, which must contain it. */
    private static int at(String transcript, String text) {
        String after = transcript.substring(transcript.indexOf("(the clock moved forward"));
        assertThat(after).contains(text);
        return after.indexOf(text);
    }

    @Test
    @DisplayName(":advance back (:advance -1d) says the clock only moves forward, where it only said how far to move it")
    void backwardsIsSaid() {
        String transcript = ConsoleScript.run("""
                :advance -1d
                :advance - 2 hours
                """, dir.resolve("out"));

        assertThat(transcript).contains("you (you)> :advance -1d\n(the console's clock only moves forward, as time "
                + "does: :advance 1d moves it a day on; nothing moved)\n", "you (you)> :advance - 2 hours\n(the "
                + "console's clock only moves forward").doesNotContain("say how far", "moved forward 1");
    }

    @Test
    @DisplayName(":advance takes weeks, and units in words, as a coordinator waiting for the weekly digest types them")
    void weeksAndWords() {
        String transcript = ConsoleScript.run("""
                :advance 1w
                :advance 1 week
                :advance 2 days 3 hours
                :advance 1 fortnight
                """, dir.resolve("out"));

        assertThat(transcript).contains("(the clock moved forward 1w, to 2026-03-09 15:00 UTC)",
                "(the clock moved forward 1 week, to 2026-03-16 15:00 UTC)",
                "(the clock moved forward 2 days 3 hours, to 2026-03-18 18:00 UTC)");
        // a unit it does not know still says how, and moves nothing
        assertThat(transcript.substring(transcript.indexOf("you (you)> :advance 1 fortnight")))
                .contains("(say how far: :advance 30m, :advance 2h, :advance 3d, :advance 1w, :advance 1 month)")
                .doesNotContain("moved forward");
    }

    @Test
    @DisplayName(":advance with a number too big for the console said nothing and stopped the whole console with a "
            + "stack trace; past a year it says how far it goes, moves nothing, and the next line still runs")
    void tooFar() {
        String transcript = ConsoleScript.run("""
                :advance 99999999999999999999d
                :advance 100000000w
                :advance 53w
                :advance 52w
                /coach progress
                """, dir.resolve("out"));

        assertThat(transcript).containsSubsequence("you (you)> :advance 99999999999999999999d",
                "(:advance goes at most a year at a time (:advance 1y, :advance 52w, or :advance 366d); the clock did "
                        + "not move.",
                "you (you)> :advance 100000000w", "at most a year at a time",
                "you (you)> :advance 53w", "at most a year at a time",
                "you (you)> :advance 52w", "(the clock moved forward 52w, to 2027-03-01 15:00 UTC)",
                "you (you)> /coach progress", "Your coaching so far");
        assertThat(transcript.substring(0, transcript.indexOf("you (you)> :advance 52w")))
                .doesNotContain("moved forward");
    }

    @Test
    @DisplayName(":advance 2y was answered with how to say how far, as if years were unknown: it now says a year at a "
            + "time is the most, and 1y or 1 year goes to the same day a year on")
    void years() {
        String transcript = ConsoleScript.run("""
                :advance 2y
                :advance 2 years
                :advance 1y 1w
                :advance 1y
                :advance 1 year
                """, dir.resolve("out"));

        assertThat(transcript).containsSubsequence(
                "you (you)> :advance 2y", "at most a year at a time", "the clock did not move",
                "you (you)> :advance 2 years", "at most a year at a time",
                "you (you)> :advance 1y 1w", "at most a year at a time",
                "you (you)> :advance 1y", "(the clock moved forward 1y, to 2027-03-02 15:00 UTC)",
                // 2028 is a leap year: a year on is still the same day, 366 days later
                "you (you)> :advance 1 year", "(the clock moved forward 1 year, to 2028-03-02 15:00 UTC)");
        assertThat(transcript).doesNotContain("say how far");
        assertThat(transcript.substring(0, transcript.indexOf("you (you)> :advance 1y\n")))
                .doesNotContain("moved forward");
    }

    @Test
    @DisplayName(":advance 1 month was answered with how to say how far: months go to the same day that many months "
            + "on, 1mo and 2 months too, at most a year's worth; 1m is still a minute")
    void months() {
        String transcript = ConsoleScript.run("""
                :advance 1 month
                :advance 2 months
                :advance 1mo 1d
                :advance 1m
                :advance 13 months
                :advance 0 months
                """, dir.resolve("out"));

        // the console starts on Monday 2 March 2026, 15:00 UTC
        assertThat(transcript).containsSubsequence(
                "you (you)> :advance 1 month", "(the clock moved forward 1 month, to 2026-04-02 15:00 UTC)",
                "you (you)> :advance 2 months", "(the clock moved forward 2 months, to 2026-06-02 15:00 UTC)",
                "you (you)> :advance 1mo 1d", "(the clock moved forward 1mo 1d, to 2026-07-03 15:00 UTC)",
                "you (you)> :advance 1m", "(the clock moved forward 1m, to 2026-07-03 15:01 UTC)",
                "you (you)> :advance 13 months", "at most a year at a time", "the clock did not move",
                "you (you)> :advance 0 months", "say how far");
    }

    @Test
    @DisplayName("a personal reminder goes out at the minute asked for, between two steps")
    void personalReminderAtItsTime() {
        Instant[] sent = {null};
        ConsoleScript.run("""
                /settings timezone zone:UTC
                /remind when:"2026-03-04 10:10" what:"Call Maria"
                :advance 3d
                """, dir.resolve("out"), app -> sent[0] = app.database().read(c -> Database.one(c,
                "SELECT sent_at FROM scheduled_sends WHERE kind = 'personal'", rs -> Database.instant(rs, 1)))
                .orElseThrow());

        assertThat(sent[0]).isEqualTo(Instant.parse("2026-03-04T10:10:00Z"));
    }

    @Test
    @DisplayName("a group session's question timer moves it on at its time: question 2 (15:45) comes before a "
            + "reminder set for 15:50")
    void questionTimerAtItsTime() {
        String transcript = ConsoleScript.run("""
                /settings timezone zone:UTC
                /session start plan:tip-1 title:"Tuesday circle" minutes:45
                /remind when:"2026-03-02 15:50" what:"Call Maria"
                :advance 3d
                """, dir.resolve("out"));

        assertThat(at(transcript, "Question 2 of 5")).isLessThan(at(transcript, "Call Maria"));
    }

    @Test
    @DisplayName("a group session left idle closes 14 days after it opened (16 March, 15:00), before a reminder set "
            + "for 15:20 that day")
    void idleSessionClosesAtItsTime() {
        String transcript = ConsoleScript.run("""
                /settings timezone zone:UTC
                /session start plan:tip-1 title:"Tuesday circle"
                /remind when:"2026-03-16 15:20" what:"Call Maria"
                :advance 20d
                """, dir.resolve("out"));

        assertThat(at(transcript, "closed by itself")).isLessThan(at(transcript, "Call Maria"));
    }

    @Test
    @DisplayName("the quarterly value question comes as the quarter starts (1 April, 09:00 in Tokyo), before a "
            + "reminder set for 09:20 that morning")
    void valueQuestionAtTheQuarter() {
        String transcript = ConsoleScript.run("""
                /settings timezone zone:Asia/Tokyo
                /partner add name:"Eastside Food Bank" sector:food
                /partner stage partner:"Eastside Food Bank" stage:cultivating
                /remind when:"2026-04-01 09:20" what:"Call Maria"
                :advance 31d
                """, dir.resolve("out"));

        assertThat(at(transcript, "Once a quarter: what Eastside Food Bank brings"))
                .isLessThan(at(transcript, "Call Maria"));
    }

    /**
     * The machine's clock under the console's, as the real console runs on it: time goes on while the bot works. Here
     * it stands while members type, but for a line {@link #later} (a member acting a second after the one before),
     * and during an {@code :advance} each look at it finds it {@link #LOOK} later, so that a step's run of due work
     * takes a few seconds: what a job names while it runs may have come before the walk asks it again.
     */
    private static final class MachineClock extends Clock {
        /** How much later each look at the clock finds it while a walk runs. */
        static final Duration LOOK = Duration.ofMillis(300);

        private Instant now = TestBot.START;
        private Duration perLook = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant at = now;
            now = now.plus(perLook);
            return at;
        }

        synchronized void later(Duration by) {
            now = now.plus(by);
        }

        synchronized void walking(boolean walking) {
            perLook = walking ? LOOK : Duration.ZERO;
        }
    }

    /**
     * Runs {@code script} in the console on a {@link MachineClock}, where each line typed as {@code bea} comes a second
     * after the line before, then {@code stored} looks at what the bot stored; returns the transcript.
     */
    private String onMachineClock(String script, java.util.function.Consumer<PartnerCoach> stored) {
        MachineClock machine = new MachineClock();
        BufferedReader lines = new BufferedReader(new StringReader(script)) {
            private boolean bea;

            @Override
            public String readLine() throws java.io.IOException {
                String line = super.readLine();
                machine.walking(line != null && line.startsWith(":advance"));
                if (line != null && line.startsWith(":user")) {
                    bea = line.endsWith("bea");
                } else if (bea && line != null) {
                    machine.later(Duration.ofSeconds(1));
                }
                return line;
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        MovableClock clock = MovableClock.over(machine);
        AppConfig config = TestBot.config(MigratedH2.freshUrl());
        ConsoleAdapter console = ConsoleAdapter.create(lines, out, true, "you", config.console().serverName(),
                dir.resolve("out"), clock, config.sessions().typedAnswers(),
                messenger -> PartnerCoach.assemble(config, clock, messenger));
        try (PartnerCoach app = console.app()) {
            console.run();
            stored.accept(app);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** When each check-in went out, in the order sent. */
    private static List<Instant> checkInsSent(PartnerCoach app) {
        return app.database().read(c -> Database.list(c, "SELECT sent_at FROM scheduled_sends WHERE kind = "
                + "'cultivate' AND status = 'SENT' ORDER BY sent_at", rs -> Database.instant(rs, 1)));
    }

    @Test
    @DisplayName("GIVEN you and bea each add a partner, bea a second after you, WHEN :advance 16d walks on a clock "
            + "that runs on while the bot works THEN both check-ins come 14 days after (\"added 14 days ago\"), "
            + "where they came at the end of the walk, \"added 16 days ago\", and the next is due in 12 days")
    void twoOwnersCheckInsAtTheirTime() {
        List<Instant> sent = new java.util.ArrayList<>();
        String transcript = onMachineClock("""
                /partner add name:"Beta Org" sector:food
                :user bea
                /partner add name:"Alpha Org" sector:food
                :user you
                :advance 16d
                /partner show partner:"Beta Org"
                """, app -> sent.addAll(checkInsSent(app)));

        assertThat(transcript).containsSubsequence("(the clock moved forward 16d",
                "── 🌱 Time to check in with Beta Org ──", "Beta Org · added 14 days ago, no contact logged yet",
                "── 🌱 Time to check in with Alpha Org ──", "Alpha Org · added 14 days ago, no contact logged yet",
                "the next check-in is due Mon 30 Mar 2026, 15:00 UTC (in 12 days)");
        assertThat(transcript).doesNotContain("added 16 days ago");
        // each within a poll of its partner's 14 days: yours at 15:00, bea's a second later
        Instant due = TestBot.START.plus(Duration.ofDays(14));
        assertThat(sent).hasSize(2).allSatisfy(at -> assertThat(at)
                .isBetween(due, due.plus(ClockWalk.POLL).plusSeconds(10)));
    }

    @Test
    @DisplayName("GIVEN a server in Chicago, you and bea each add a partner, bea a second after you, WHEN :advance 4w "
            + "walks on a clock that runs on while the bot works THEN both check-ins come on day 14, where they came "
            + "on day 21, a weekly step late, and again on day 28")
    void twoOwnersInChicagoOverFourWeeks() {
        List<Instant> sent = new java.util.ArrayList<>();
        String transcript = onMachineClock("""
                /coach setup timezone:America/Chicago
                /partner add name:"Beta Org" sector:food
                :user bea
                /partner add name:"Alpha Org" sector:food
                :user you
                :advance 4w
                """, app -> sent.addAll(checkInsSent(app)));

        assertThat(transcript).containsSubsequence("(the clock moved forward 4w",
                "Beta Org · added 14 days ago", "Alpha Org · added 14 days ago",
                "Beta Org · added 28 days ago");
        // 14 days on Chicago's calendar: daylight saving time began on 8 March, so an hour less than 14 times 24
        Instant due = TestBot.START.plus(Duration.ofDays(14)).minus(Duration.ofHours(1));
        assertThat(sent.subList(0, 2)).allSatisfy(at -> assertThat(at)
                .isBetween(due, due.plus(ClockWalk.POLL).plusSeconds(10)));
    }
}
