package org.partnercoach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.OnPostgres;
import org.partnercoach.support.Postgres;

@OnPostgres
@DisplayName("The outbox table: claims across processes, and pruning, on PostgreSQL")
class OutboxOnPostgresTest extends OutboxTest {

    @Test
    @DisplayName("the servers with messages, read when the bot connects: one index entry per server, not every "
            + "waiting message (SELECT DISTINCT read the whole table, 210-260 ms at a million rows)")
    void serversThroughTheIndex() throws Exception {
        String url = Postgres.freshDatabase();
        try (Database db = Database.open(url)) {
            // GIVEN 50,000 waiting reminders over 5 servers
            Instant t = Instant.parse("2026-03-02T15:00:00Z");
            db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                    + " requested_at, due_at, status, created_at) SELECT 1000 + MOD(x, 5), 'personal', x, 'Call', ?,"
                    + " ?, 'PENDING', ? FROM generate_series(1, 50000) AS r(x)", t, t, t));
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE scheduled_sends");
            }

            // THEN the five are read, and the plan reads the index a row at a time
            List<Long> servers = db.read(c -> Database.list(c, Outbox.SERVERS, rs -> rs.getLong(1)));
            assertThat(servers).containsExactlyInAnyOrder(1000L, 1001L, 1002L, 1003L, 1004L);
            List<String> lines = db.read(c -> Database.list(c, "EXPLAIN (ANALYZE, TIMING OFF) " + Outbox.SERVERS,
                    rs -> rs.getString(1)));
            String plan = String.join("\n", lines);
            assertThat(plan).contains("Index Only Scan using scheduled_sends_of_recipient")
                    .doesNotContain("Seq Scan").doesNotContainPattern("actual rows=\\d{3,}");
        } finally {
            Postgres.drop(url);
        }
    }
}
