package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A kill can stop any migration after any of its statements (H2 commits each DDL statement as it runs). For every
 * migration on the class path and every prefix of its statements, a database left in that state opens and ends with
 * exactly the schema of a fresh one; whether Flyway wrote no history row (killed) or a failed one (a failed re-run).
 */
@DisplayName("Migrations interrupted at any point")
class MigrationRecoveryTest {

    private static TreeSet<String> latest;

    @BeforeAll
    static void latestSchema() throws SQLException {
        try (Database db = Database.inMemory()) {
            latest = db.read(MigrationScripts::schema);
        }
    }

    static List<Arguments> interruptions() {
        List<Arguments> cases = new ArrayList<>();
        List<MigrationScripts.Script> scripts = MigrationScripts.all();
        for (int i = 0; i < scripts.size(); i++) {
            MigrationScripts.Script script = scripts.get(i);
            String previous = i == 0 ? null : String.valueOf(scripts.get(i - 1).version());
            for (int ran = 0; ran <= script.statements().size(); ran++) {
                cases.add(Arguments.of(script, previous, ran, false));
                cases.add(Arguments.of(script, previous, ran, true));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {2} statement(s) ran, failed history row: {3}")
    @MethodSource("interruptions")
    @DisplayName("a database stopped part-way through a migration opens with the full schema")
    void recovers(MigrationScripts.Script script, String previous, int ran, boolean failedRow) throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(Database.withH2Settings(url), "sa", "")) {
            // GIVEN the earlier migrations applied (or only Flyway's history table, before the first one)
            // (Flyway creates its history table first; with no migrations in sight it creates just that)
            Migrations.configure(Engine.H2).dataSource(Database.withH2Settings(url), "sa", "")
                    .locations(previous == null ? "classpath:db/none" : Migrations.LOCATION)
                    .target(previous == null ? "latest" : previous).load().migrate();
            assertThat(historyExists(keepAlive)).isTrue();

            // AND the next one stopped after `ran` statements
            try (Statement s = keepAlive.createStatement()) {
                for (String statement : script.statements().subList(0, ran)) {
                    s.execute(statement);
                }
            }
            if (failedRow) {
                recordFailure(keepAlive, script);
            }
            // WHEN the bot opens it
            try (Database db = Database.open(url)) {
                // THEN it has every table, column and index of a fresh database, and the history is complete
                assertThat(db.read(MigrationScripts::schema)).isEqualTo(latest);
                List<Integer> applied = db.read(c -> Database.list(c, "SELECT version FROM flyway_schema_history "
                        + "WHERE success AND version IS NOT NULL", rs -> Integer.parseInt(rs.getString(1))));
                assertThat(applied).containsExactlyInAnyOrderElementsOf(MigrationScripts.versions());
            }
        }
    }

    private static boolean historyExists(Connection c) throws SQLException {
        return Database.one(c, "SELECT 1 FROM information_schema.tables WHERE table_name = 'flyway_schema_history'",
                rs -> true).isPresent();
    }

    private static void recordFailure(Connection c, MigrationScripts.Script script) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank, version, "
                + "description, type, script, checksum, installed_by, execution_time, success) "
                + "SELECT COALESCE(MAX(installed_rank), 0) + 1, ?, ?, 'SQL', ?, 0, 'sa', 0, FALSE "
                + "FROM flyway_schema_history")) {
            ps.setString(1, String.valueOf(script.version()));
            ps.setString(2, script.fileName().replaceFirst("^V\\d+__", "").replace(".sql", "").replace('_', ' '));
            ps.setString(3, script.fileName());
            ps.executeUpdate();
        }
    }
}
