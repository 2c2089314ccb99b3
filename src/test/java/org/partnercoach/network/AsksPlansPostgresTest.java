package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * The partnership pulse's questions read by what they are about on PostgreSQL (V66): the quarter's value questions,
 * a member's open question, the server's first question, each through an index, no longer a read of the server's
 * every question.
 */
@DisplayName("The pulse's questions are read by quarter, by member and by time on PostgreSQL")
class AsksPlansPostgresTest {

    private static final long GUILD = 1001;

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("20,000 questions: the quarter's, a member's and the first read by index, no table scan")
    void readByIndex() {
        db.write(c -> Database.update(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind,"
                + " period_key, asked_at) SELECT ?, x, 1 + x % 1000, CASE WHEN x % 5 = 0 THEN 'VALUE' ELSE 'TRUST' END,"
                + " CASE WHEN x % 5 <> 0 THEN 'day-' || (x % 700) WHEN x % 8 = 7 THEN '" + AsksPlansTest.QUARTER + "'"
                + " ELSE 'older-' || (x % 8) END, CAST(? AS TIMESTAMP) - (x % 700) * INTERVAL '1 day'"
                + " FROM generate_series(1, ?) AS x", GUILD, AsksPlansTest.NOW, AsksPlansTest.ASKS));
        Postgres.analyze(db, "partnership_asks");

        String asked = Postgres.explain(db, RatingStore.ASKED_IN, 3, GUILD, Aspect.Kind.VALUE, AsksPlansTest.QUARTER);
        String open = Postgres.explain(db, RatingStore.OPEN_ASK_OF, GUILD, 16L, Aspect.Kind.VALUE, AsksPlansTest.QUARTER, 3);
        String first = Postgres.explain(db, RatingStore.FIRST_ASKED, GUILD);

        assertThat(asked).contains("partnership_asks_by_period").doesNotContain("Seq Scan on partnership_asks");
        assertThat(open).contains("partnership_asks_by_period").doesNotContain("Seq Scan on partnership_asks");
        assertThat(first).contains("partnership_asks_by_time").doesNotContain("Seq Scan");
        List<long[]> rows = db.read(c -> new RatingStore().askedIn(c, GUILD, Aspect.Kind.VALUE,
                AsksPlansTest.QUARTER));
        assertThat(rows).hasSize(500);
    }
}
