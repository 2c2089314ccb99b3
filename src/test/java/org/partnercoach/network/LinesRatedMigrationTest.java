package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MigrationScripts;
import org.partnercoach.support.TestBot;

/**
 * A server's pulse questions from before V67 keep what their members answered: each question's rated lines are
 * counted from its ratings, so that one answered on every line still settles its partner for the quarter, one
 * rated on a line or two is still the member's open question, and an untouched one can still be taken back.
 */
@DisplayName("Pulse questions asked before V67 count the lines their members rated, even when the migration runs again")
class LinesRatedMigrationTest {

    private static final String QUARTER = "2026-Q4";

    @TempDir
    Path dir;

    @Test
    @DisplayName("answered in full, rated on one line, untouched: counted 3, 1 and 0, and read as such")
    void countedFromRatings() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        MigrationScripts.migrateTo(url, "66");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            // ask 1 (partner 10, member 501): every line; ask 2 (partner 11, member 502): one line; ask 3: none
            st.execute("INSERT INTO partnership_asks (id, guild_id, partner_id, rater_id, kind, period_key, asked_at)"
                    + " VALUES (1, " + TestBot.GUILD + ", 10, 501, 'VALUE', '" + QUARTER + "', TIMESTAMP"
                    + " '2026-10-02 09:00:00'), (2, " + TestBot.GUILD + ", 11, 502, 'VALUE', '" + QUARTER + "',"
                    + " TIMESTAMP '2026-10-02 09:00:00'), (3, " + TestBot.GUILD + ", 12, 503, 'VALUE', '" + QUARTER
                    + "', TIMESTAMP '2026-10-02 09:00:00')");
            st.execute("INSERT INTO partnership_ratings (guild_id, ask_id, partner_id, rater_id, aspect, score,"
                    + " rated_at, changed_at) SELECT " + TestBot.GUILD + ", ask_id, partner_id, rater_id, aspect, 4,"
                    + " TIMESTAMP '2026-10-03 09:00:00', TIMESTAMP '2026-10-03 09:00:00' FROM (VALUES"
                    + " (1, 10, 501, 'RESOURCES'), (1, 10, 501, 'INFLUENCE'), (1, 10, 501, 'INVOLVEMENT'),"
                    + " (2, 11, 502, 'RESOURCES')) AS v(ask_id, partner_id, rater_id, aspect)");
        }

        try (Database db = Database.open(url)) {
            assertThat(linesRated(db)).containsExactly(3, 1, 0);
            // run the migration again, as after a kill half-way: the counts stay the ratings'
            db.write(c -> {
                MigrationScripts.runAgain(c, 67);
                return null;
            });
            assertThat(linesRated(db)).containsExactly(3, 1, 0);

            RatingStore store = new RatingStore();
            // partner 10 is settled for the quarter; 11 and 12 were asked and wait
            List<long[]> asked = db.read(c -> store.askedIn(c, TestBot.GUILD, Aspect.Kind.VALUE, QUARTER));
            assertThat(asked).extracting(a -> List.of(a[0], a[1], a[2]))
                    .containsExactlyInAnyOrder(List.of(10L, 501L, 1L), List.of(11L, 502L, 0L), List.of(12L, 503L, 0L));
            boolean settled = db.read(c -> store.answeredInFull(c, TestBot.GUILD, 10, Aspect.Kind.VALUE, QUARTER));
            boolean halfDone = db.read(c -> store.answeredInFull(c, TestBot.GUILD, 11, Aspect.Kind.VALUE, QUARTER));
            assertThat(settled).isTrue();
            assertThat(halfDone).isFalse();
            // the member who rated one line still has her question open, to finish in a DM
            java.util.Optional<RatingStore.Ask> open = db.read(c -> store.openAskOf(c, TestBot.GUILD, 502,
                    Aspect.Kind.VALUE, QUARTER));
            java.util.Optional<RatingStore.Ask> answered = db.read(c -> store.openAskOf(c, TestBot.GUILD, 501,
                    Aspect.Kind.VALUE, QUARTER));
            assertThat(open.map(RatingStore.Ask::id)).contains(2L);
            assertThat(answered).isEmpty();
            // only the untouched question can be taken back
            db.write(c -> {
                store.withdraw(c, TestBot.GUILD, 2);
                store.withdraw(c, TestBot.GUILD, 3);
                return null;
            });
            assertThat(linesRated(db)).containsExactly(3, 1);
        }
    }

    private static List<Integer> linesRated(Database db) {
        return db.read(c -> Database.list(c, "SELECT lines_rated FROM partnership_asks ORDER BY id",
                rs -> rs.getInt(1)));
    }
}
