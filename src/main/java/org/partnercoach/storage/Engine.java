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

    /** The Flyway placeholders the migrations use for what is spelt differently. */
    Map<String, String> placeholders() {
        return Map.of("text", longText);
    }

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
            // PostgreSQL's own choice of plans is kept (plan_cache_mode=auto): a statement run often on a connection
            // keeps one plan there when it costs no more than planning each run with its values. Until the
            // thirty-fifth round every run was planned again (force_custom_plan), against a plan made while a table
            // was empty; but planning cost more than running for most of the bot's reads by a key, and the plan kept
            // is made again once autovacuum has analyzed the grown table (PostgresPlansTest).
            pool.setMinimumIdle(1);
        }
    }
}
