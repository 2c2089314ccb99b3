package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import org.partnercoach.storage.Database;

/**
 * The kept counts of partners by sector and stage (V40) made again from the partners, as the migration makes them:
 * for tests and the benchmark, which write partners' rows directly rather than through the bot.
 */
public final class StageCountsProbe {

    private StageCountsProbe() {
    }

    public static void recount(Connection c) throws SQLException {
        Database.update(c, "DELETE FROM partner_stage_counts");
        Database.update(c, "INSERT INTO partner_stage_counts (guild_id, sector, stage, partners)"
                + " SELECT guild_id, sector, stage, COUNT(*) FROM partners GROUP BY guild_id, sector, stage");
    }
}
