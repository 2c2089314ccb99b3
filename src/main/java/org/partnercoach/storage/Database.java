package org.partnercoach.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.api.ErrorCode;

/**
 * The one way features touch the database: {@link #read} and {@link #write} lambdas over a pooled connection, and
 * {@link #transaction} around a whole user action so that everything in it shares one connection and one commit.
 * A write commits before it returns, and H2 runs with {@code WRITE_DELAY=0} and appends each commit to its file
 * ({@link H2FileStore}), so once a handler has its result the change is on disk, found again after a kill, and the
 * reply may be sent. H2 (embedded, the default) and PostgreSQL (several processes) share
 * one HikariCP pool and the same SQL; what differs between them is named in {@link Engine}.
 */
public final class Database implements AutoCloseable {

    /** Work done with a connection; may throw SQLException, which becomes a {@link StorageException}. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Connections each process keeps open at most, unless configured ({@code database.poolSize}). */
    public static final int DEFAULT_POOL_SIZE = 10;

    /**
     * How to reach a database: its JDBC URL, the user and password (PostgreSQL; H2 uses its own), the H2 file key
     * (null: not encrypted) and the most connections to keep open. {@link #toString()} hides the secrets.
     */
    public record Settings(String url, String user, String password, String key, int poolSize) {
        public Settings {
            poolSize = poolSize <= 0 ? DEFAULT_POOL_SIZE : poolSize;
        }

        public static Settings of(String url) {
            return new Settings(url, null, null, null, DEFAULT_POOL_SIZE);
        }

        boolean encrypted() {
            return key != null && !key.isEmpty();
        }

        @Override
        public String toString() {
            return "Settings[url=" + url + ", user=" + user + ", password=" + (password == null ? "(none)" : "(set)")
                    + ", key=" + (encrypted() ? "(set)" : "(none)") + ", poolSize=" + poolSize + "]";
        }
    }

    /** Pool housekeeping for every database of the process: one daemon thread, not one per pool. */
    private static final java.util.concurrent.ScheduledThreadPoolExecutor HOUSEKEEPING = housekeeping();

