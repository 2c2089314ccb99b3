package org.partnercoach.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's verdict, kept between starts. After Flyway has found the database valid and migrated it to
 * {@link Migrations#LATEST}, a digest of its history (every row) and of the scripts the history names, as they are on
 * the class path, is stored (V38). A start whose digest is still the stored one skips Flyway: nothing Flyway checks
 * has changed since it last passed. Any other start (a new, older or newer database, a migration that failed, a
 * history or a script changed since) runs Flyway as before.
 */
final class MigrationCheck {

    private static final Logger log = LoggerFactory.getLogger(MigrationCheck.class);
    private static final String TABLE = "migration_checks";
    private static final String HISTORY = "SELECT installed_rank, version, description, type, script, checksum,"
            + " success FROM flyway_schema_history ORDER BY installed_rank";

    private MigrationCheck() {
    }

    /** Whether nothing Flyway checks has changed since it last found the database valid and complete. */
    static boolean unchanged(DataSource dataSource, Engine engine) {
        try (Connection c = dataSource.getConnection()) {
            // a new database, or one from before V38, has no table yet: asked first, as H2 would write the failed
            // query into a trace file beside the database
            try (ResultSet table = c.getMetaData().getTables(null, c.getSchema(), TABLE, null)) {
                if (!table.next()) {
                    return false;
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet stored = s.executeQuery("SELECT fingerprint FROM " + TABLE)) {
                return stored.next() && stored.getString(1).equals(digest(c, engine));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Stores the digest, once Flyway has migrated the database and found it valid. Not stored, the next start only runs
     * Flyway again.
     */
    static void record(DataSource dataSource, Engine engine) {
        try (Connection c = dataSource.getConnection()) {
            String digest = digest(c, engine);
            if (digest == null) {
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement clear = c.createStatement();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (fingerprint) VALUES (?)")) {
                clear.executeUpdate("DELETE FROM " + TABLE);
                insert.setString(1, digest);
                insert.executeUpdate();
                c.commit();
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            log.warn("Could not keep the migration check; the next start checks the migrations in full: {}",
                    e.getMessage());
        }
    }

    /**
     * The history's rows and the bytes of the scripts they name, on {@code engine} (its placeholders differ); null
     * when a migration failed, a script is missing or the history does not end at {@link Migrations#LATEST}.
     */
    private static String digest(Connection c, Engine engine) throws SQLException {
        CRC32 crc = new CRC32();
        crc.update(engine.name().getBytes(StandardCharsets.UTF_8));
        long length = 0;
        int latest = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HISTORY)) {
            while (rs.next()) {
                if (!rs.getBoolean(7)) {
                    return null;
                }
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= 6; column++) {
                    row.append(rs.getString(column)).append('|');
                }
                crc.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                if (rs.getString(2) != null) {
                    latest = Math.max(latest, Integer.parseInt(rs.getString(2)));
                    byte[] script = script(rs.getString(5));
                    if (script == null) {
                        return null;
                    }
                    crc.update(script);
                    length += script.length;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return latest == Migrations.LATEST ? Long.toHexString(crc.getValue()) + "-" + length : null;
    }

    private static byte[] script(String name) {
        try (InputStream in = MigrationCheck.class.getResourceAsStream("/db/migration/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
