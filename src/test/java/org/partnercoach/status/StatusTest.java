package org.partnercoach.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/coach status for coordinators")
class StatusTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("shows the last backup, the database size, waiting and failed sends, and uptime")
    void status() {
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.advance(Duration.ZERO);
            bot.member("ana").runs("remind", "when", "in 2 days", "what", "Call Eastside");
            bot.advance(Duration.ofMinutes(90));
            Reply reply = bot.coordinator("cora").runs("coach status");
            assertThat(reply.ephemeral()).isTrue();
            // a reminder for the day after tomorrow is no backlog: it is set for later, and said so apart
            assertThat(reply.text()).contains("Database size: ",
                    "Messages waiting to be sent: 0 (and 1 set for later, such as reminders members asked for)\n",
                    "Messages that failed: 0", "Up for 1 hour 30 min");
            if (TestBot.engine().isEmbeddedFile()) {
                assertThat(reply.text()).contains("Last backup: 1 hour 30 min ago",
                        "partner-coach-daily-20260302-150000.zip");
            } else {
                assertThat(reply.text()).contains("Last backup: made by your PostgreSQL's own backups", "(PostgreSQL)")
                        .containsPattern("Database size: \\d+(\\.\\d)? [KM]B");
            }
        }
    }

    @Test
    @DisplayName("right after the start it says \"less than a minute\", not \"0 minutes\"; whole days say no \"0 hours\"")
    void shortAndWholeDurations() {
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.advance(Duration.ZERO);
            Reply justStarted = bot.coordinator("cora").runs("coach status");
            assertThat(justStarted.text()).contains("Up for less than a minute").doesNotContain("0 minutes");
            if (TestBot.engine().isEmbeddedFile()) {
                assertThat(justStarted.text()).contains("Last backup: less than a minute ago");
            }
        }
        assertThat(StatusFeature.duration(Duration.ofDays(2))).isEqualTo("2 days");
        assertThat(StatusFeature.duration(Duration.ofHours(49))).isEqualTo("2 days 1 hour");
        assertThat(StatusFeature.duration(Duration.ofSeconds(59))).isEqualTo("less than a minute");
        assertThat(StatusFeature.duration(Duration.ofMinutes(1))).isEqualTo("1 minute");
    }

    @Test
    @DisplayName("a reminder that is due but could not be sent yet waits to be tried again: it is counted as waiting,"
            + " not as set for later")
    void aRetryIsWaitingNotLater() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("remind", "when", "in 2 days", "what", "Call Eastside");
            ana.runs("remind", "when", "in 3 days", "what", "Call Lincoln High");
            bot.messenger().failNext(1);
            bot.advance(Duration.ofDays(2));

            assertThat(bot.coordinator("cora").runs("coach status").text())
                    .contains("Messages waiting to be sent: 1 (and 1 set for later, such as reminders members asked"
                            + " for)\n", "Messages that failed: 0");
        }
    }

    /** Ana asks for a reminder in 2 days; Discord is unreachable for all four tries of it: it is given up. */
    private static void reminderGivenUpInAnOutage(TestBot bot, Member ana) {
        ana.runs("remind", "when", "in 2 days", "what", "Call Eastside");
        bot.messenger().failNext(4);
        bot.advance(Duration.ofDays(2));
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(5));
        bot.advance(Duration.ofMinutes(30));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
    }

    @Test
    @DisplayName("a reminder given up during a passing outage can be sent again from /coach status, once, as a new "
            + "message")
    void sendAgainAfterAnOutage() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member cora = bot.coordinator("cora");
            reminderGivenUpInAnOutage(bot, ana);

            // WHEN Discord is back and cora looks at the status
            Reply status = cora.runs("coach status");

            // THEN she is told the reminder met only a passing outage, with a button to send it again
            assertThat(status.text()).contains("Messages that failed: 1", "still worth sending", "**Send it again**");
            assertThat(status.buttons()).extracting(b -> b.label()).containsExactly("Send it again");

            // AND a member who is not a coordinator may not press it
            assertThat(ana.pressesId(status.buttons().get(0).id()).text()).contains("Only coordinators")
                    .doesNotContain("went back in the queue");

            // WHEN she presses it, the reminder goes back in the queue and reaches ana
            assertThat(cora.presses("Send it again").text()).contains("1 message went back in the queue");
            bot.advance(Duration.ZERO);
            assertThat(bot.messenger().directTo(ana.id())).singleElement()
                    .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Call Eastside"));
            // AND it is no longer listed as failed
            assertThat(cora.runs("coach status").text()).contains("Messages that failed: 0")
                    .doesNotContain("Send it again");

            // WHEN she presses the same button again, nothing is sent twice
            assertThat(cora.pressesId(status.buttons().get(0).id()).text()).contains("Nothing left to send again");
            bot.advance(Duration.ofMinutes(1));
            assertThat(bot.messenger().directTo(ana.id())).hasSize(1);

        }
    }

    @Test
    @DisplayName("a reminder given up more than a day ago is out of date: no button offers to send it again")
    void noSendAgainForAnOldReminder() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            reminderGivenUpInAnOutage(bot, ana);

            bot.advance(Duration.ofDays(1));
            Reply status = bot.coordinator("cora").runs("coach status");

            assertThat(status.text()).contains("Messages that failed: 1").doesNotContain("still worth sending");
            assertThat(status.buttons()).isEmpty();
        }
    }

    @Test
    @DisplayName("a failed backup says why in plain words and what whoever runs the bot should do, not the error")
    void failedBackupSaysWhy() throws Exception {
        Assumptions.assumeTrue(TestBot.engine().isEmbeddedFile(), "the bot backs up only an H2 file");
        // GIVEN a file named "backups" stands where the bot keeps its copies
        java.nio.file.Files.writeString(dir.resolve("backups"), "not a folder");
        try (TestBot bot = TestBot.onFile(dir)) {
            // WHEN the daily backup is due, and a coordinator looks at the status
            bot.advance(Duration.ZERO);
            String text = bot.coordinator("cora").runs("coach status").text();

            // THEN it says why and what to do, without the exception's text or the server's paths
            assertThat(text).contains("Last backup: none yet. ⚠️ The latest try failed: a file named `backups` stands "
                    + "where the bot keeps its copies. Ask whoever runs the bot to move that file away from the "
                    + "folder that holds the database; the bot tries again within an hour\n")
                    .doesNotContain(dir.toString(), "Exception");
        }
    }

    @Test
    @DisplayName("a backup failure stored with an error's raw text by an earlier version is not shown as it is")
    void oldRawBackupError() {
        Assumptions.assumeTrue(TestBot.engine().isEmbeddedFile(), "the bot backs up only an H2 file");
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.advance(Duration.ZERO);
            bot.storedRows().write(c -> org.partnercoach.storage.Database.update(c, "UPDATE storage_jobs SET"
                    + " last_error = ? WHERE name = 'daily-backup'", "/srv/bot/data/backups/partner-coach-daily-"
                    + "20260302-150000.zip: java.nio.file.FileSystemException: Input/output error"));

            String text = bot.coordinator("cora").runs("coach status").text();

            assertThat(text).contains("The latest try failed: the copy could not be written. Ask whoever runs the "
                    + "bot to look in the bot's log, where the details are;").doesNotContain("/srv", "java.");
        }
    }

    @Test
    @DisplayName("failed messages are listed with why and what to do, even weeks later and with no digest set up")
    void failedSendsSayWhy() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN ana closed her DMs, the server has no reminder channel, and her reminder falls due
            Member ana = bot.member("ana");
            bot.messenger().closeDmsOf(ana.id());
            ana.runs("remind", "when", "in 2 days", "what", "Call Eastside");
            bot.advance(Duration.ofDays(2).plusMinutes(1));

            // WHEN a coordinator looks at the status three weeks later
            bot.advance(Duration.ofDays(21));
            Reply reply = bot.coordinator("cora").runs("coach status");

            // THEN the failure is there with its reason and what to do, not a pointer to a digest nobody gets
            assertThat(reply.text()).contains("Messages that failed: 1\n", "a reminder to <@" + ana.id() + ">: their "
                    + "DMs are closed and the server has no reminder channel (set one with /coach setup). Ask them to "
                    + "allow DMs from server members, or set a reminder channel with `/coach setup`.")
                    .containsPattern("– <t:\\d+:R>, a reminder").doesNotContain("the weekly digest says why");
        }
    }

    @Test
    @DisplayName("only the latest three failed messages are listed")
    void latestFailedSends() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            bot.messenger().closeDmsOf(ana.id());
            for (String what : new String[] {"one", "two", "three", "four"}) {
                ana.runs("remind", "when", "in 1 hour", "what", what);
                bot.advance(Duration.ofHours(1).plusMinutes(1));
            }

            String text = bot.coordinator("cora").runs("coach status").text();

            assertThat(text).contains("Messages that failed: 4\n  The latest 3 (each is kept 90 days):\n");
            assertThat(text.split("\n  – ")).hasSize(4);
        }
    }

    @Test
    @DisplayName("a member is refused, and learns nothing about the bot; the refusal of a look does not speak of changes")
    void membersRefused() {
        try (TestBot bot = TestBot.inMemory()) {
            Reply reply = bot.member("ana").runs("coach status");
            assertThat(reply.text()).isEqualTo("Only coordinators (Manage Server, or the coordinator role) can see the "
                    + "bot's status. If you think you should be one, ask whoever set the bot up.");
        }
    }
}
