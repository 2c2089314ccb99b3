package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * New in-memory H2 databases with every migration applied, for the tests: the migrations run through the bot's own
 * {@link Database#open} once per test JVM, and each new database is that one's script (H2's {@code SCRIPT}: tables,
 * indexes, constraints, identities, Flyway's history and the migration check's fingerprint) run again. Opening one
 * then finds nothing to migrate ({@link MigrationCheck}), as the bot finds its own file on an ordinary start. A new
 * database costs about a tenth of running the migrations, which thousands of tests do.
 */
public final class MigratedH2 {

    private static List<String> script;

    private MigratedH2() {
    }

    /** The URL of a new private in-memory database, migrated, kept until the test JVM ends or it is shut down. */
    public static String freshUrl() {
        List<String> statements = script();
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.addBatch(sql);
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the migrated test database: " + e.getMessage(), e);
        }
        return url;
    }

    private static synchronized List<String> script() {
        if (script == null) {
            String url = "jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            Database.open(url).close();
            List<String> lines = new ArrayList<>();
            try (Connection c = connect(url); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the migrated test database: " + e.getMessage(), e);
            }
            // the user exists in every new database already
            lines.removeIf(line -> line.startsWith("CREATE USER "));
            script = List.copyOf(lines);
        }
        return script;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
    }
}
