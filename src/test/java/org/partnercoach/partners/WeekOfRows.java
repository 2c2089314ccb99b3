package org.partnercoach.partners;

import java.time.Instant;
import org.partnercoach.storage.Database;

/**
 * Rows spread over three years with one in {@code every} in the week before a moment, for the tests that guard how a
 * week's rows are read (who took part, the touchpoints logged): the time of row x as an SQL expression of x, and the
 * partners they belong to. Each expression takes the week's end twice as its parameters.
 */
final class WeekOfRows {

    private WeekOfRows() {
    }

    /** On H2: row x in the week's last 150 hours when x is a multiple of {@code every}, else 8 to 1,007 days before. */
    static String h2(int every) {
        return "CASE WHEN MOD(x, " + every + ") = 0 THEN DATEADD('HOUR', -1 - MOD(x, 150), CAST(? AS TIMESTAMP))"
                + " ELSE DATEADD('DAY', -8 - MOD(x, 1000), CAST(? AS TIMESTAMP)) END";
    }

    /** On PostgreSQL, the same as {@link #h2} with one row in 100 in the week. */
    static final String POSTGRES = "CASE WHEN x % 100 = 0 THEN CAST(? AS TIMESTAMP) - (1 + x % 150) * INTERVAL '1 hour'"
            + " ELSE CAST(? AS TIMESTAMP) - (8 + x % 1000) * INTERVAL '1 day' END";

    /** On PostgreSQL: partners 1 to {@code count} of a server (P1, P2, ..., food, cultivating), added at {@code at}. */
    static void postgresPartners(Database db, long guildId, int count, Instant at) {
        db.write(c -> Database.update(c, "INSERT INTO partners (id, guild_id, name, name_key, name_letters, sector,"
                + " stage, created_by, created_at, activity_at) SELECT x, ?, 'P' || x, 'p' || x, 'p' || x, 'food',"
                + " 'CULTIVATING', 1, ?, ? FROM generate_series(1, ?) AS x", guildId, at, at, count));
    }
}
