package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;

/**
 * Deleting one partner on PostgreSQL at coalition scale: its rows in the tables keyed to it go by ON DELETE CASCADE,
 * and PostgreSQL finds them with a {@code DELETE ... WHERE partner_id = $1} of its own on each table. Until V64 only
 * indexes that lead with the server served those tables, so each delete read every touchpoint of every server.
 * What the delete read is counted in the transaction itself ({@code pg_stat_xact_user_tables}), which sees the
 * cascade's scans as they happen.
 */
@DisplayName("Deleting a partner on PostgreSQL reads only that partner's rows, not the whole list's history")
class PartnerDeletePlansPostgresTest {

    private static final long GUILD = 1001;
    private static final int PARTNERS = 2_000;
    private static final int TOUCHPOINTS_EACH = 50;
    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    /** Every table whose rows go with their partner by ON DELETE CASCADE. */
    private static final List<String> CHILDREN = List.of("partner_touchpoints", "partner_stage_changes",
            "partner_contacts", "partner_intros", "partner_intro_waits", "partner_owners", "partner_former_names",
            "partner_name_suffixes");

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("2,000 partners and 100,000 touchpoints: deleting one reads its own rows by index, no table scan")
    void deleteReadsOnlyThePartnersRows() {
        seed();
        long victim = db.read(c -> Database.one(c, "SELECT id FROM partners WHERE guild_id = ? AND name_key = ?",
                rs -> rs.getLong(1), GUILD, "partner 1000")).orElseThrow();
        Partner partner = db.read(c -> new PartnerStore().byId(c, GUILD, victim)).orElseThrow();

        Map<String, long[]> read = db.write(c -> {
            long start = System.nanoTime();
            new PartnerStore().delete(c, partner, 7, NOW);
            long took = System.nanoTime() - start;
            Map<String, long[]> reads = readsInThisTransaction(c);
            System.out.printf("Deleting one of %,d partners (%,d touchpoints) on PostgreSQL took %.1f ms%n", PARTNERS,
                    PARTNERS * TOUCHPOINTS_EACH, took / 1e6);
            reads.forEach((table, r) -> System.out.printf("  %-22s seq scans %d, rows read by scan %,d;"
                    + " index scans %d, index pages read %,d, rows fetched %,d%n", table, r[0], r[1], r[2], r[5],
                    r[3]));
            return reads;
        });

        // the partner's rows went with it
        for (String table : CHILDREN) {
            assertThat(db.read(c -> Database.one(c, "SELECT COUNT(*) FROM " + table + " WHERE partner_id = ?",
                    rs -> rs.getLong(1), victim)).orElseThrow()).as(table).isZero();
        }
        // and nothing else was read for it: no table scan, and by index its own rows, down one index's few levels
        for (String table : CHILDREN) {
            long[] r = read.get(table);
            assertThat(r).as(table + " was read by the cascade").isNotNull();
            assertThat(r[0]).as(table + ": sequential scans").isZero();
            assertThat(r[4]).as(table + ": index entries read").isLessThanOrEqualTo(TOUCHPOINTS_EACH);
            assertThat(r[5]).as(table + ": index pages read (a few levels down one index)").isLessThanOrEqualTo(8);
            assertThat(r[3]).as(table + ": rows fetched by index").isLessThanOrEqualTo(TOUCHPOINTS_EACH);
        }
        assertThat(db.read(c -> Database.one(c, "SELECT COUNT(*) FROM partner_touchpoints", rs -> rs.getLong(1)))
                .orElseThrow()).isEqualTo((long) (PARTNERS - 1) * TOUCHPOINTS_EACH);
    }

    /**
     * Per table, in this transaction: sequential scans, rows they read, index scans, rows fetched through an index,
     * index entries that matched, and index pages read: an index that leads with the server is read whole when only
     * the partner is known, though it hands back only the partner's entries.
     */
    private static Map<String, long[]> readsInThisTransaction(Connection c) throws SQLException {
        Map<String, long[]> reads = new TreeMap<>();
        for (String table : CHILDREN) {
            Database.one(c, "SELECT t.seq_scan, t.seq_tup_read, COALESCE(t.idx_scan, 0), COALESCE(t.idx_tup_fetch, 0),"
                    + " (SELECT COALESCE(SUM(pg_stat_get_xact_tuples_returned(i.indexrelid)), 0) FROM pg_index i"
                    + " WHERE i.indrelid = t.relid), (SELECT COALESCE(SUM(pg_stat_get_xact_blocks_fetched(i.indexrelid)),"
                    + " 0) FROM pg_index i WHERE i.indrelid = t.relid) FROM pg_stat_xact_user_tables t"
                    + " WHERE t.relname = ?", rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6)},
                    table).ifPresent(r -> reads.put(table, r));
        }
        return reads;
    }

    /**
     * One server's list at coalition scale, written as the bot would have: each partner with 50 touchpoints, two stage
     * moves, someone who knows someone there, an introduction asked, a member waiting, its owner, a former name and
     * the suffixes of its name. Then ANALYZE, as autovacuum would have by then.
     */
    private void seed() {
        db.write(c -> {
            Database.update(c, "INSERT INTO partners (guild_id, name, name_key, name_letters, sector, stage, owner_id,"
                    + " created_by, created_at, activity_at) SELECT ?, 'Partner ' || g, 'partner ' || g,"
                    + " 'partner' || g, 'food', 'CONNECTING', 7, 7, ?, ? FROM generate_series(1, ?) g",
                    GUILD, NOW, NOW, PARTNERS);
            Database.update(c, "INSERT INTO partner_stage_counts (guild_id, sector, stage, partners)"
                    + " VALUES (?, 'food', 'CONNECTING', ?)", GUILD, PARTNERS);
            Database.update(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note, happened_at,"
                    + " created_at) SELECT p.guild_id, p.id, 7 + g % 40, 'CALL', 'Called them about the fall drive',"
                    + " CAST(? AS TIMESTAMP) - g * INTERVAL '1 day', ? FROM partners p, generate_series(1, ?) g", NOW, NOW,
                    TOUCHPOINTS_EACH);
            Database.update(c, "INSERT INTO partner_stage_changes (guild_id, partner_id, user_id, from_stage, to_stage,"
                    + " changed_at) SELECT p.guild_id, p.id, 7, 'RESEARCHING', 'CONNECTING', ? FROM partners p,"
                    + " generate_series(1, 2) g", NOW);
            Database.update(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
                    + " SELECT guild_id, id, 8, ? FROM partners", NOW);
            Database.update(c, "INSERT INTO partner_intros (guild_id, partner_id, requester_id, helper_id, status,"
                    + " asked_at) SELECT guild_id, id, 9, 8, 'ASKED', ? FROM partners", NOW);
            Database.update(c, "INSERT INTO partner_intro_waits (guild_id, partner_id, requester_id, created_at)"
                    + " SELECT guild_id, id, 10, ? FROM partners", NOW);
            Database.update(c, "INSERT INTO partner_owners (guild_id, partner_id, owner_id, since)"
                    + " SELECT guild_id, id, 7, ? FROM partners", NOW);
            Database.update(c, "INSERT INTO partner_former_names (guild_id, partner_id, name, renamed_at)"
                    + " SELECT guild_id, id, 'Old ' || name, ? FROM partners", NOW);
            Database.update(c, "INSERT INTO partner_name_suffixes (guild_id, suffix, partner_id)"
                    + " SELECT p.guild_id, SUBSTRING(p.name_key FROM g), p.id FROM partners p, generate_series(1, 5) g");
            return null;
        });
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }
}
