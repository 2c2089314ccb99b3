package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies an H2 database into an empty PostgreSQL one, for a coalition that grows past one bot process
 * (docs/scaling.md): the target gets the same migrations, then every table's rows, parents before children, in one
 * transaction (a copy that fails leaves the target empty); identity sequences continue after the highest id, and the
 * row counts of every table are compared at the end. The bot must be stopped while it copies (H2 refuses a second
 * user of the file anyway).
 */
public final class CopyToPostgres {

    /**
     * Flyway's own table and its check (each side has its history), run-time state that is not data (the planning
     * turn), and the zone of the stored times (each side has its own, UTC once opened: {@link UtcTimes}).
     */
    static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "migration_checks", "scheduler_turns",
            UtcTimes.TABLE);
    private static final int BATCH = 500;
    private static final String PUBLIC = "public";
    private static final String IDENTITY_COLUMNS = """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND is_identity = 'YES'""";
    private static final String RESET_SEQUENCE = "SELECT setval(pg_get_serial_sequence(?, ?), "
            + "(SELECT COALESCE(MAX(%s), 0) + 1 FROM %s), false)";

    /** One table's rows in the source and in the target after the copy. */
    public record Count(String table, long source, long target) {
        public boolean matches() {
            return source == target;
        }
    }

    /** What was copied, table by table in the order copied. */
    public record Report(List<Count> counts) {
        public boolean complete() {
            return counts.stream().allMatch(Count::matches);
        }

        public long rows() {
            return counts.stream().mapToLong(Count::target).sum();
        }
    }

    private CopyToPostgres() {
    }

    /**
     * Copies {@code from} (H2) into {@code to} (an empty PostgreSQL database, migrated here first).
     *
     * @throws DatabaseUnavailableException when either side cannot be opened, or the target is not empty
     */
    public static Report copy(Database.Settings from, Database.Settings to) {
        if (Engine.of(from.url()) != Engine.H2) {
            throw new DatabaseUnavailableException("--from must be an H2 URL (jdbc:h2:file:<folder>/<name>), the "
                    + "database the bot has used so far");
        }
        if (Engine.of(to.url()) != Engine.POSTGRESQL) {
            throw new DatabaseUnavailableException("--to must be a PostgreSQL URL "
                    + "(jdbc:postgresql://<host>:<port>/<database>) of an empty database");
        }
        try (Database source = open("--from", from, false); Database target = open("--to", to, true)) {
            return source.read(s -> target.write(t -> copy(s, t)));
        }
    }

    /** Opens one side; a problem with its URL names the option it came from. */
    private static Database open(String option, Database.Settings settings, boolean writes) {
        try {
            // the source is only read: a backup kept read-only copies as well
            return writes ? Database.open(settings) : Database.openToRead(settings);
        } catch (DatabaseUnavailableException e) {
            throw e.aboutUrl() ? new DatabaseUnavailableException(option + ": " + e.getMessage()) : e;
        }
    }

    private static Report copy(Connection source, Connection target) throws SQLException {
        List<String> tables = inDependencyOrder(source);
        for (String table : tables) {
            long already = count(target, table);
            if (already > 0) {
                throw new DatabaseUnavailableException("the target database is not empty (" + already + " rows in "
                        + table + "); copy into a new, empty PostgreSQL database");
            }
        }
        for (String table : tables) {
            copyRows(source, target, table);
        }
        resetIdentities(target, tables);
        // PostgreSQL keeps one plan for a statement the bot runs often, made from what it knows of the tables then:
        // without this, it would take them for empty until autovacuum came by
        Database.update(target, "ANALYZE");
        List<Count> counts = new ArrayList<>();
        for (String table : tables) {
            counts.add(new Count(table, count(source, table), count(target, table)));
        }
        return new Report(counts);
    }

    /** The bot's tables, each after the tables its foreign keys point at. */
    static List<String> inDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, PUBLIC, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_COPIED.contains(table)) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, PUBLIC, e.getKey())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(e.getKey())) {
                        e.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(parents).entrySet()) {
                if (!placed.contains(e.getKey()) && placed.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                    placed.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys in a cycle among " + parents.keySet());
            }
        }
        return ordered;
    }

    private static void copyRows(Connection source, Connection target, String table) throws SQLException {
        // the table names come from the database's own catalogue, never from input
        try (Statement read = source.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData columns = rows.getMetaData();
                int n = columns.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    names.add(columns.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                int[] targetTypes = targetTypes(target, table, names);
                String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    int batched = 0;
                    while (rows.next()) {
                        for (int i = 1; i <= n; i++) {
                            bind(rows, write, i, columns.getColumnType(i), targetTypes[i - 1]);
                        }
                        write.addBatch();
                        if (++batched == BATCH) {
                            write.executeBatch();
                            batched = 0;
                        }
                    }
                    if (batched > 0) {
                        write.executeBatch();
                    }
                }
            }
        }
    }

    /** Copies one value as what it is: a timestamp as the same wall-clock time, long text as text. */
    private static void bind(ResultSet row, PreparedStatement write, int i, int sourceType, int targetType)
            throws SQLException {
        Object value = switch (sourceType) {
            case Types.TIMESTAMP -> row.getObject(i, java.time.LocalDateTime.class);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> row.getString(i);
            default -> row.getObject(i);
        };
        if (value == null) {
            write.setNull(i, targetType);
        } else {
            write.setObject(i, value);
        }
    }

    private static int[] targetTypes(Connection target, String table, List<String> names) throws SQLException {
        Map<String, Integer> byName = new LinkedHashMap<>();
        try (Statement s = target.createStatement(); ResultSet none = s.executeQuery(
                "SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                byName.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
            }
        }
        int[] types = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Integer type = byName.get(names.get(i));
            if (type == null) {
                throw new DatabaseUnavailableException("the target's table " + table + " has no column "
                        + names.get(i) + "; run the same version of Partner Coach on both sides");
            }
            types[i] = type;
        }
        return types;
    }

    /** Sets every identity sequence past the highest id copied, so the bot's next insert takes a new id. */
    private static void resetIdentities(Connection target, List<String> tables) throws SQLException {
        List<String[]> identities = Database.list(target, IDENTITY_COLUMNS,
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        for (String[] column : identities) {
            if (tables.contains(column[0])) {
                String sql = String.format(RESET_SEQUENCE, column[1], column[0]);
                Database.one(target, sql, rs -> rs.getLong(1), column[0], column[1]);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
