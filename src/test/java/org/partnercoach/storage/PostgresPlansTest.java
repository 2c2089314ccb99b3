package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Postgres;

/**
 * How PostgreSQL plans the bot's statements: a statement run often on a connection keeps one plan there (planning a
 * read by a key on every run cost more than running it), and a plan kept while a table was empty is made again once
 * the grown table has been analyzed, as autovacuum does.
 */
@DisplayName("PostgreSQL keeps one plan for a statement run often, and makes it again once the table has grown")
class PostgresPlansTest {

    private static final String UPDATE = "UPDATE plan_probe SET n = n + 1 WHERE guild_id = ? AND id = ?";

    private final String url = Postgres.freshDatabase();
    private final Database db = Database.open(url);

    @BeforeEach
    void probeTable() throws SQLException {
        db.write(c -> Database.update(c, "CREATE TABLE plan_probe (guild_id BIGINT NOT NULL, id BIGINT NOT NULL,"
                + " n INT NOT NULL, PRIMARY KEY (guild_id, id))"));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE plan_probe");
        }
    }

    @AfterEach
    void close() {
        db.close();
        Postgres.drop(url);
    }

    @Test
    @DisplayName("a read by its key run often keeps one plan: it is not planned again on every run")
    void readByKeyKeepsItsPlan() {
        db.write(c -> Database.update(c, "INSERT INTO plan_probe SELECT 1, g, 0 FROM generate_series(1, 2000) g"));

        List<Integer> kept = db.read(c -> {
            for (long id = 0; id < 20; id++) {
                Database.one(c, "SELECT n FROM plan_probe WHERE guild_id = ? AND id = ?", rs -> rs.getInt(1), 1L, id);
            }
            return Database.list(c, "SELECT generic_plans FROM pg_prepared_statements"
                    + " WHERE statement LIKE 'SELECT n FROM plan_probe%'", rs -> rs.getInt(1));
        });

        assertThat(kept).hasSize(1);
        assertThat(kept.get(0)).as("runs with the plan kept").isPositive();
    }

    @Test
    @DisplayName("a plan kept while the table was empty reads every row; once the grown table is analyzed, the next"
            + " run makes it again, by the key")
    void keptPlanMadeAgainAfterAnalyze() {
        Plans plans = db.write(c -> {
            for (long id = 0; id < 10; id++) {
                Database.update(c, UPDATE, 1L, id);
            }
            Database.update(c, "INSERT INTO plan_probe SELECT 1, g, 0 FROM generate_series(1, 20000) g");
            String name = Database.one(c, "SELECT name FROM pg_prepared_statements WHERE generic_plans > 0"
                    + " AND statement LIKE 'UPDATE plan_probe%'", rs -> rs.getString(1)).orElseThrow();
            String whileEmpty = explain(c, name);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE plan_probe");
            }
            assertThat(Database.update(c, UPDATE, 1L, 77L)).isEqualTo(1);
            return new Plans(whileEmpty, explain(c, name));
        });

        assertThat(plans.whileEmpty()).contains("Seq Scan");
        assertThat(plans.afterAnalyze()).contains("Index Scan").doesNotContain("Seq Scan");
    }

    private static String explain(Connection c, String statement) throws SQLException {
        return String.join("\n", Database.list(c, "EXPLAIN EXECUTE \"" + statement + "\" (1, 77)", rs -> rs.getString(1)));
    }

    private record Plans(String whileEmpty, String afterAnalyze) {
    }
}
