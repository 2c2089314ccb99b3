package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.AppRunner;
import org.partnercoach.support.ChildBot;
import org.partnercoach.support.Postgres;
import org.partnercoach.support.TestBot;

/**
 * The real program, started in a JVM of its own whose time zone is the machine's ({@code TZ}): this JVM's own zone is
 * never changed, as other tests share it.
 */
@DisplayName("The machine's time zone moves no stored time")
class MachineZoneTest {

    /**
     * Times a release before V73 stored in New York; it read each back as the instant it stood for, but for one in
     * the hour the clocks go through twice, which it read as the second (05:30Z, 01:30 in daylight time, as 06:30Z):
     * the conversion keeps what it read, as nothing in the database tells the two apart.
     */
    private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-07-01T13:00:00Z"),
            Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T06:30:00Z"),
            Instant.parse("2027-03-14T07:30:00.123456Z"));

    /** The console keeps the bot's INFO lines (the conversion's among them) off its output, unless told. */
    private static final String LOG_INFO = "-Dpartnercoach.log.level=INFO";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a reminder set for 09:00 on a machine in UTC still comes at 09:00 when the same database is opened "
            + "on a machine in New York, and back in UTC, where it moved to 14:00")
    void reminderKeepsItsTime() throws Exception {
        String url = durableUrl();
        Files.writeString(dir.resolve("set.txt"), "/remind when:tomorrow 9am what:Call Maria timezone:UTC\n:quit\n");
        AppRunner.Result set = program(url, "UTC", "set.txt");
        assertThat(set.exitCode()).as(set.err()).isZero();
        String comes = set.out().lines().filter(l -> l.contains("09:00")).findFirst().orElseThrow(() ->
                new AssertionError("no 09:00 in: " + set.out()));
        assertThat(comes).isNotBlank();

        for (String zone : List.of("America/New_York", "Asia/Kolkata", "UTC")) {
            assertThat(listsReminders(url, zone).out()).as(zone).contains("Call Maria", "09:00")
                    .doesNotContain("14:00", "03:30");
        }
    }

    @Test
    @DisplayName("a new database made on a machine in New York records its times as in UTC: nothing to convert, "
            + "nothing said")
    void newDatabaseOutsideUtc() throws Exception {
        String url = durableUrl();
        AppRunner.Result first = listsReminders(url, "America/New_York");
        assertThat(first.err()).doesNotContain("Converting", "converted");
        try (Database db = Database.open(url)) {
            assertThat(recordedZone(db)).isEqualTo("UTC");
        }
    }

    @Test
    @DisplayName("times a release before V73 stored in New York's time of day are converted once, on the first start "
            + "in New York, to the instants they stood for; a later start in UTC leaves them")
    void convertedOnce() throws Exception {
        String url = durableUrl();
        ZoneId newYork = ZoneId.of("America/New_York");
        // a database of the release before: V72, its times as Timestamps wrote them in New York
        migrateToV72(url);
        try (Connection c = connect(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO storage_jobs (guild_id, name, due_at)"
                     + " VALUES (?, 't', ?)")) {
            for (int i = 0; i < INSTANTS.size(); i++) {
                ps.setLong(1, 1000 + i);
                ps.setObject(2, LocalDateTime.ofInstant(INSTANTS.get(i), newYork));
                ps.executeUpdate();
            }
        }

        for (String zone : List.of("America/New_York", "UTC", "America/New_York")) {
            boolean first = !Files.exists(dir.resolve("config"));
            AppRunner.Result started = listsReminders(url, zone);
            if (first) {
                assertThat(started.err()).contains("Converting every stored time from the time zone America/New_York",
                        "Stored times converted from America/New_York to UTC");
            } else {
                assertThat(started.err()).doesNotContain("Converting");
            }
            try (Database db = Database.open(url)) {
                List<Instant> read = db.read(c -> Database.list(c, "SELECT due_at FROM storage_jobs"
                        + " WHERE guild_id >= 1000 ORDER BY guild_id", rs -> Database.instant(rs, 1)));
                assertThat(read).as("after a start in %s", zone).isEqualTo(INSTANTS.stream()
                        .map(i -> Database.instantOf(LocalDateTime.ofInstant(i, newYork), newYork)).toList());
                assertThat(recordedZone(db)).isEqualTo("UTC");
            }
        }
    }

    @Test
    @DisplayName("a start killed with SIGKILL while it converts leaves every time as it was (or every time "
            + "converted), and the next start converts them once")
    void killedWhileConverting() throws Exception {
        String url = durableUrl();
        ZoneId newYork = ZoneId.of("America/New_York");
        migrateToV72(url);
        int rows = 200_000;
        LocalDateTime first = LocalDateTime.parse("2025-01-01T00:00");
        try (Connection c = connect(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO storage_jobs (guild_id, name, due_at, last_run_at)"
                     + " VALUES (?, 't', ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                ps.setLong(1, 1000 + i);
                ps.setObject(2, first.plusMinutes(7L * i));
                ps.setObject(3, first.plusMinutes(7L * i + 1));
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        Path data = dir.resolve("child");

        try (ChildBot killed = ChildBot.start(data, Map.of("PARTNER_COACH_DB_URL", url, "TZ", "America/New_York",
                "JAVA_TOOL_OPTIONS", LOG_INFO))) {
            long until = System.nanoTime() + 120_000_000_000L;
            while (!killed.err().contains("Converting every stored time") && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(killed.err()).contains("Converting every stored time from the time zone America/New_York");
            killed.process().destroyForcibly();
            killed.process().waitFor();
        }

        // as the kill left it: every time as New York wrote it, the zone still New York; or all of them converted
        String zone;
        List<LocalDateTime> stored;
        try (Connection c = connect(url);
             java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT zone FROM stored_times_zone")) {
                rs.next();
                zone = rs.getString(1);
            }
            stored = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT due_at, last_run_at FROM storage_jobs"
                    + " WHERE guild_id >= 1000 ORDER BY guild_id")) {
                while (rs.next()) {
                    stored.add(rs.getObject(1, LocalDateTime.class));
                    stored.add(rs.getObject(2, LocalDateTime.class));
                }
            }
        }
        assertThat(stored).hasSize(2 * rows);
        List<LocalDateTime> written = new java.util.ArrayList<>();
        List<LocalDateTime> converted = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (long minute : new long[] {7L * i, 7L * i + 1}) {
                LocalDateTime local = first.plusMinutes(minute);
                written.add(local);
                converted.add(LocalDateTime.ofInstant(Database.instantOf(local, newYork), java.time.ZoneOffset.UTC));
            }
        }
        if (zone.equals("UTC")) {
            assertThat(stored).as("converted, all of them").isEqualTo(converted);
        } else {
            assertThat(zone).isEqualTo("America/New_York");
            assertThat(stored).as("none converted").isEqualTo(written);
        }

        // the next start converts what is left to convert, once
        listsReminders(url, "America/New_York");
        try (Database db = Database.open(url)) {
            List<Instant> read = db.read(c -> Database.list(c, "SELECT due_at, last_run_at FROM storage_jobs"
                    + " WHERE guild_id >= 1000 ORDER BY guild_id", rs -> List.of(Database.instant(rs, 1),
                    Database.instant(rs, 2)))).stream().flatMap(List::stream).toList();
            assertThat(read).isEqualTo(converted.stream().map(t -> t.toInstant(java.time.ZoneOffset.UTC)).toList());
        }
    }

    /** A database that outlives the program: an H2 file in the test's folder, or a PostgreSQL one of its own. */
    private String durableUrl() {
        return TestBot.engine() == Engine.H2 ? "jdbc:h2:file:" + dir.resolve("data").resolve("pc").toAbsolutePath()
                : Postgres.emptyDatabase();
    }

    /** The URL as the bot opens it (H2's settings added), for plain JDBC and Flyway. */
    private static String jdbc(String url) {
        return TestBot.engine() == Engine.H2 ? Database.withH2Settings(url) : url;
    }

    /** A database of the release before V73 at {@code url}: migrated to V72, whose times were the machine's. */
    private static void migrateToV72(String url) {
        Migrations.configure(TestBot.engine()).dataSource(jdbc(url), user(), password()).target("72").load().migrate();
    }

    /** A plain JDBC connection to the database, past the bot (which would convert its times). */
    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(jdbc(url), user(), password());
    }

    private static String user() {
        return TestBot.engine() == Engine.H2 ? "sa" : null;
    }

    private static String password() {
        return TestBot.engine() == Engine.H2 ? "" : null;
    }

    /** The zone the database records its stored times in. */
    private static String recordedZone(Database db) {
        return db.read(c -> Database.one(c, "SELECT zone FROM stored_times_zone", rs -> rs.getString(1)))
                .orElseThrow();
    }

    /** The program started on a machine whose zone is {@code zone}, running /reminders list; it exited cleanly. */
    private AppRunner.Result listsReminders(String url, String zone) throws Exception {
        Files.writeString(dir.resolve("list.txt"), "/reminders list\n:quit\n");
        AppRunner.Result listed = program(url, zone, "list.txt");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        return listed;
    }

    /** The program, started in {@code dir} on a machine whose zone is {@code zone}, running {@code script}. */
    private AppRunner.Result program(String url, String zone, String script) throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        if (!Files.exists(config.resolve("partner-coach.yml"))) {
            Files.copy(Path.of("config/partner-coach.yml"), config.resolve("partner-coach.yml"));
            Files.copy(Path.of("config/logback.xml"), config.resolve("logback.xml"));
        }
        Map<String, String> env = new HashMap<>();
        env.put("PARTNER_COACH_DB_URL", url);
        env.put("TZ", zone);
        env.put("JAVA_TOOL_OPTIONS", LOG_INFO);
        return AppRunner.program(dir, env, "--script", script);
    }
}
