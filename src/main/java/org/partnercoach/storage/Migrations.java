package org.partnercoach.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date, safely after a crash. Every migration can run again from any point (see
 * docs/migrations.md), so a migration that a kill stopped half-way (H2 commits each DDL statement as it runs) is
 * simply run again: a failed entry in the history is cleared with Flyway's {@code repair()} first, and on H2 a
 * table copy that a kill left half-done is finished or undone ({@link InterruptedTableCopies}). Released
 * migrations later rewritten into re-runnable forms have new checksums; repair realigns them. Any other mismatch
 * (a migration missing, renamed or of another type) stops start-up. An existing database file is copied aside
 * before pending migrations are applied, so an upgrade can be undone.
 */
final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    static final String LOCATION = "classpath:db/migration";
    /** The highest version in {@link #LOCATION}; a new migration raises it (a test checks that they agree). */
    static final int LATEST = 76;
    /** Versions released before they were made re-runnable: their stored checksums are those of the old text. */
    /** V25 wrote {@code CLOB}, which PostgreSQL lacks; it now names the type with the {@code ${text}} placeholder. */
    static final String REWRITTEN_FOR_POSTGRESQL = "25";
    static final Set<String> RELEASED = Set.of("1", "10", "20", "21", "22", REWRITTEN_FOR_POSTGRESQL);

    private Migrations() {
    }

    /**
     * Migrates the database behind {@code dataSource} to the latest version.
     *
     * @param existingFile the H2 file (without {@code .mv.db}) when the database already existed on disk, else null
     * @return whether Flyway ran: false when nothing it checks had changed since it last passed ({@link MigrationCheck})
     */
    static boolean migrate(DataSource dataSource, Path existingFile, Engine engine) {
        // the usual start: nothing has changed since Flyway last passed, and loading it to say so takes a third of
        // a cold start
        if (MigrationCheck.unchanged(dataSource, engine)) {
            return false;
        }
        // a new database holds no time yet: nothing to convert (storage/UtcTimes)
        Flyway flyway = configure(engine, hasHistory(dataSource) ? java.time.ZoneId.systemDefault() : UTC)
                .dataSource(dataSource)
                .loggers("slf4j")
                // pending migrations are migrate's work, not a validation failure; a newer database is tolerated
                .ignoreMigrationPatterns("*:pending", "*:future")
                .load();
        if (engine == Engine.H2) {
            finishInterruptedCopies(dataSource);
        }
        try {
            ValidateResult result = flyway.validateWithResult();
            if (!result.validationSuccessful) {
                recover(flyway, result);
            }
            MigrationInfo[] pending = flyway.info().pending();
            if (existingFile != null && pending.length > 0) {
                backUp(dataSource, existingFile, pending[0].getVersion().getVersion());
            }
            flyway.migrate();
            MigrationCheck.record(dataSource, engine);
            return true;
        } catch (FlywayException e) {
            throw notBroughtUpToDate(firstLine(e.getMessage()) + becauseOf(e));
        }
    }

    private static void finishInterruptedCopies(DataSource dataSource) {
        try {
            InterruptedTableCopies.repair(dataSource);
        } catch (SQLException e) {
            throw notBroughtUpToDate("a table change that a stop interrupted could not be finished: "
                    + firstLine(e.getMessage()));
        }
    }

    private static DatabaseUnavailableException notBroughtUpToDate(String why) {
        return new DatabaseUnavailableException("the database could not be brought up to date (" + why + "); restore "
                + "the backup in the data folder's backups/ (see docs/migrations.md) or report this");
    }

    /** Flyway as the bot runs it on {@code engine}: the migrations on the class path, the engine's placeholders. */
    static org.flywaydb.core.api.configuration.FluentConfiguration configure(Engine engine) {
        return configure(engine, java.time.ZoneId.systemDefault());
    }

    /** The same, {@code storedTimes} the zone of the times the database holds (V73's placeholder). */
    static org.flywaydb.core.api.configuration.FluentConfiguration configure(Engine engine,
                                                                             java.time.ZoneId storedTimes) {
        return Flyway.configure()
                .locations(LOCATION)
                .placeholders(engine.placeholders(storedTimes));
    }

    private static final java.time.ZoneId UTC = java.time.ZoneId.of(UtcTimes.UTC);

    /** Whether Flyway has a history in the database: no history, a new database (or one killed before it had one). */
    private static boolean hasHistory(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet table = c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", null)) {
            return table.next();
        } catch (SQLException e) {
            return true; // as if it had one: the times are taken as this machine's, as a release before wrote them
        }
    }

    private static void recover(Flyway flyway, ValidateResult result) {
        List<ValidateOutput> invalid = result.invalidMigrations == null ? List.of() : result.invalidMigrations;
        List<ValidateOutput> unsafe = invalid.stream().filter(o -> !recoverable(o)).toList();
        if (invalid.isEmpty() || !unsafe.isEmpty()) {
            String why = unsafe.isEmpty() ? firstLine(result.getAllErrorMessages())
                    : unsafe.stream().map(o -> firstLine(o.errorDetails.errorMessage)).collect(Collectors.joining("; "));
            throw new DatabaseUnavailableException("the database's migration history does not match this version "
                    + "of Partner Coach (" + why + "); run the version that made it, or restore a backup "
                    + "(see docs/migrations.md)");
        }
        log.warn("Recovering the database's migration history before migrating: {}", invalid.stream()
                .map(o -> "V" + o.version + " " + o.errorDetails.errorCode).collect(Collectors.joining(", ")));
        flyway.repair();
    }

    private static boolean recoverable(ValidateOutput output) {
        if (output.errorDetails == null || !(output.errorDetails.errorCode instanceof CoreErrorCode code)) {
            return false;
        }
        return code == CoreErrorCode.FAILED_VERSIONED_MIGRATION
                || code == CoreErrorCode.CHECKSUM_MISMATCH && RELEASED.contains(output.version);
    }

    /** Copies the database to {@code <folder>/backups/<name>-before-V<n>-<time>.zip}, with H2's online backup. */
    static Path backUp(DataSource dataSource, Path file, String nextVersion) {
        Path folder = Backups.folderOf(file);
        // named as Backups prunes the copies before upgrades, keeping the newest few; stamped in UTC as the daily ones
        Path target = folder.resolve(file.getFileName() + Backups.BEFORE_UPGRADE + nextVersion + "-"
                + Backups.STAMP.format(Instant.now()) + Backups.ZIP);
        try {
            Backups.copy(dataSource, target);
        } catch (SQLException | java.io.IOException e) {
            throw new DatabaseUnavailableException("cannot copy the database to " + target + " before upgrading it ("
                    + firstLine(e.getMessage()) + "); free some disk space or let the bot write in " + folder);
        }
        log.info("Copied the database to {} before upgrading it to V{}; to undo the upgrade, restore that copy "
                + "(docs/migrations.md)", target, nextVersion);
        return target;
    }

    /** What the database itself said, when Flyway's own first line does not (a script that failed names no cause). */
    private static String becauseOf(FlywayException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "" : ": " + firstLine(root.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }
}
