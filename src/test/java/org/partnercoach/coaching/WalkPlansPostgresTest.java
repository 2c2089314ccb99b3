package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * A member's walk read by its four keys on PostgreSQL, with the one plan PostgreSQL may keep for a statement run often
 * on a connection (made without the values): the index finds the member's walk itself. Until V61 the plan kept took
 * the walks of the curriculum and subject and checked the member row by row: the general walks of every member, 15,400
 * rows in the benchmark, for one.
 */
@DisplayName("A member's walk is found by its keys on PostgreSQL, whatever plan is kept")
class WalkPlansPostgresTest {

    private static final long GUILD = 1;
    private static final int MEMBERS = 3_000;

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("the general walk of one member among 3,000: one row read, not every member's")
    void oneMembersWalkWithAKeptPlan() {
        // each member's two general walks and three about partners of their own
        db.write(c -> Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key,"
                + " status, started_at, updated_at) SELECT ?, g, w.curriculum, CASE WHEN w.about = 0 THEN 0"
                + " ELSE w.about * 100000 + g END, 'tip-1', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                + " FROM generate_series(1, ?) g, (VALUES ('five-tips', 0), ('ask-yourself', 0), ('five-tips', 1),"
                + " ('five-tips', 2), ('ask-yourself', 3)) AS w(curriculum, about)", GUILD, MEMBERS));
        Postgres.analyze(db, "walks");

        String plan = db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET plan_cache_mode = force_generic_plan");
            }
            WalkStore walks = new WalkStore();
            Optional<Walk> found = Optional.empty();
            for (int i = 0; i < 10; i++) {
                found = walks.find(c, GUILD, 77, "five-tips", 0);
            }
            assertThat(found).map(Walk::userId).contains(77L);
            List<String> kept = Database.list(c, "SELECT name FROM pg_prepared_statements"
                    + " WHERE statement LIKE 'SELECT % FROM walks WHERE guild_id = $1 AND user_id = $2 AND curriculum%'",
                    rs -> rs.getString(1));
            assertThat(kept).as("the read is prepared on the connection, with one plan kept").hasSize(1);
            return String.join("\n", Database.list(c, "EXPLAIN (ANALYZE, COSTS OFF) EXECUTE \"" + kept.get(0) + "\""
                    + " (" + GUILD + ", 77, 'five-tips', 0)", rs -> rs.getString(1)));
        });

        assertThat(plan).contains("Index Scan").doesNotContain("Rows Removed by Filter").doesNotContain("Seq Scan");
    }
}
