package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Reply;
import org.partnercoach.console.ConsoleMembers;
import org.partnercoach.storage.MigrationScripts;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Ask Yourself as four questions: answers to the old two-part questions are kept (V26)")
class AskYourselfMergeMigrationTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("old second parts join their question, once, even when the migration runs again")
    void mergesAndRunsAgain() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        long ana = ConsoleMembers.idOf("ana");
        long bea = ConsoleMembers.idOf("bea");
        MigrationScripts.migrateTo(url, "23");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Instant t = Instant.parse("2026-01-10T10:00:00Z");
            insertWalk(c, 1, ana, "existing.history", "ACTIVE");
            insertAnswer(c, 1, "know.before", "Their mandate", false);
            insertAnswer(c, 1, "existing.draw", "The health council", false);
            insertAnswer(c, 1, "existing.history", "We ran a fair with them", false);
            insertAnswer(c, 1, "missing.experts", "", true);
            insertAnswer(c, 1, "missing.who", "Youth voices", false);
            insertWalk(c, 2, bea, "missing.who", "PAUSED");
            insertAnswer(c, 2, "existing.history", "", true);
            insertAnswer(c, 2, "missing.experts", "A dietitian", false);
            assertThat(t).isNotNull();
        }

        try (TestBot bot = TestBot.onFile(dir)) {
            // run the whole migration again, as after a kill half-way: nothing doubles, nothing is lost
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                MigrationScripts.runAgain(c, 26);
            }
            Member a = bot.member("ana");
            Reply answers = a.runs("coach answers");
            assertThat(answers.plainText()).contains("The health council / We ran a fair with them")
                    .contains("Youth voices").doesNotContain("We ran a fair with them We ran a fair");
            assertThat(answers.buttons()).extracting(b -> b.label()).containsExactly("Edit 1", "Share 1", "Edit 2", "Share 2", "Edit 4", "Share 4");
            assertThat(a.runs("reflect").plainText()).contains("Question 2 of 4 · Partnerships already here");

            Member b = bot.member("bea");
            assertThat(b.runs("coach answers").plainText()).contains("A dietitian").contains("*(skipped)*");
            assertThat(b.runs("reflect").plainText()).contains("Question 4 of 4");
        }
    }

    private static void insertWalk(Connection c, long id, long userId, String at, String status) throws Exception {
        try (var ps = c.prepareStatement("INSERT INTO walks (id, guild_id, user_id, curriculum, subject_id,"
                + " question_key, status, started_at, updated_at) VALUES (?, ?, ?, 'ask-yourself', 0, ?, ?,"
                + " TIMESTAMP '2026-01-10 10:00:00', TIMESTAMP '2026-01-10 10:00:00')")) {
            ps.setLong(1, id);
            ps.setLong(2, TestBot.GUILD);
            ps.setLong(3, userId);
            ps.setString(4, at);
            ps.setString(5, status);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("MERGE INTO member_home (user_id, guild_id) KEY (user_id) VALUES (?, ?)")) {
            ps.setLong(1, userId);
            ps.setLong(2, TestBot.GUILD);
            ps.executeUpdate();
        }
    }

    private static void insertAnswer(Connection c, long walkId, String key, String text, boolean skipped)
            throws Exception {
        try (var ps = c.prepareStatement("INSERT INTO walk_answers (guild_id, walk_id, question_key, answer, skipped,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, TIMESTAMP '2026-01-10 10:00:00',"
                + " TIMESTAMP '2026-01-10 10:00:00')")) {
            ps.setLong(1, TestBot.GUILD);
            ps.setLong(2, walkId);
            ps.setString(3, key);
            ps.setString(4, text);
            ps.setBoolean(5, skipped);
            ps.executeUpdate();
        }
    }
}
