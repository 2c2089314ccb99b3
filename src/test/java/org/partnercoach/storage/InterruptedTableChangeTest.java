package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 adds a column by copying the table and commits each step of the copy as it goes (see
 * {@link InterruptedTableCopies}). Here a JVM runs V58, which adds a column to the partners table that nine other
 * tables point at, and is killed with SIGKILL at points spread across the time that change takes; the bot then opens
 * each file. A kill can leave the copy beside the table, or in its place; before the repair, the first failed the
 * next start with "Table not found", the second bound other tables' rows to a stray copy.
 */
@DisplayName("Killed while H2 adds a column")
class InterruptedTableChangeTest {

    private static final int KILLS = 12;
    private static final int PARTNERS = 30;
    private static final String GO = "GO";

    @TempDir
    Path dir;

    @Test
    @DisplayName("the partners table, killed at any point of V58's copy, opens at the latest version with every "
            + "partner, touchpoint and link between them, and the same schema as a new database")
    void killedWhileAColumnIsAdded() throws Exception {
        Path template = dir.resolve("template");
        MigrationScripts.migrateTo(url(template), "57");
        PartnerRows.add(url(template), PARTNERS, 2, String::valueOf); // each note its partner's number
        shutDown(url(template));
        TreeSet<String> latest = latestSchema();
        // how long the change takes when left alone: the kills fall from half that time to twice it (a killed JVM,
        // just started, runs it slower; before half of it, no copy has been made yet)
        long micros = change(copyOf(template, "untouched"), -1);

        for (int kill = 0; kill < KILLS; kill++) {
            // GIVEN V58 killed at one point of its run
            Path data = copyOf(template, "killed-" + kill);
            change(data, micros / 2 + micros * 3 * kill / (2 * (KILLS - 1)));
            String left = leftBehind(url(data));

            // WHEN the bot opens the file
            Database.open(url(data)).close();

            // THEN it has the latest schema, every row, and the links between them
            try (Connection c = connect(url(data)); Statement s = c.createStatement()) {
                assertThat(schema(c)).as("kill %d, which left %s", kill, left).containsExactlyElementsOf(latest);
                assertThat(MigrationScripts.tables(c)).as("kill %d", kill).noneMatch(t -> t.contains("_COPY_"));
                assertThat(count(s, "SELECT COUNT(*) FROM partners WHERE restored_at IS NULL")).isEqualTo(PARTNERS);
                assertThat(count(s, "SELECT COUNT(*) FROM partner_touchpoints t JOIN partners p "
                        + "ON p.id = t.partner_id AND p.name = 'Partner ' || t.note")).isEqualTo(2 * PARTNERS);
                // a partner removed takes its touchpoints along; a touchpoint of no partner is refused
                s.executeUpdate("DELETE FROM partners WHERE name = 'Partner 1'");
                assertThat(count(s, "SELECT COUNT(*) FROM partner_touchpoints")).isEqualTo(2 * PARTNERS - 2);
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO partner_touchpoints (guild_id, partner_id, "
                        + "user_id, kind, note, happened_at, created_at) VALUES (1, 999, 1, 'call', 'x', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")).as("kill %d, which left %s", kill, left)
                        .isInstanceOf(SQLException.class);
                // a new partner takes the next number
                s.executeUpdate("INSERT INTO partners (guild_id, name, name_key, sector, stage, created_by, "
                        + "created_at, activity_at) VALUES (1, 'New', 'new', 'food', 'RESEARCHING', 1, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                assertThat(count(s, "SELECT id FROM partners WHERE name = 'New'")).isEqualTo(PARTNERS + 1);
            }
        }
    }

    /** Runs V58 in another JVM on {@code data}, killed {@code killAfterMicros} after it begins; -1 lets it end. */
    private static long change(Path data, long killAfterMicros) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                TableChangeChild.class.getName(), url(data), "58").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); !GO.equals(line); line = out.readLine()) {
                assertThat(line).as("the child's output: %s", said).isNotNull();
                said.add(line);
            }
            if (killAfterMicros < 0) {
                String done = out.readLine();
                assertThat(done).as("the child's output: %s", said).startsWith("DONE ");
                child.getOutputStream().close();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                return Long.parseLong(done.substring("DONE ".length()));
            }
            long until = System.nanoTime() + killAfterMicros * 1000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        return killAfterMicros;
    }

    /** What the kill left, for the assertions' messages. */
    private static String leftBehind(String url) throws SQLException {
        try (Connection c = connect(url)) {
            List<String> tables = MigrationScripts.tables(c);
            boolean copy = tables.stream().anyMatch(t -> t.startsWith("partners_COPY_"));
            String left = !copy ? "no copy" : tables.contains("partners") ? "a copy beside the table"
                    : "a copy in the table's place";
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return left;
        }
    }

    private static TreeSet<String> latestSchema() throws SQLException {
        String url = "jdbc:h2:mem:latest-schema;DB_CLOSE_DELAY=-1";
        MigrationScripts.migrateTo(url, String.valueOf(Migrations.LATEST));
        try (Connection c = connect(url)) {
            TreeSet<String> schema = schema(c);
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return schema;
        }
    }

    /** The schema, but for the number H2 puts in the name of a unique constraint's index (it differs by history). */
    private static TreeSet<String> schema(Connection c) throws SQLException {
        TreeSet<String> schema = new TreeSet<>();
        for (String entry : MigrationScripts.schema(c)) {
            schema.add(entry.replaceAll("_INDEX_[0-9A-F]+$", "_INDEX"));
        }
        return schema;
    }

    private Path copyOf(Path template, String name) throws IOException {
        Path data = dir.resolve(name);
        Files.createDirectories(data);
        Files.copy(template.resolve("partner-coach.mv.db"), data.resolve("partner-coach.mv.db"));
        return data;
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("partner-coach").toAbsolutePath();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
    }

    private static void shutDown(String url) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
