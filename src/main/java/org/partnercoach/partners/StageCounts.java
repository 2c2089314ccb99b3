package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.partnercoach.storage.Database;

/**
 * How many partners each server has in each sector and stage (V40), kept in the transaction of every write that adds
 * a partner, deletes one, or changes its sector or stage. The gaps report reads these few rows however long the list
 * is, where it counted every partner of the server at each request.
 */
final class StageCounts {

    private static final String ADD = "UPDATE partner_stage_counts SET partners = partners + ?"
            + " WHERE guild_id = ? AND sector = ? AND stage = ?";
    /**
     * The first partner of a sector and stage in a server makes its row. On PostgreSQL a second transaction making the
     * same row at the same time waits for the first and then does nothing: the update that follows counts it.
     */
    private static final String FIRST = "INSERT INTO partner_stage_counts (guild_id, sector, stage, partners)"
            + " VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING";
    /**
     * Moved-on partners are counted but never shown. No order is asked for: H2 reads the rows through the key, so
     * they come by sector, which {@code BySector.add} makes the most of; on PostgreSQL, which reads this small table
     * whole, an {@code ORDER BY} added a sort of about 20 µs to a read of about 95 (the sixty-third round).
     */
    static final String OF_SERVER = "SELECT sector, stage, partners FROM partner_stage_counts"
            + " WHERE guild_id = ? AND stage <> 'MOVED_ON' AND partners > 0";

    void added(Connection c, long guildId, String sector, Stage stage) throws SQLException {
        add(c, guildId, sector, stage, 1);
    }

    void deleted(Connection c, long guildId, String sector, Stage stage) throws SQLException {
        add(c, guildId, sector, stage, -1);
    }

    /**
     * A partner that was in {@code fromSector} at {@code fromStage} is now in {@code toSector} at {@code toStage}. The
     * two rows are changed in one order (by sector, then stage), so that two members moving partners in opposite
     * directions at the same moment wait for each other instead of deadlocking.
     */
    void moved(Connection c, long guildId, String fromSector, Stage fromStage, String toSector, Stage toStage)
            throws SQLException {
        if (fromSector.equals(toSector) && fromStage == toStage) {
            return;
        }
        int order = fromSector.equals(toSector) ? fromStage.name().compareTo(toStage.name())
                : fromSector.compareTo(toSector);
        if (order < 0) {
            add(c, guildId, fromSector, fromStage, -1);
            add(c, guildId, toSector, toStage, 1);
        } else {
            add(c, guildId, toSector, toStage, 1);
            add(c, guildId, fromSector, fromStage, -1);
        }
    }

    /** How many active partners each sector has in each stage. */
    BySector of(Connection c, long guildId) throws SQLException {
        BySector counts = new BySector();
        Database.list(c, OF_SERVER, rs -> counts.add(rs.getString(1), Stage.stored(rs.getString(2)),
                rs.getInt(3)), guildId);
        return counts;
    }

    /**
     * How many partners each sector has in each stage, by sector key: a sector's counts are kept in an array by stage
     * (every {@code /coalition gaps} builds and reads them, and an array is quicker at both than a map of boxed
     * counts).
     */
    static final class BySector {

        private static final int[] NONE = new int[Stage.values().length];

        // sized for the catalogue's 20 sectors and more, so that it never grows on the way
        private final Map<String, int[]> counts = new HashMap<>(64);

        /** Counts each of {@code partners} in its sector and stage. */
        static BySector counting(java.util.List<Partner> partners) {
            BySector counts = new BySector();
            partners.forEach(p -> counts.add(p.sector(), p.stage(), 1));
            return counts;
        }

        /**
         * {@code sector}'s counts by {@link Stage#ordinal()}, zeros for a sector with none: the kept array itself, to
         * read and never to change.
         */
        int[] of(String sector) {
            return counts.getOrDefault(sector, NONE);
        }

        /** The sector {@link #add} counted last, and its array. */
        private String lastSector;
        private int[] last;

        /**
         * Adds {@code partners} to {@code sector}'s count in {@code stage}; the new count. Quickest when the rows come
         * by sector, as H2 reads the kept counts: a row of the sector before adds to its array without looking it up
         * again (comparing the row's sector with the one before is quicker than hashing it, a new string each time,
         * for the map). Rows in any order count the same.
         */
        int add(String sector, Stage stage, int partners) {
            if (!sector.equals(lastSector)) {
                lastSector = sector;
                last = counts.computeIfAbsent(sector, k -> new int[NONE.length]);
            }
            return last[stage.ordinal()] += partners;
        }
    }

    private static void add(Connection c, long guildId, String sector, Stage stage, int delta) throws SQLException {
        if (Database.update(c, ADD, delta, guildId, sector, stage.name()) == 0) {
            Database.update(c, FIRST, guildId, sector, stage.name());
            Database.update(c, ADD, delta, guildId, sector, stage.name());
        }
    }
}
