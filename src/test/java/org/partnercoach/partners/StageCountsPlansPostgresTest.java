package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * {@code /coalition gaps}'s one read on PostgreSQL: the kept counts of a server, read as they lie. An
 * {@code ORDER BY} there added a sort to every request (about 20 µs to a read of about 95, the sixty-third round),
 * for an order only H2's reading through the key gives for free.
 */
@DisplayName("/coalition gaps reads a server's kept counts on PostgreSQL with no sort")
class StageCountsPlansPostgresTest {

    private static final long GUILD = 1002;

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("three servers of 20 sectors in 6 stages: one server's active counts, no sort, each sector's counted")
    void readWithNoSort() {
        // every server, sector and stage has a row; sector N has N + 1 partners in each stage
        db.write(c -> Database.update(c, "INSERT INTO partner_stage_counts (guild_id, sector, stage, partners)"
                + " SELECT 1001 + g, 'sector' || s, st, s + 1 FROM generate_series(0, 2) AS g,"
                + " generate_series(0, 19) AS s, unnest(ARRAY['RESEARCHING', 'CONNECTING', 'CULTIVATING', 'ASKING',"
                + " 'PARTNERED', 'MOVED_ON']) AS st"));
        db.write(c -> Database.update(c, "ANALYZE partner_stage_counts"));

        String plan = Postgres.explain(db, StageCounts.OF_SERVER, GUILD);

        assertThat(plan).doesNotContain("Sort");
        StageCounts.BySector read = db.read(c -> new StageCounts().of(c, GUILD));
        assertThat(read.of("sector0")).containsExactly(1, 1, 1, 1, 1, 0);
        assertThat(read.of("sector19")).containsExactly(20, 20, 20, 20, 20, 0);
        assertThat(read.of("sector20")).containsOnly(0);
    }
}
