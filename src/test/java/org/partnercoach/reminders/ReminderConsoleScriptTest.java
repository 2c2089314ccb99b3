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
