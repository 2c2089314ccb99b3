package org.partnercoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.storage.Database;

/** How H2 runs a statement, from its own {@code EXPLAIN ANALYZE}: for tests that guard a query's plan. */
public final class H2Plans {

    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private H2Plans() {
    }

    /** The plan of {@code sql} run with {@code params} (bound as {@link Database} binds them), on one line. */
    public static String explain(Database db, String sql, Object... params) {
        return db.read(c -> Database.one(c, "EXPLAIN ANALYZE " + sql, rs -> rs.getString(1), params)).orElseThrow()
                .replaceAll("\\s+", " ");
    }

    /**
     * Adds partners 1 to {@code count} (named P1, P2, ..., food, cultivating; partner x active x minutes from now,
     * so the highest id is the newest) to a server, in one statement: a table for a plan to read.
     */
    public static void partners(Database db, long guildId, int count) {
        db.write(c -> Database.update(c, "INSERT INTO partners (id, guild_id, name, name_key, name_letters, sector,"
                + " stage, created_by, created_at, activity_at) SELECT x, ?, 'P' || x, 'p' || x, 'p' || x, 'food',"
                + " 'CULTIVATING', 1,"
                + " CURRENT_TIMESTAMP, DATEADD('MINUTE', x, CURRENT_TIMESTAMP) FROM SYSTEM_RANGE(1, " + count
                + ") AS r(x)", guildId));
    }

    /** The rows the first table access of {@code plan} read. */
    public static int scanCount(String plan) {
        Matcher m = SCAN_COUNT.matcher(plan);
        assertThat(m.find()).as("a scan count in " + plan).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
