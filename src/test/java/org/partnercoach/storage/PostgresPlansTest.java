package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Postgres;

@DisplayName("PostgreSQL plans each statement with its parameters")
class PostgresPlansTest {

    @Test
    @DisplayName("the bot's connections never keep a generic plan made while a table was small")
    void customPlans() throws Exception {
        String url = Postgres.freshDatabase();
        try (Database db = Database.open(url)) {
            String mode = db.read(c -> Database.one(c, "SHOW plan_cache_mode", rs -> rs.getString(1))
                    .orElse(""));
            assertThat(mode).isEqualTo("force_custom_plan");
            // by primary key on a table that filled after the statement was prepared: an index scan, not the scan
            // of every row that a generic plan made while the table was empty would do
            db.write(c -> Database.update(c, "CREATE TABLE plan_probe (guild_id BIGINT NOT NULL, id BIGINT NOT NULL,"
                    + " n INT NOT NULL, PRIMARY KEY (guild_id, id))"));
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE plan_probe");
            }
            String plan = db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PREPARE probe (BIGINT, BIGINT) AS UPDATE plan_probe SET n = n + 1"
                            + " WHERE guild_id = $1 AND id = $2");
                    for (int i = 0; i < 10; i++) {
                        s.execute("EXECUTE probe (1, " + i + ")");
                    }
                    s.execute("INSERT INTO plan_probe SELECT 1, g, 0 FROM generate_series(1, 20000) g");
                    StringBuilder text = new StringBuilder();
                    try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE probe (1, 77)")) {
                        while (rs.next()) {
                            text.append(rs.getString(1)).append('\n');
                        }
                    }
                    s.execute("DEALLOCATE probe");
                    return text.toString();
                }
            });
            assertThat(plan).contains("Index Scan").doesNotContain("Seq Scan");
        } finally {
            Postgres.drop(url);
        }
    }
}
