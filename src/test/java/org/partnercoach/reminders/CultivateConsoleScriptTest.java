package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ConsoleScript;

@DisplayName("Console script: a cultivate reminder")
class CultivateConsoleScriptTest {

    @TempDir
    Path dir;

    private String run(String script) {
        return ConsoleScript.run(script, dir.resolve("out"));
    }

    @Test
    @DisplayName("add a partner, advance 15 days, see the reminder, and log a touchpoint from it")
    void addAdvanceAndLog() {
        String transcript = run("""
                /partner add name:"Eastside Food Bank" sector:food
                :advance 15d
                #log a touchpoint
                Coffee with Maria; their priority is summer meals
                meeting
                /partner show partner:"Eastside Food Bank"
                """);

        String afterAdvance = transcript.substring(transcript.indexOf("(the clock moved forward 15d"));
        assertThat(afterAdvance).contains("bot (DM)> ── 🌱 Time to check in with Eastside Food Bank ──",
                "added 14 days ago, no contact logged yet", "💡", "[1] Log a touchpoint", "[2] Snooze 1 day",
                "[3] Snooze 1 week", "[4] We've moved on");
        String afterLog = afterAdvance.substring(afterAdvance.indexOf("bot (form)> Touchpoint: Eastside Food Bank"));
        assertThat(afterLog).contains("Logged your touchpoint with “Eastside Food Bank”", "All caught up",
                "Coffee with Maria; their priority is summer meals");
    }

    @Test
    @DisplayName("/partner cadence in the console")
    void cadence() {
        String transcript = run("""
                /partner add name:"Eastside Food Bank" sector:food
                /partner cadence partner:"Eastside Food Bank" days:30
                :advance 15d
                """);

        assertThat(transcript).contains("may go 30 days without contact before a reminder",
                "the next check-in is due Wed 1 Apr 2026, 15:00 UTC (in 1 month)");
        assertThat(transcript.substring(transcript.indexOf("(the clock moved forward 15d")))
                .doesNotContain("Time to check in");
    }

    @Test
    @DisplayName("a long :advance sends a reminder at its time, not at the end of a long step: the next check-in "
            + "counts from then")
    void longAdvanceRemindsOnTime() {
        // GIVEN a partner added on Monday 2 March at 15:00 (the console's clock): due on 16 March at 15:00
        String transcript = run("""
                /partner add name:"Eastside Food Bank" sector:food
                :advance 20d
                /partner show partner:"Eastside Food Bank"
                """);

        // WHEN the clock moves 20 days in one go (steps of 3 h 20 min), THEN the reminder goes out at 15:00, so the
        // next check-in is due 14 days after that, at 15:00 too
        String after = transcript.substring(transcript.indexOf("(the clock moved forward 20d"));
        assertThat(after).contains("Time to check in with Eastside Food Bank",
                "the next check-in is due Mon 30 Mar 2026, 15:00 UTC");
    }

    @Test
    @DisplayName("a partner of bea's check-in handed to cora: once bea says the other moved on, what is left of the "
            + "check-in says cora looks after it now, with no buttons for it")
    void aPartnerHandedOnLeavesTheCheckIn() {
        String transcript = run("""
                :user bea
                /partner add name:Eastside Food Bank sector:food
                /partner add name:Lincoln High School sector:education
                :advance 15d
                :user you
                /partner owner partner:Eastside Food Bank member:@cora
                :user bea
                #2
                #4
                #3
                """);

        String after = transcript.substring(transcript.lastIndexOf("you (bea)> #4"));
        assertThat(after).contains("“Lincoln High School” has moved on.",
                "“Eastside Food Bank” is looked after by @cora now, so its check-ins go to them.",
                "Nothing else is left in this reminder",
                "(no button 3 on the last message bea saw: the reply that took its place took its buttons away")
                .doesNotContain("Time to check in with Eastside Food Bank", "Only @cora", "All caught up");
    }

    @Test
    @DisplayName("an owner who left the server (:leave): her check-in is refused once, not again day after day while "
            + "she is away, and once she is back (:member) it reaches her within a day")
    void ownerWhoLeftIsNotCheckedInWithUntilBack() {
        String transcript = run("""
                :user bea
                /partner add name:"Eastside Food Bank" sector:food
                :user you
                :leave bea
                :advance 15d
                :advance 3d
                /coach status
                :member bea
                :advance 1d
                """);

        String away = transcript.substring(transcript.indexOf("(the clock moved forward 15d"),
                transcript.indexOf("> :member bea"));
        assertThat(away.split("a DM to bea was refused: they have left the server", -1)).hasSize(2);
        assertThat(away).contains("Messages that failed: 1", "a cultivate reminder to @bea: they have left the "
                + "server. Hand their partners to someone else with `/partner owner`")
                .doesNotContain("bot (DM to bea)>");
        String back = transcript.substring(transcript.indexOf("(the clock moved forward 1d"));
        assertThat(back).contains("bot (DM to bea)> ── 🌱 Time to check in with Eastside Food Bank ──")
                .doesNotContain("refused");
    }
}
