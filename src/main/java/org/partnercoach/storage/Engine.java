package org.partnercoach.storage;

import com.zaxxer.hikari.HikariConfig;
import java.util.Map;

/**
 * The two database engines Partner Coach runs on, and the few things that differ between them. H2 is the embedded
 * default (a file next to the bot, copied aside before upgrades, compacted, optionally encrypted); PostgreSQL is for
 * several bot processes on one database (docs/scaling.md). Everything else (the migrations, every store's SQL) is the
 * same text on both: H2 runs in PostgreSQL mode with lower-case names.
 */
public enum Engine {

    H2("jdbc:h2:", "CLOB", "H2"),
    POSTGRESQL("jdbc:postgresql:", "TEXT", "PostgreSQL");

    private final String prefix;
    /** The type of a column for text of any length: the {@code ${text}} placeholder in the migrations. */
    private final String longText;
    private final String displayName;

    Engine(String prefix, String longText, String displayName) {
        this.prefix = prefix;
        this.longText = longText;
        this.displayName = displayName;
    }

    /** The engine a JDBC URL names, or null when it is neither. */
    public static Engine of(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        for (Engine e : values()) {
            if (jdbcUrl.startsWith(e.prefix)) {
                return e;
            }
        }
        return null;
    }

    /** The engine's own name, for messages. */
    public String displayName() {
        return displayName;
    }

    /** Whether the database is a file of ours: copied aside before upgrades, backed up daily, compacted, encrypted. */
    public boolean isEmbeddedFile() {
        return this == H2;
    }

    /**
     * Whether several bot processes may use the database at once: PostgreSQL (docs/scaling.md). An H2 file is opened
     * by one process at a time, so what that process wrote is all there is, and it may keep some of it in memory.
     */
    public boolean sharedByProcesses() {
        return this == POSTGRESQL;
    }

    /**
     * The Flyway placeholders the migrations use for what is spelt differently, and the zone the times already stored
     * were written in ({@code stored_times_zone}, V73): releases before it stored times of day in the zone of this
     * machine's Java ({@link UtcTimes}).
     */
    Map<String, String> placeholders() {
        return placeholders(java.time.ZoneId.systemDefault());
    }

    /** The placeholders, with {@code storedTimes} as the zone of the times already stored. */
    Map<String, String> placeholders(java.time.ZoneId storedTimes) {
        return Map.of("text", longText, "stored_times_zone", storedTimes.getId());
    }

    /**
     * PostgreSQL plans every statement with its parameters. By default it switches a statement prepared on a
     * connection to one generic plan after five runs and keeps it while the connection lives; a plan made while a
     * table was empty or small (a new server, the first big planning run, a fresh copy) then reads the whole table
     * for every later run: in the benchmark each cultivate reminder's update by primary key took 2 ms instead of
     * 0.1 ms once the table held 10,000 rows. Planning these short statements costs far less than that. PostgreSQL's
     * own choice (auto) was tried again in the thirty-fifth and thirty-sixth rounds: most handlers' medians gained, but
     * an answer's 1% tail passed 5 ms in every run and the ratio to bare JDBC got worse (docs/benchmark-history.md).
     */
    static final String PG_PLAN_CACHE_MODE = "force_custom_plan";

    /**
     * Pool settings of the engine. An embedded H2 keeps its connections for ever (nothing on the other side closes
     * them, and closing the last one would close the file); a server's connections are renewed now and then.
     */
    void configure(HikariConfig pool) {
        if (this == H2) {
            pool.setMaxLifetime(0);
            pool.setIdleTimeout(0);
            pool.setMinimumIdle(1);
        } else {
            pool.setMinimumIdle(1);
            pool.addDataSourceProperty("options", "-c plan_cache_mode=" + PG_PLAN_CACHE_MODE);
        }
    }
}
