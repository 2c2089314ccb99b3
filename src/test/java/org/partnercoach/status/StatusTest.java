package org.partnercoach.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Reply;
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
            assertThat(reply.text()).contains("Database size: ", "Messages waiting to be sent: 1",
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
    @DisplayName("a member is refused, and learns nothing about the bot")
    void membersRefused() {
        try (TestBot bot = TestBot.inMemory()) {
            Reply reply = bot.member("ana").runs("coach status");
            assertThat(reply.text()).contains("Only coordinators").doesNotContain("backup");
        }
    }
}