    private final HikariDataSource pool;
    private final Engine engine;
    /** The H2 file (without {@code .mv.db}), or null in memory and on PostgreSQL. */
    private final Path file;
    /** How commits and compaction share the H2 file; null in memory and on PostgreSQL. */
    private final H2FileStore fileStore;
    /** The connection of the transaction open on this thread, if any: reads and writes inside it join it. */
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<Boolean> readOnly = ThreadLocal.withInitial(() -> false);
    /** What the transaction open on this thread has read once and may read again ({@link #remembered}). */
    private final ThreadLocal<java.util.Map<Object, Object>> remembered = new ThreadLocal<>();
    /** Statements run on each thread, whatever the database: a measure for tests ({@link #statementsRun}). */
    private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);
    /** Rows that queries returned on each thread: a measure for tests ({@link #rowsReturned}). */
    private static final ThreadLocal<long[]> ROWS = ThreadLocal.withInitial(() -> new long[1]);
    /** Times each thread sent statements and waited for their answer: a measure for tests ({@link #roundTrips}). */
    private static final ThreadLocal<long[]> ROUND_TRIPS = ThreadLocal.withInitial(() -> new long[1]);
    /**
     * The connection of the write work running on this thread while its transaction has not begun: it begins at the
     * work's first statement that writes or locks ({@link #beforeStatement}), so that work which only reads (most
     * of the members' commands, which the router runs as write work) has no transaction to commit: one round trip
     * fewer on PostgreSQL. Reads before the first write see what is committed, as they would inside the transaction
     * (both engines run at READ COMMITTED, where each statement sees what was committed before it started).
     */
    private static final ThreadLocal<Connection> NOT_BEGUN = new ThreadLocal<>();
    private static final java.util.regex.Pattern PLAIN_SELECT = java.util.regex.Pattern.compile("\\s*SELECT\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern LOCKING = java.util.regex.Pattern.compile(
            "\\bFOR\\s+(UPDATE|SHARE|NO\\s+KEY\\s+UPDATE|KEY\\s+SHARE)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /**
     * What {@link #plainSelect} found for each statement, since the same few hundred statements run again and again:
     * its two patterns searched the whole text of every read in a command, a tenth of {@code /coalition gaps}
     * (measured in the benchmark). At most {@link #PLAIN_SELECTS_KEPT}, should statements ever be built per call.
     */
    private static final java.util.Map<String, Boolean> PLAIN_SELECTS = new java.util.concurrent.ConcurrentHashMap<>();
    static final int PLAIN_SELECTS_KEPT = 4096;
    private final AtomicLong connectionsOpened = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    /** This process's name on a shared PostgreSQL, once claimed ({@link #claimInstance}). */
    private volatile InstanceClaim instance = InstanceClaim.nothing();

    private Database(HikariDataSource pool, Engine engine, Path file, H2FileStore fileStore) {
        this.pool = pool;
        this.engine = engine;
        this.file = file;
        this.fileStore = fileStore;
    }

    /** The database's file (without {@code .mv.db}); empty for an in-memory database and for PostgreSQL. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Which engine this database runs on. */
    public Engine engine() {
        return engine;
    }

    /** The size of the database on disk in bytes (the H2 file, or PostgreSQL's own count); 0 in memory. */
    public long sizeOnDisk() {
        if (engine == Engine.POSTGRESQL) {
            try {
                return read(c -> one(c, PG_SIZE, rs -> rs.getLong(1)).orElse(0L));
            } catch (StorageException e) {
                return 0;
            }
        }
        try {
            return file == null ? 0 : Files.size(storeFile(file));
        } catch (IOException e) {
            return 0;
        }
    }

    private static final String PG_SIZE = "SELECT pg_database_size(current_database())";

    javax.sql.DataSource dataSource() {
        return pool;
    }

    /**
     * Opens the database at {@code jdbcUrl} and brings its schema up to date with the Flyway migrations on the
     * class path (see {@link Migrations}). H2 URLs get the settings the bot relies on (PostgreSQL mode, lower-case
     * names, no write delay); PostgreSQL URLs are used as they are.
     *
     * @throws DatabaseUnavailableException when the database cannot be opened, saying what to do about it
     */
    public static Database open(String jdbcUrl) {
        return open(Settings.of(jdbcUrl));
    }

    /**
     * Like {@link #open(String)}, with the file encrypted (H2's {@code CIPHER=AES}) under {@code key} when it is
     * set. A file made with a key opens only with that key; the key is never logged or put in a message.
     */
    public static Database open(String jdbcUrl, String key) {
        return open(new Settings(jdbcUrl, null, null, key, DEFAULT_POOL_SIZE));
    }

    /**
     * Opens and migrates the database {@code settings} describe. A large H2 file mostly made of dead space (the bot
     * was killed, not stopped, after a burst of writes) is rewritten first ({@link H2FileStore#rewriteIfMostlyDead}).
     */
    public static Database open(Settings settings) {
        return open(settings, true, true);
    }

    /**
     * Like {@link #open(Settings)} for a database only read from ({@link CopyToPostgres}'s source): a file the
     * bot's user may not write opens as well.
     */
    static Database openToRead(Settings settings) {
        return open(settings, true, false);
    }

    private static Database open(Settings settings, boolean mayRewrite, boolean writes) {
        Engine engine = Engine.of(settings.url());
        if (engine == null) {
            throw DatabaseUnavailableException.aboutUrl(SUPPORTED_URLS);
        }
        if (engine != Engine.H2 && settings.encrypted()) {
            throw new DatabaseUnavailableException("PARTNER_COACH_DB_KEY encrypts an H2 file and means nothing to "
                    + "PostgreSQL; unset it (PostgreSQL encrypts on its own side, see docs/scaling.md)");
        }
        Path file = engine == Engine.H2 ? h2File(settings.url()) : null;
        boolean existingFile = file != null && Files.isRegularFile(storeFile(file));
        if (file != null && !existingFile && writes && readOnlySetting(settings.url())) {
            // H2 would fail to make the file with an I/O error that names neither the setting nor what to do
            throw DatabaseUnavailableException.aboutUrl("there is no database file " + storeFile(file).toAbsolutePath()
                    + " yet, and ACCESS_MODE_DATA in the URL opens it read-only, so H2 cannot create it; remove that "
                    + "setting (the bot writes to its database)");
        }
        if (file != null && !existingFile && !writes) {
            // a database only read from must be there: H2 would make an empty one, and a copy of it copies nothing
            throw DatabaseUnavailableException.aboutUrl("there is no database file " + storeFile(file).toAbsolutePath()
                    + "; check the folder and the name in the URL (the name comes without .mv.db)");
        }
        if (file != null) {
            requireWritableFolder(file.toAbsolutePath().getParent());
        }
        if (existingFile) {
            // H2 would open a file cut short as an older or an empty database, and write to it
            CutShortFile.refuseIfCutShort(storeFile(file), settings.encrypted() ? settings.key() : null);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(engine, settings));
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            if (cause == null) {
                throw e;
            }
            throw engine == Engine.H2 ? cannotOpen(file, cause, settings.encrypted()) : cannotReach(cause);
        }
        try {
            if (file != null && writes) {
                requireWritableDatabase(pool, file, settings);
            }
            // before the migrations: their commits are appended too
            H2FileStore fileStore = file == null ? null : new H2FileStore(pool);
            Migrations.migrate(pool, existingFile ? file : null, engine);
            // times stored by a release before V73 in this machine's zone: to UTC, once
            UtcTimes.convertOnce(pool);
            if (mayRewrite && existingFile && fileStore.rewriteIfMostlyDead(storeFile(file),
                    H2FileStore.REWRITE_AT_START_FROM_BYTES, "before the bot starts")) {
                // the database was shut down for it: a new pool opens the rewritten file (or, if the rewrite
                // failed, the old one) with the settings a first open applies
                pool.close();
                return open(settings, false, writes);
            }
            return new Database(pool, engine, file, fileStore);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(Engine engine, Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("partner-coach-" + POOLS.incrementAndGet());
        config.setMaximumPoolSize(settings.poolSize());
        config.setScheduledExecutor(HOUSEKEEPING);
        // fail at once with the driver's own error, for the one-line start-up message
        config.setInitializationFailTimeout(1);
        engine.configure(config);
        if (engine == Engine.H2) {
            String url = withH2Settings(settings.url());
            if (settings.encrypted()) {
                url += ";CIPHER=AES";
            }
            config.setJdbcUrl(url);
            config.setUsername("sa");
            // H2 reads "<file password> <user password>" when the file is encrypted
            config.setPassword(settings.encrypted() ? settings.key() + " " : "");
        } else {
            config.setJdbcUrl(settings.url());
            if (settings.user() != null && !settings.user().isBlank()) {
                config.setUsername(settings.user());
            }
            if (settings.password() != null) {
                config.setPassword(settings.password());
            }
        }
        return config;
    }

    private static final AtomicLong POOLS = new AtomicLong();

    private static java.util.concurrent.ScheduledThreadPoolExecutor housekeeping() {
        java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(
                1, r -> {
                    Thread t = new Thread(r, "partner-coach-pool-housekeeping");
                    t.setDaemon(true);
                    return t;
                });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static DatabaseUnavailableException cannotReach(SQLException e) {
        return DatabaseUnavailableException.aboutUrl("PostgreSQL cannot be reached or refuses the login ("
                + firstLine(e.getMessage()) + "); check the host, port and database in the URL, and "
                + "PARTNER_COACH_DB_USER / PARTNER_COACH_DB_PASSWORD (or database.user / database.password)");
    }

    /**
     * {@code union} (queries joined by {@code UNION} or {@code UNION ALL}) as one query over it, its columns named as
     * in its first query. H2 keeps a single query prepared between runs, but parses and plans a statement whose top
     * level is a union again on every run: partner autocomplete spent three quarters of its statement's time on that
     * ({@code StatementsKeptPreparedTest}). PostgreSQL plans both alike.
     */
    public static String overUnion(String union) {
        return "SELECT * FROM (" + union + ") AS united";
    }

    /** A fresh private in-memory database with every migration applied (tests, benchmarks). */
    public static Database inMemory() {
        return open("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** What to say about a URL that is neither H2 nor PostgreSQL. */
    public static final String SUPPORTED_URLS = "use jdbc:h2:file:<folder>/<name> (an H2 file, the default), "
            + "jdbc:h2:mem:<name> (in memory, lost on exit) or jdbc:postgresql://<host>:<port>/<database> "
            + "(several bot processes, see docs/scaling.md)";

    /** The file an H2 URL names (without {@code .mv.db}), or null for in-memory, server and other URLs. */
    public static Path fileOf(String jdbcUrl) {
        return Engine.of(jdbcUrl) == Engine.H2 ? h2File(jdbcUrl) : null;
    }

    static Path h2File(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("^[a-zA-Z]{2,}:.*")) {
            return null; // mem:, tcp:, ssl:, zip: ... : no local file of ours to look after
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return rest.isEmpty() ? null : Path.of(rest);
    }

    /** The file H2 keeps a database in. */
    static Path storeFile(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + ".mv.db");
    }

    private static void requireWritableFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new DatabaseUnavailableException("cannot create the data folder " + folder
                    + "; create it and let the bot's user write there, or point the database URL at another folder");
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new DatabaseUnavailableException("cannot write in the data folder " + folder
                    + "; let the bot's user write there (chown or chmod), or point the database URL at another folder");
        }
    }

    /**
     * Refuses a database H2 opened read-only: it does so, without a word, for a file the bot's user may not write (a
     * file owned by root in a mounted folder, a copy restored read-only), and the bot's first write would fail.
     */
    private static void requireWritableDatabase(HikariDataSource pool, Path file, Settings settings) {
        boolean readOnly;
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT READONLY()");
             ResultSet rs = s.executeQuery()) {
            readOnly = rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw cannotOpen(file, e, settings.encrypted());
        }
        if (readOnly) {
            throw readOnly(file, settings.url());
        }
    }

    /** What to say about a database H2 will not write: the URL's own setting, or the file. */
    private static DatabaseUnavailableException readOnly(Path file, String url) {
        if (readOnlySetting(url)) {
            return DatabaseUnavailableException.aboutUrl("H2 opens the database read-only because of "
                    + "ACCESS_MODE_DATA in the URL; remove that setting (the bot writes to its database)");
        }
        return new DatabaseUnavailableException("cannot write the database file " + storeFile(file).toAbsolutePath()
                + " (it is read-only); let the bot's user write it (chown or chmod), or point the database URL at "
                + "another folder");
    }

    /** True when the URL has H2 open the database read-only ({@code ;ACCESS_MODE_DATA=r}; rw, rws, rwd write). */
    private static boolean readOnlySetting(String url) {
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0 && parts[i].substring(0, eq).strip().equalsIgnoreCase("ACCESS_MODE_DATA")
                    && parts[i].substring(eq + 1).strip().equalsIgnoreCase("r")) {
                return true;
            }
        }
        return false;
    }

    /** Said when the file and the key do not match: the one-line start-up error. */
    public static final String WRONG_KEY = "the database file is encrypted with another key, or PARTNER_COACH_DB_KEY "
            + "is missing or was set for a file that is not encrypted; start with the key the file was made with, "
            + "or restore a backup made with that key (see docs/privacy.md)";

    private static DatabaseUnavailableException cannotOpen(Path file, SQLException e, boolean encrypted) {
        String h2 = firstLine(e.getMessage());
        if (file != null && !encrypted && e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            // no key given: an encrypted file, or one that is not a database at all (a backup .zip copied over it)
            return new DatabaseUnavailableException("the database file " + storeFile(file).toAbsolutePath()
                    + " cannot be read: it is encrypted (start with PARTNER_COACH_DB_KEY set to its key), or it is "
                    + "damaged or not a Partner Coach database (restore a backup, see docs/privacy.md)");
        }
        if (file != null && (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT
                || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
            return new DatabaseUnavailableException(WRONG_KEY + " (file " + storeFile(file).toAbsolutePath() + ")");
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 && file != null) {
            return new DatabaseUnavailableException("the database " + storeFile(file).toAbsolutePath()
                    + " is in use by another running Partner Coach; stop that one first (one bot per database file)");
        }
        if (e.getErrorCode() == ErrorCode.UNSUPPORTED_SETTING_1 || e.getErrorCode() == ErrorCode.UNKNOWN_MODE_1
                || e.getErrorCode() == ErrorCode.INVALID_VALUE_2
                || e.getErrorCode() == ErrorCode.UNSUPPORTED_SETTING_COMBINATION) {
            return DatabaseUnavailableException.aboutUrl("H2 refuses a setting in the URL (" + h2
                    + "); remove or correct it");
        }
        return DatabaseUnavailableException.aboutUrl("H2 cannot open the database (" + h2
                + "); check the URL and the data folder");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    static String withH2Settings(String url) {
        StringBuilder sb = new StringBuilder(url);
        appendIfMissing(sb, "MODE", "PostgreSQL");
        appendIfMissing(sb, "DATABASE_TO_LOWER", "TRUE");
        appendIfMissing(sb, "DEFAULT_NULL_ORDERING", "HIGH");
        // each connection keeps the parsed form of this many recent statements (H2's default of 8 re-parsed most of
        // ours on every use: a scheduler run or a handler uses more than 8 different statements)
        appendIfMissing(sb, "QUERY_CACHE_SIZE", "128");
        if (!url.startsWith("jdbc:h2:mem:")) {
            // commit means on disk: a reply is only sent for a change that survives kill -9
            appendIfMissing(sb, "WRITE_DELAY", "0");
            // the bot closes the file itself when stopped (after the actions in progress commit), not H2's own hook
            appendIfMissing(sb, "DB_CLOSE_ON_EXIT", "FALSE");
        }
        return sb.toString();
    }

    private static void appendIfMissing(StringBuilder url, String key, String value) {
        if (!url.toString().toUpperCase(java.util.Locale.ROOT).contains(";" + key + "=")) {
            url.append(';').append(key).append('=').append(value);
        }
    }

    /**
     * Runs read-only work. Inside a {@link #transaction} (or a {@link #write}) it joins that transaction's
     * connection; otherwise it takes a read-only connection of its own, which reads nested in it join.
     */
    public <T> T read(Work<T> work) {
        Connection joined = bound.get();
        if (joined != null) {
            return join(joined, work, "read");
        }
        return run(true, work);
    }

    /**
     * Runs the plain query {@code sql} and hands its rows to {@code then}, which may write and says whether it did.
     * Inside a transaction on PostgreSQL, the query waits for the transaction's next plain query and reaches the
     * server in the same round trip ({@link ReadAhead}); whatever that next query reads, it sees what {@code then}
     * wrote. Elsewhere (H2, which is in this process, or outside a transaction) it runs at once.
     */
    <T> void readFirst(String sql, RowMapper<T> mapper, Object[] params, ReadAhead.Then<T> then) {
        Connection joined = bound.get();
        if (joined == null || !engine.sharedByProcesses()) {
            List<T> rows = read(c -> list(c, sql, mapper, params));
            try {
                then.apply(rows);
            } catch (SQLException e) {
                throw new StorageException("database read failed", e);
            }
            return;
        }
        join(joined, c -> {
            ReadAhead.await(c, sql, mapper, params, then);
            return null;
        }, "read");
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it. Inside a transaction it joins the open
     * one (no commit of its own: the outermost one commits or rolls back everything); inside a read-only one it
     * is refused, as a bug.
     */
    public <T> T write(Work<T> work) {
        Connection joined = bound.get();
        if (joined != null) {
            if (readOnly.get()) {
                throw new IllegalStateException("a write inside a read-only transaction");
            }
            return join(joined, work, "write");
        }
        return run(false, work);
    }

    /**
     * Runs {@code work} in one transaction on one connection bound to this thread: every {@link #read} and
     * {@link #write} it makes, however deep, joins it. It commits when the work returns and rolls everything back
     * when it throws (a refusal after a write changes nothing).
     */
    public <T> T transaction(Supplier<T> work) {
        return write(c -> work.get());
    }

    /**
     * Runs {@code work} in one transaction and rolls all of it back, whatever it wrote: a rehearsal of writes, so that
     * the code behind them (ours, the database's and its driver's) has run once before the run that counts. Refused
     * inside a transaction, whose own writes it would roll back too. Until its end, the rows it wrote stay locked from
     * other transactions, as any transaction's do: keep the work as short as the ones it rehearses.
     */
    public void rehearseWrites(Runnable work) {
        refuseInsideTransaction();
        try {
            write(c -> {
                work.run();
                throw new Rehearsed();
            });
        } catch (Rehearsed expected) {
            // rolled back, as meant
        }
    }

    /**
     * On an H2 file, commits rows written, changed and deleted on a table of their own ({@link CommitRehearsal}), so
     * that H2's commit path has run before the first poll after a start, which {@link #rehearseWrites} never reaches;
     * nothing on PostgreSQL, whose server commits, or in memory. Refused inside a transaction.
     */
    public void rehearseCommits(java.time.Instant now) {
        refuseInsideTransaction();
        if (file != null) {
            CommitRehearsal.run(this, now);
        }
    }

    /** A rehearsal's own transactions would end, or roll back, the one open on this thread: a bug. */
    private void refuseInsideTransaction() {
        if (bound.get() != null) {
            throw new IllegalStateException("a rehearsal inside a transaction");
        }
    }

    /** Ends a {@link #rehearseWrites} with a rollback. */
    private static final class Rehearsed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rehearsed() {
            super("rehearsed", null, false, false);
        }
    }

    /** Like {@link #transaction}, on a read-only connection: a write inside it fails. */
    public <T> T readOnlyTransaction(Supplier<T> work) {
        return read(c -> work.get());
    }

    /**
     * A value read once per transaction: inside the transaction open on this thread (or a {@link #remembering}
     * scope), the first call loads it and later calls with an equal {@code key} get the same value; outside them, it
     * is loaded every time. For what a member's action reads in several places and never changes during it (a
     * server's settings); a write of the value in the same transaction calls {@link #forget}.
     */
    @SuppressWarnings("unchecked")
    public <T> T remembered(Object key, Supplier<T> load) {
        java.util.Map<Object, Object> values = remembered.get();
        if (values == null) {
            return load.get();
        }
        Object value = values.get(key);
        if (value == null) {
            value = load.get();
            values.put(key, value);
        }
        return (T) value;
    }

    /**
     * Runs {@code work} with what {@link #remembered} loads kept until it ends, across the transactions it opens: a
     * scheduler's batch of sends reads each server's settings once, not once per send. A transaction in it that
     * rolls back forgets everything, since it may have remembered its own uncommitted writes.
     */
    public <T> T remembering(Supplier<T> work) {
        if (remembered.get() != null) {
            return work.get(); // already remembering (a transaction, or an outer scope): keep that scope
        }
        remembered.set(new java.util.HashMap<>());
        try {
            return work.get();
        } finally {
            remembered.remove();
        }
    }

    /**
     * Keeps {@code value} for {@code key} in the transaction or {@link #remembering} scope open on this thread, for
     * the {@link #remembered} calls that follow: a read of many keys at once fills it. Nothing outside them.
     */
    public void remember(Object key, Object value) {
        java.util.Map<Object, Object> values = remembered.get();
        if (values != null) {
            values.put(key, value);
        }
    }

    /** Drops what {@link #remembered} holds for {@code key} in the transaction open on this thread (it changed). */
    public void forget(Object key) {
        java.util.Map<Object, Object> values = remembered.get();
        if (values != null) {
            values.remove(key);
        }
    }

    /**
     * How many statements this thread has run through this class's helpers since it started, on any database: a
     * measure for tests (the difference around one member action is the statements it ran).
     */
    public static long statementsRun() {
        return STATEMENTS.get()[0];
    }

    /** Rows the queries of {@link #list} (and {@link #one}) returned on this thread so far. */
    public static long rowsReturned() {
        return ROWS.get()[0];
    }

    /**
     * How many times this thread has sent statements through this class's helpers and waited for their answer: a
     * statement, a batch, or a {@link #readFirst} read with the query it went with.
     */
    public static long roundTrips() {
        return ROUND_TRIPS.get()[0];
    }

    private static void counted() {
        counted(1);
    }

    /** {@code statements} sent in one round trip. */
    static void counted(int statements) {
        STATEMENTS.get()[0] += statements;
        ROUND_TRIPS.get()[0]++;
    }

    /** Every row of {@code rs} through {@code mapper}, counted as returned ({@link #rowsReturned}). */
    static <T> List<T> mapped(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
            out.add(mapper.map(rs));
        }
        ROWS.get()[0] += out.size();
        return out;
    }

    /** How much the database has been used since it was opened: a measure for tests and logs. */
    public record Usage(long connections, long commits) {
        /** What was used between {@code before} and this. */
        public Usage since(Usage before) {
            return new Usage(connections - before.connections, commits - before.commits);
        }
    }

    /** Connections taken from the pool and transactions committed since the database was opened. */
    public Usage usage() {
        return new Usage(connectionsOpened.get(), commits.get());
    }

    private <T> T join(Connection c, Work<T> work, String what) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StorageException("database " + what + " failed", e);
        }
    }

    private <T> T run(boolean readOnlyWork, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            connectionsOpened.incrementAndGet();
            // pooled connections come back as the last user left them: set the flag every time
            c.setReadOnly(readOnlyWork);
            Connection notBegunOuter = NOT_BEGUN.get(); // another database's work this one runs inside
            if (!readOnlyWork) {
                NOT_BEGUN.set(c);
            }
            bound.set(c);
            readOnly.set(readOnlyWork);
            java.util.Map<Object, Object> scope = remembered.get();
            if (scope == null) {
                remembered.set(new java.util.HashMap<>());
            }
            try {
                T result = work.apply(c);
                ReadAhead.goAlone(c); // a read that found no query to go with still goes in this work
                if (!readOnlyWork && !c.getAutoCommit()) {
                    if (fileStore != null) {
                        fileStore.commit(c);
                    } else {
                        c.commit();
                    }
                    commits.incrementAndGet();
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                ReadAhead.drop(c);
                if (!readOnlyWork) {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    if (scope != null) {
                        scope.clear();
                    }
                }
                throw e;
            } finally {
                bound.remove();
                readOnly.remove();
                if (notBegunOuter == null) {
                    NOT_BEGUN.remove();
                } else {
                    NOT_BEGUN.set(notBegunOuter);
                }
                if (scope == null) {
                    remembered.remove();
                }
                if (!readOnlyWork && !c.getAutoCommit()) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StorageException(readOnlyWork ? "database read failed" : "database write failed", e);
        }
    }

    /** Runs a statement with parameters and returns the updated row count. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        beforeStatement(c, true, sql);
        try (PreparedStatement ps = prepare(c, sql, params)) {
            counted();
            return ps.executeUpdate();
        }
    }

    /**
     * Runs one statement once per parameter row, as one JDBC batch (one round trip); returns each row's updated
     * count, in order. Parameters are bound as {@link #update} binds them.
     */
    public static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        beforeStatement(c, true, sql);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            counted();
            return ps.executeBatch();
        }
    }

    /** Inserts a row and returns its generated id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        return insertIfNew(c, sql, params).orElseThrow(() -> new SQLException("no id generated by: " + sql));
    }

    /**
     * Runs an {@code INSERT ... SELECT ... WHERE NOT EXISTS} (or any insert that may add no row) and returns the
     * generated id, or empty when the statement's own condition added nothing: a check and a write in one statement.
     */
    public static OptionalLong insertIfNew(Connection c, String sql, Object... params) throws SQLException {
        beforeStatement(c, true, sql);
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            counted();
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? OptionalLong.of(keys.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        beforeStatement(c, false, sql);
        List<T> together = ReadAhead.withNext(c, sql, mapper, params);
        if (together != null) {
            return together;
        }
        counted();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return mapped(rs, mapper);
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Before a statement that writes, or is a query that locks or changes rows (anything but a plain {@code SELECT}:
     * {@code FOR UPDATE}, {@code UPDATE ... RETURNING}, a {@code WITH} that may hold a write): sends the read waiting
     * for {@code c} alone ({@link ReadAhead}; only a plain query, which can run again, goes with it), then begins the
     * transaction of the write work on {@code c} if it has not begun.
     */
    private static void beforeStatement(Connection c, boolean writes, String sql) throws SQLException {
        // a query's text is looked at only when there is something to begin or a read waiting
        if (writes || (NOT_BEGUN.get() == c || ReadAhead.waitsFor(c)) && !plainSelect(sql)) {
            ReadAhead.goAlone(c);
            if (NOT_BEGUN.get() == c) {
                c.setAutoCommit(false);
                NOT_BEGUN.remove();
            }
        }
    }

    /**
     * Begins the transaction of the write work on {@code c} now, for work that runs JDBC statements of its own (a
     * bulk load) rather than through these helpers, which begin it themselves.
     */
    public static void begin(Connection c) throws SQLException {
        beforeStatement(c, true, "");
    }

    static boolean plainSelect(String sql) {
        Boolean known = PLAIN_SELECTS.get(sql);
        if (known != null) {
            return known;
        }
        boolean plain = PLAIN_SELECT.matcher(sql).lookingAt() && !LOCKING.matcher(sql).find();
        if (PLAIN_SELECTS.size() < PLAIN_SELECTS_KEPT) {
            PLAIN_SELECTS.put(sql, plain);
        }
        return plain;
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /**
     * An SQL array of {@code values} for one parameter (to join as a table with {@code UNNEST}): instants become
     * times of day in UTC, as {@link #update} binds them. Both engines take Java arrays of numbers and strings as they
     * are, PostgreSQL's driver not of timestamps; this builds the array through the connection for any of them.
     */
    public static java.sql.Array array(Connection c, String sqlType, List<?> values) throws SQLException {
        return c.createArrayOf(sqlType, values.stream().map(Database::jdbcValue).toArray());
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, jdbcValue(params[i]));
        }
    }

    /**
     * A parameter as both drivers take it: an instant as its time of day in UTC (a {@code TIMESTAMP} holds no zone;
     * every stored time is in UTC, whatever the zone of the machine: {@link UtcTimes}), an enum by its name. An
     * instant is cut to the whole microseconds both databases keep: they round a finer time, perhaps past the instant
     * itself, and a row written at {@code now} then missed a read of what is due at that same {@code now} (the system
     * clock gives nanoseconds).
     */
    private static Object jdbcValue(Object p) {
        if (p instanceof java.time.Instant instant) {
            return utcTimeOfDay(instant);
        }
        return p instanceof Enum<?> e ? e.name() : p;
    }

    /** How an instant is stored: its time of day in UTC, to the microsecond. */
    static java.time.LocalDateTime utcTimeOfDay(java.time.Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                java.time.ZoneOffset.UTC);
    }

    /**
     * Every row of a query as column name to value (timestamps as ISO instants), in column order: for exports of
     * what a member's data looks like as stored.
     */
    public static List<java.util.Map<String, Object>> rows(Connection c, String sql, Object... params)
            throws SQLException {
        return list(c, sql, rs -> {
            java.sql.ResultSetMetaData meta = rs.getMetaData();
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = meta.getColumnType(i) == java.sql.Types.TIMESTAMP ? instant(rs, i) : rs.getObject(i);
                if (value instanceof java.time.Instant at) {
                    value = at.toString();
                } else if (value instanceof java.time.temporal.TemporalAccessor t) {
                    value = t.toString();
                }
                row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
            }
            return row;
        }, params);
    }

    /*
     * Timestamps are read as LocalDateTime, not java.sql.Timestamp: the PostgreSQL driver builds a Timestamp through
     * a Calendar (JFR put much of a 10,000-partner poll's row mapping there; measured, the poll gained about 40 ms of
     * CPU), and a Timestamp stands for a time of day in this JVM's zone. The columns hold the time of day in UTC
     * (what jdbcValue writes), so it is read back in UTC, whatever the zone of the machine.
     */

    /** Reads the timestamp at a column position as an Instant (null stays null). */
    public static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        return fromUtc(rs.getObject(column, java.time.LocalDateTime.class));
    }

    /** Reads a timestamp column as an Instant (null stays null). */
    public static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        return fromUtc(rs.getObject(column, java.time.LocalDateTime.class));
    }

    private static java.time.Instant fromUtc(java.time.LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(java.time.ZoneOffset.UTC);
    }

    /**
     * The instant a stored time of day in {@code zone} stands for, as {@code java.sql.Timestamp} read it (releases
     * before V73 stored times in the machine's zone; {@link UtcTimes} converts them so): a time the clocks skipped
     * moves forward by the gap, and one they went through twice is the later (standard time).
     */
    static java.time.Instant instantOf(java.time.LocalDateTime stored, java.time.ZoneId zone) {
        return stored == null ? null : stored.atZone(zone).withLaterOffsetAtOverlap().toInstant();
    }

    /**
     * Claims {@code name} for this process until the database closes: on PostgreSQL, where several bot processes may
     * share the database, no other process may run under the same name ({@link InstanceClaim}); elsewhere nothing.
     *
     * @throws DatabaseUnavailableException when another process already runs under it
     */
    public void claimInstance(String name) {
        if (engine.sharedByProcesses()) {
            instance = InstanceClaim.take(pool, name);
        }
    }

    /**
     * Gives back some of an H2 file's dead space when its live data fills less than {@code belowPercent} of it
     * ({@link H2FileStore#compactIfSparse}); the scheduler's housekeeping calls this after each run. Returns whether
     * it compacted; false in memory and on PostgreSQL (whose autovacuum looks after its own files).
     */
    public boolean compactIfSparse(int belowPercent) {
        return fileStore != null && fileStore.compactIfSparse(belowPercent);
    }

    /**
     * Closes the database as the bot stops, once nothing else uses it: an H2 file mostly made of dead space (after a
     * burst of writes, or pruning) is first rewritten to hold only its live data
     * ({@link H2FileStore#rewriteIfMostlyDead}). Returns whether a rewrite was made (or tried).
     */
    public boolean closeAtStop() {
        try {
            return fileStore != null && fileStore.rewriteIfMostlyDead(storeFile(file), 0, "before the bot stops");
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        pool.close();
        instance.close();
    }
}
