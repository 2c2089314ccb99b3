package org.partnercoach.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A bot process's name on a PostgreSQL database that several processes share, held while the database is open: a
 * session advisory lock on a connection of its own, outside the pool. PostgreSQL lets it go when that connection
 * ends, however the process ended (a kill too), so a restarted process has its name back at once. A second process
 * with the same name is refused at start-up: it would take back the first one's claimed sends as its own. An H2 file
 * is opened by one process at a time already, so there the claim holds nothing.
 */
final class InstanceClaim implements AutoCloseable {

    static final String TAKEN = "another Partner Coach process on this database already runs under the name \"%s\";"
            + " give each process its own name with PARTNER_COACH_INSTANCE (or scheduler.instance in"
            + " config/partner-coach.yml), see docs/scaling.md";

    /** The holding connection's application_name, before the process's name. */
    static final String APPLICATION = "partner-coach instance ";

    /** Held by this claim; null when there is nothing to hold. */
    private final Connection held;

    private InstanceClaim(Connection held) {
        this.held = held;
    }

    static InstanceClaim nothing() {
        return new InstanceClaim(null);
    }

    /**
     * Takes {@code name} on the pool's PostgreSQL database.
     *
     * @throws DatabaseUnavailableException when another process holds it, or the database cannot be reached
     */
    static InstanceClaim take(HikariDataSource pool, String name) {
        Properties login = new Properties();
        login.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            login.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            login.setProperty("password", pool.getPassword());
        }
        // what an operator finds the holder by in pg_stat_activity
        login.setProperty("ApplicationName", APPLICATION + name);
        Connection c = null;
        try {
            c = DriverManager.getConnection(pool.getJdbcUrl(), login);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key(name));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return new InstanceClaim(c);
                    }
                }
            }
            c.close();
            throw new DatabaseUnavailableException(String.format(TAKEN, name));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseUnavailableException("the database refused the connection that holds this process's"
                    + " name (" + e.getMessage() + "); check PARTNER_COACH_DB_URL and that the server is up");
        }
    }

    /** The lock's key: the same for one name in every process, and unlikely to be any other program's. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((APPLICATION + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(held);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the server lets the lock go with the connection either way
            }
        }
    }
}
