package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A read that waits for the next query of the work on this thread, to reach PostgreSQL in the same round trip
 * ({@link Database#readFirst}): the member's home server, which the router checks on every server command, goes with
 * the command's first query instead of on its own. On PostgreSQL each statement is a round trip, about as long as a
 * short command's own query: {@code /coalition gaps} took 1.9 times its bare JDBC side for that one read.
 *
 * <p>The driver sends the two statements of {@code "a;\nb"} with one sync and returns their results in order. Only a
 * plain query goes with the read (it changes nothing, so it can run again): when the read's follow-up wrote (the
 * member's home moved), the query runs again, so that it sees the write as if the read had gone alone before it.
 * Before any other statement, and when the work ends, the read goes alone, in its place.
 */
final class ReadAhead<T> {

    /** What to do with the read's rows; may write (joining the transaction), and says whether it did. */
    @FunctionalInterface
    interface Then<T> {
        boolean apply(List<T> rows) throws SQLException;
    }

    /** The read waiting on this thread, with the connection whose next query it goes with. */
    private static final ThreadLocal<ReadAhead<?>> WAITING = new ThreadLocal<>();

    private final Connection connection;
    private final String sql;
    private final Database.RowMapper<T> mapper;
    private final Object[] params;
    private final Then<T> then;

    private ReadAhead(Connection connection, String sql, Database.RowMapper<T> mapper, Object[] params,
                      Then<T> then) {
        this.connection = connection;
        this.sql = sql;
        this.mapper = mapper;
        this.params = params;
        this.then = then;
    }

    /** Makes the read wait for {@code c}'s next query; one waiting before it on {@code c} goes alone first. */
    static <T> void await(Connection c, String sql, Database.RowMapper<T> mapper, Object[] params, Then<T> then)
            throws SQLException {
        goAlone(c);
        WAITING.set(new ReadAhead<>(c, sql, mapper, params, then));
    }

    /**
     * Runs the read waiting for {@code c}, alone: before a statement that is not a plain query
     * ({@code Database.beforeStatement}), or at the end of the work.
     */
    static void goAlone(Connection c) throws SQLException {
        ReadAhead<?> waiting = taken(c);
        if (waiting != null) {
            waiting.alone();
        }
    }

    /** Whether a read waits for {@code c}'s next query. */
    static boolean waitsFor(Connection c) {
        ReadAhead<?> waiting = WAITING.get();
        return waiting != null && waiting.connection == c;
    }

    /** Forgets the read waiting for {@code c}: its work failed, and what it would have written is rolled back. */
    static void drop(Connection c) {
        taken(c);
    }

    /**
     * The rows of the plain query {@code sql}, sent with the read waiting for {@code c} in one round trip; null when
     * none waits (a query that locks or writes found none: the read went alone before it).
     */
    static <R> List<R> withNext(Connection c, String sql, Database.RowMapper<R> mapper, Object[] params)
            throws SQLException {
        ReadAhead<?> waiting = taken(c);
        return waiting == null ? null : waiting.togetherWith(sql, mapper, params);
    }

    private static ReadAhead<?> taken(Connection c) {
        if (!waitsFor(c)) {
            return null; // none, or another database's (this is work nested in it)
        }
        ReadAhead<?> waiting = WAITING.get();
        WAITING.remove();
        return waiting;
    }

    private void alone() throws SQLException {
        then.apply(Database.list(connection, sql, mapper, params));
    }

    private <R> List<R> togetherWith(String next, Database.RowMapper<R> nextMapper, Object[] nextParams)
            throws SQLException {
        Object[] both = new Object[params.length + nextParams.length];
        System.arraycopy(params, 0, both, 0, params.length);
        System.arraycopy(nextParams, 0, both, params.length, nextParams.length);
        List<T> read;
        List<R> rows;
        Database.counted(2);
        try (PreparedStatement ps = Database.prepare(connection, sql + ";\n" + next, both)) {
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                read = Database.mapped(rs, mapper);
            }
            if (!ps.getMoreResults()) {
                throw new SQLException("no rows came back for: " + next);
            }
            try (ResultSet rs = ps.getResultSet()) {
                rows = Database.mapped(rs, nextMapper);
            }
        }
        if (then.apply(read)) {
            return Database.list(connection, next, nextMapper, nextParams);
        }
        return rows;
    }
}
