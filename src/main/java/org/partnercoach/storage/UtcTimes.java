package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every stored time (a {@code TIMESTAMP} column, which holds a time of day and no zone) is the time of day in UTC
 * ({@link Database} writes and reads it so). Releases before V73 stored the time of day in the zone of the machine's
 * Java and read it back in the zone of the machine reading it: the same database opened in another zone moved every
 * time by the difference, and a time in the hour that clocks go through twice read back an hour late. V73 records
 * the zone the times already stored were written in; once the migrations have run, {@link #convertOnce} converts them
 * to UTC, the instants they were read as where they were written, in one transaction that also records UTC, so that a
 * kill leaves them all converted or none. A database already in UTC (every start after that one, and every database
 * kept on a machine in UTC, as the container is) costs one read of one row.
 *
 * <p>The conversion is one {@code UPDATE} of each table that holds times, all its time columns at once, and runs in
 * the database: each time moves by the zone's offset at that time of day, picked by a {@code CASE} that halves the
 * zone's clock changes between the table's first and last time (about 50 for 25 years), so that each row is compared
 * a handful of times. Both engines run the same SQL; neither's own time zone rules are used.
 */
final class UtcTimes {

    private static final Logger log = LoggerFactory.getLogger(UtcTimes.class);

    /** The one-row table of V73. */
    static final String TABLE = "stored_times_zone";
    static final String UTC = "UTC";
    private static final String ZONE = "SELECT zone FROM " + TABLE + " WHERE id = 1";
    /** The time columns of every table of the bot (Flyway's own history keeps its own times). */
    private static final String TIME_COLUMNS = """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE LOWER(table_schema) = LOWER(?) AND LOWER(data_type) LIKE 'timestamp%'
              AND LOWER(table_name) NOT IN ('flyway_schema_history', 'stored_times_zone')
            ORDER BY table_name, ordinal_position""";
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private UtcTimes() {
    }

    /**
     * Converts the stored times to UTC if they were written in another zone, once; nothing when they are in UTC.
     *
     * @throws DatabaseUnavailableException when they cannot be converted (nothing was changed)
     */
    static void convertOnce(DataSource pool) {
        String zone;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ZONE)) {
            zone = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw cannotConvert(e);
        }
        if (zone == null || isUtc(zone)) {
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                convert(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw cannotConvert(e);
        }
    }

    /** In the transaction open on {@code c}: the row locked, so that of several processes starting only one converts. */
    private static void convert(Connection c) throws SQLException {
        String zone;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ZONE + " FOR UPDATE")) {
            zone = rs.next() ? rs.getString(1) : null;
        }
        if (zone == null || isUtc(zone)) {
            return; // another process converted them meanwhile
        }
        ZoneRules rules = rulesOf(zone);
        long start = System.nanoTime();
        log.info("Converting every stored time from the time zone {} to UTC, once (a moment per 100,000 rows)", zone);
        long rows = 0;
        for (Map.Entry<String, List<String>> table : timeColumns(c).entrySet()) {
            rows += convert(c, table.getKey(), table.getValue(), rules);
        }
        try (PreparedStatement done = c.prepareStatement("UPDATE " + TABLE + " SET zone = ? WHERE id = 1")) {
            done.setString(1, UTC);
            done.executeUpdate();
        }
        log.info("Stored times converted from {} to UTC: {} rows in {} ms", zone, rows,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Every table with time columns, and those columns, from the database's own catalogue (never from input). */
    private static Map<String, List<String>> timeColumns(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(TIME_COLUMNS)) {
            ps.setString(1, c.getSchema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return tables;
    }

    /** Converts every time of {@code columns} of {@code table} in one statement; the rows it updated. */
    private static long convert(Connection c, String table, List<String> columns, ZoneRules rules) throws SQLException {
        LocalDateTime first = null;
        LocalDateTime last = null;
        StringBuilder range = new StringBuilder("SELECT ");
        for (String column : columns) {
            range.append(range.length() > 7 ? ", " : "").append("MIN(").append(column).append("), MAX(")
                    .append(column).append(')');
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(range + " FROM " + table)) {
            rs.next();
            for (int i = 1; i <= 2 * columns.size(); i++) {
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                if (t != null) {
                    first = first == null || t.isBefore(first) ? t : first;
                    last = last == null || t.isAfter(last) ? t : last;
                }
            }
        }
        if (first == null) {
            return 0; // no time in it
        }
        Offsets offsets = Offsets.between(rules, first, last);
        StringBuilder update = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            update.append(i > 0 ? ", " : "").append(columns.get(i)).append(" = ").append(offsets.inUtc(columns.get(i)));
        }
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(update.toString());
        }
    }

    /**
     * A zone's offsets over a span of times of day: {@code offsets[i]} (seconds east of UTC) holds from
     * {@code starts[i - 1]} (inclusive) to {@code starts[i]}. A time of day the clocks skipped takes the offset before
     * the change, and one they went through twice the offset after it, as {@link Database#instantOf} (and
     * {@code java.sql.Timestamp}, which wrote them) reads them: so each change starts at its time of day after it.
     */
    record Offsets(List<LocalDateTime> starts, List<Integer> offsets) {

        static Offsets between(ZoneRules rules, LocalDateTime first, LocalDateTime last) {
            // two days either side: no offset is more than 18 hours
            Instant from = first.minusDays(2).toInstant(ZoneOffset.UTC);
            LocalDateTime until = last.plusDays(2);
            List<LocalDateTime> starts = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            offsets.add(rules.getOffset(from).getTotalSeconds());
            for (ZoneOffsetTransition t = rules.nextTransition(from); t != null
                    && !t.getDateTimeAfter().isAfter(until); t = rules.nextTransition(t.getInstant())) {
                starts.add(t.getDateTimeAfter());
                offsets.add(t.getOffsetAfter().getTotalSeconds());
            }
            return new Offsets(starts, offsets);
        }

        /** SQL for {@code column}'s time of day, in the zone, as the time of day in UTC. */
        String inUtc(String column) {
            return inUtc(column, 0, offsets.size() - 1);
        }

        private String inUtc(String column, int from, int to) {
            if (from == to) {
                int offset = offsets.get(from);
                return offset == 0 ? column : column + " + (" + -offset + ") * INTERVAL '1' SECOND";
            }
            int upper = (from + to + 1) / 2; // the first offset of the upper half
            return "CASE WHEN " + column + " < TIMESTAMP '" + LITERAL.format(starts.get(upper - 1)) + "' THEN "
                    + inUtc(column, from, upper - 1) + " ELSE " + inUtc(column, upper, to) + " END";
        }
    }

    /** Whether times of day in {@code zone} are times of day in UTC (UTC, Etc/UTC, Z, GMT ...). */
    static boolean isUtc(String zone) {
        ZoneRules rules = rulesOf(zone);
        return rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).getTotalSeconds() == 0;
    }

    private static ZoneRules rulesOf(String zone) {
        try {
            return ZoneId.of(zone).getRules();
        } catch (DateTimeException e) {
            throw new DatabaseUnavailableException("the database's times were stored in the time zone \"" + zone
                    + "\", which this Java does not know; run Partner Coach with a Java that knows it, or report this");
        }
    }

    private static DatabaseUnavailableException cannotConvert(SQLException e) {
        String message = e.getMessage() == null ? "unknown problem" : e.getMessage().strip().lines().findFirst()
                .orElse("unknown problem");
        return new DatabaseUnavailableException("the database's stored times could not be converted to UTC ("
                + message + "); nothing was changed: start the bot again, or report this");
    }
}
