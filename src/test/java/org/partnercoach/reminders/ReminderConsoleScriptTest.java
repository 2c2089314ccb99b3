package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ConsoleScript;

@DisplayName("Console script: a personal reminder")
class ReminderConsoleScriptTest {

    @TempDir
    Path dir;

    private String run(String script) {
        return ConsoleScript.run(script, dir.resolve("out"));
    }

    @Test
    @DisplayName("/remind in 2 days, advance 3 days, and the reminder arrives by DM")
    void remindAndAdvance() {
        String transcript = run("""
                /remind when:"in 2 days" what:"Call Lincoln High"
                /reminders list
                :advance 3d
                /reminders list
                """);

        assertThat(transcript).contains("Got it. I'll remind you Wed 4 Mar 2026, 15:00 UTC (in 2 days)")
                .contains("1. Wed 4 Mar 2026, 15:00 UTC (in 2 days)")
                .doesNotContain("<t:");
        String afterAdvance = transcript.substring(transcript.indexOf("(the clock moved forward 3d"));
        assertThat(afterAdvance).contains("bot (DM)> ── ⏰ Reminder ──", "Call Lincoln High",
                "Wed 4 Mar 2026, 15:00 UTC", "You have no reminders coming");
    }

    @Test
    @DisplayName("a member in another time zone than the server's reads every time in her own, as Discord shows it, "
            + "and a reminder arrives \"just now\"")
    void memberInAnotherZoneReadsHerOwnTimes() {
        String transcript = run("""
                :user bea
                /settings timezone zone:America/Los_Angeles
                /remind when:"tomorrow 7am" what:"Call the food bank"
                /remind when:tonight what:"Email Maria"
                :advance 1d
                :user you
                /remind when:"in 2 days" what:"Call Lincoln High"
                """);

        // the server runs on UTC; bea asked for 07:00 and 19:00 her time, and reads them so
        assertThat(transcript).contains("I'll remind you Tue 3 Mar 2026, 07:00 PST (in 1 day)",
                "it will reach you at Tue 3 Mar 2026, 08:00 PST instead",
                "I'll remind you Mon 2 Mar 2026, 19:00 PST (in 12 hours)")
                .doesNotContain("15:00 UTC (in 1 day)");
        String dms = transcript.substring(transcript.indexOf("(the clock moved forward 1d"));
        assertThat(dms).contains("Email Maria", "Asked for:", "Mon 2 Mar 2026, 19:00 PST (just now)")
                .doesNotContain("(in a moment)");
        // the owner, on the server's zone, still reads UTC
        assertThat(transcript).contains("I'll remind you Thu 5 Mar 2026, 15:00 UTC (in 2 days)");
    }

    @Test
    @DisplayName("/reminders cancel reminder:2 cancels the 2. of the list; words matching two show both with their "
            + "Cancel buttons")
    void cancelByTheListsNumber() {
        String transcript = run("""
                :user bea
                /remind when:"in 3 days" what:"AAA call the library"
                /remind when:"in 4 days" what:"BBB call the school"
                /remind when:"in 1 day" what:"DDD call the clinic"
                /reminders list
                /reminders cancel reminder:2
                /reminders list
                /reminders cancel reminder:call
                #2
                /reminders cancel reminder:5
                """);

        String first = transcript.substring(transcript.indexOf("/reminders list"));
        assertThat(first).containsSubsequence("1. Tue 3 Mar 2026, 15:00 UTC", "DDD call the clinic",
                "2. Thu 5 Mar 2026, 15:00 UTC", "AAA call the library", "3. Fri 6 Mar 2026, 15:00 UTC",
                "BBB call the school", "Cancel 1", "Cancel 2", "Cancel 3");
        String cancelled = transcript.substring(transcript.indexOf("/reminders cancel reminder:2"));
        assertThat(cancelled).containsSubsequence(
                "Cancelled your reminder for Thu 5 Mar 2026, 15:00 UTC: AAA call the library",
                "1. Tue 3 Mar 2026, 15:00 UTC", "DDD call the clinic", "2. Fri 6 Mar 2026, 15:00 UTC",
                "BBB call the school", "2 coming");
        String both = transcript.substring(transcript.indexOf("/reminders cancel reminder:call"));
        assertThat(both).containsSubsequence("2 of your reminders match that", "1. Tue 3 Mar 2026",
                "DDD call the clinic", "2. Fri 6 Mar 2026", "BBB call the school", "Cancel 1", "Cancel 2",
                "Cancelled your reminder for Fri 6 Mar 2026, 15:00 UTC: BBB call the school", "1 coming",
                "There is no reminder 5 in your list: it has 1, number 1.");
    }

    @Test
    @DisplayName("the owner sets the server up; a bad time shows the forms")
    void setupAndBadTime() {
        String transcript = run("""
                /coach setup timezone:Europe/Berlin channel:#reminders quiet:22:00-07:00
                /remind when:someday what:"Call Lincoln High"
                """);

        assertThat(transcript).contains("Saved", "Europe/Berlin", "22:00–07:00")
                .contains("I couldn't read `someday` as a time", "`next friday 14:00`");
    }
}
