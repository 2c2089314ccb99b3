package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ConsoleScript;
import org.partnercoach.support.CsvText;

@DisplayName("Console script: the digest preview and exports")
class DigestConsoleScriptTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("/digest preview prints the digest and saves its chart and CSV; /export partners saves a CSV")
    void previewAndExport() throws Exception {
        String transcript = ConsoleScript.run("""
                /partner add name:"Eastside Food Bank" sector:food
                /digest setup day:monday time:09:00
                /digest preview
                /export partners
                """, dir.resolve("out"));

        assertThat(transcript).contains("Saved. The digest goes out every Monday at 09:00",
                "Weekly digest", "Partners added:** 1", "Here is 1 partner");
        Matcher files = Pattern.compile("\\(file saved: ([^)]+)\\)").matcher(transcript);
        java.util.List<Path> saved = new java.util.ArrayList<>();
        while (files.find()) {
            saved.add(Path.of(files.group(1)));
        }
        assertThat(saved).hasSize(3);
        assertThat(saved.get(0).toString()).endsWith(".png");
        assertThat(Files.readAllBytes(saved.get(0))).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(CsvText.of(Files.readAllBytes(saved.get(2)))).startsWith("id,name,former_names,sector").contains("Eastside Food Bank");
    }
    @Test
    @DisplayName("two members answer in bea's group session: the coordinator's preview counts them as active, with "
            + "their answers, and does not call the week quiet")
    void previewCountsGroupSessionAnswers() {
        String transcript = ConsoleScript.run("""
                /digest setup day:Monday time:09:00
                /digest subscribe
                :user bea
                /session start plan:tip-1 title:Circle
                :in #Circle
                #answer
                The food bank and the library
                :user cora
                :in #Circle
                #answer
                Grace Church
                :user you
                /digest preview
                """, dir.resolve("out"));

        String preview = transcript.substring(transcript.indexOf("you (you)> /digest preview"));
        assertThat(preview).contains("Weekly digest", "**Active members:** 2", "**Answers in group sessions:** 2")
                .doesNotContain("A quiet week", "nothing new was logged", "The food bank and the library");
    }

    @Test
    @DisplayName("a meeting logged on Tuesday for the Friday before is in the digest of the week it was logged, not "
            + "lost between two weeks: that week is no quiet week, and the next compares with what it said")
    void touchpointLoggedLateIsReportedOnce() {
        String transcript = ConsoleScript.run("""
                /coach setup timezone:America/New_York
                /digest setup day:monday time:09:00
                /digest subscribe
                /partner add name:Eastside Food Bank sector:food
                :advance 7d
                :advance 1d
                /partner log partner:Eastside Food Bank what:Met Maria at the pantry when:friday
                #Skip
                :advance 6d
                :advance 7d
                """, dir.resolve("out"));

        String second = transcript.substring(transcript.indexOf("Weekly digest · Local coalition · 9 Mar – 16 Mar"));
        String third = second.substring(second.indexOf("Weekly digest · Local coalition · 16 Mar – 23 Mar"));
        second = second.substring(0, second.indexOf("Weekly digest · Local coalition · 16 Mar – 23 Mar"));
        assertThat(transcript).contains("Logged a note with “Eastside Food Bank” on Mar 6, 2026");
        assertThat(second).contains("**Active members:** 1", "**Touchpoints logged:** 1 (+1 on the week before)")
                .doesNotContain("A quiet week");
        assertThat(third).contains("**Touchpoints logged:** 0 (−1 on the week before)");
    }

    @Test
    @DisplayName("cara's walk stalled and she left the server: Send nudge on the digest says so and sends nothing, "
            + "the next digest leaves her out, and /coach status has no failed nudge")
    void memberWhoLeftIsNotNudged() {
        String transcript = ConsoleScript.run("""
                /coach setup timezone:America/New_York
                /digest setup day:monday time:09:00
                /digest subscribe
                :user cara
                /coach start
                Our food bank
                :user you
                :advance 14d
                :leave cara
                #1
                :advance 7d
                /coach status
                """, dir.resolve("out"));

        String pressed = transcript.substring(transcript.indexOf(":leave cara"));
        assertThat(pressed).contains("@cara has left the server, so no nudge can reach them. Nothing was sent.")
                .doesNotContain("Nudge on its way", "a DM to cara was refused");
        String next = pressed.substring(pressed.indexOf("Weekly digest · Local coalition · 16 Mar – 23 Mar"));
        assertThat(next).contains("A quiet week: nothing new was logged, and nothing is waiting on you.")
                .doesNotContain("@cara", "Send nudge", "Sends that failed");
        assertThat(next.substring(next.indexOf("/coach status"))).contains("Messages that failed: 0");
    }

    @Test
    @DisplayName("dana, a coordinator made a plain member again, presses Send nudge on the digest in her DMs: refused, "
            + "her subscription ends, and bea gets no nudge")
    void demotedCoordinatorCannotNudgeFromHerDms() {
        String transcript = ConsoleScript.run("""
                /digest setup day:Monday time:9am
                :coordinator dana
                :user dana
                /digest subscribe
                :user bea
                start
                We want the food bank and the library
                pause
                :advance 15d
                :member dana
                :user dana
                #Send nudge
                :advance 1h
                """, dir.resolve("out"));

        String pressed = transcript.substring(transcript.indexOf(":member dana"));
        assertThat(pressed).contains("Only coordinators (Manage Server, or the coordinator role) can send nudges from "
                        + "the digest. Nothing was sent. You're no longer a coordinator in Local coalition, so your "
                        + "subscription has ended")
                .doesNotContain("Nudge on its way", "DM to bea", "A nudge from your coordinator");
    }

    @Test
    @DisplayName("a long :advance brings each week's digest at its time, none of them called late; /digest status "
            + "names the last one by the days in its title, where it said \"Week 2026-W14\"")
    void longAdvanceIsNotLate() {
        // GIVEN Monday digests at 09:00 in Berlin (the console's clock starts Monday 2 March, 15:00 UTC), where
        // summer time starts on Sunday 29 March
        String transcript = ConsoleScript.run("""
                /coach setup timezone:Europe/Berlin
                /digest setup day:monday time:09:00
                /digest subscribe
                :advance 30d
                /digest status
                """, dir.resolve("out"));

        // WHEN the clock moves 30 days in one go, THEN 9, 16, 23 and 30 March each bring one, on time
        String month = transcript.substring(transcript.indexOf("(the clock moved forward 30d"));
        assertThat(Pattern.compile("Weekly digest · ").matcher(month).results().count()).isEqualTo(4);
        assertThat(month).doesNotContain("Sent late");
        String status = month.substring(month.indexOf("/digest status"));
        assertThat(month).contains("Weekly digest · Local coalition · 23 Mar – 30 Mar");
        assertThat(status).contains("The digest of 23 Mar – 30 Mar, went out Mon 30 Mar 2026, 09:00 CEST")
                .doesNotContain("(late)", "2026-W");
    }

    @Test
    @DisplayName("a subscriber made a plain member again gets no digest but a DM that it stopped, and leaves the "
            + "subscribers; the owner gets it, its title naming the server as console.serverName says")
    void formerCoordinatorUnsubscribedAtSendTime() {
        String transcript = ConsoleScript.run("""
                :coordinator cora
                :user cora
                /digest subscribe
                :user you
                /digest setup day:monday time:09:00
                /digest subscribe
                :member cora
                :advance 7d
                /digest status
                """, dir.resolve("out"));

        String week = transcript.substring(transcript.indexOf("(the clock moved forward 7d"));
        assertThat(week).contains("Weekly digest · Local coalition · 2 Mar – 9 Mar");
        String toCora = week.substring(week.indexOf("DM to cora"));
        assertThat(toCora).contains("Your weekly digest from Local coalition has stopped: you no longer have the "
                + "coordinator role there");
        assertThat(week.indexOf("DM to cora")).isEqualTo(week.lastIndexOf("DM to cora"));
        String status = week.substring(week.indexOf("/digest status"));
        assertThat(status).contains("Subscribers (1)").doesNotContain("cora");
    }
}
