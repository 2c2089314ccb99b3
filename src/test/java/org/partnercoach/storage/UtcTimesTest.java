package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.TestBot;

@DisplayName("Times stored in a machine's zone by a release before V73 are converted to UTC once, all or none")
class UtcTimesTest {

    @Test
    @DisplayName("a new database records its times as in UTC, and an instant reads back the same whatever the zone "
            + "the machine runs in: it is stored as its time of day in UTC")
    void storedInUtc() {
        try (Database db = TestBot.freshDatabase()) {
            assertThat(UtcTimes.isUtc(zone(db))).isTrue();
            Instant at = Instant.parse("2026-11-01T05:30:00.123456Z");
            db.write(c -> Database.update(c, "INSERT INTO storage_jobs (guild_id, name, due_at) VALUES (7, 't', ?)",
                    at));
            LocalDateTime stored = db.read(c -> Database.one(c, "SELECT due_at FROM storage_jobs WHERE guild_id = 7",
                    rs -> rs.getObject(1, LocalDateTime.class))).orElseThrow();
            assertThat(stored).isEqualTo(LocalDateTime.parse("2026-11-01T05:30:00.123456"));
            List<java.util.Map<String, Object>> rows = db.read(c -> Database.rows(c,
                    "SELECT due_at FROM storage_jobs WHERE guild_id = 7"));
            assertThat(rows).containsExactly(java.util.Map.of("due_at", "2026-11-01T05:30:00.123456Z"));
        }
    }

    @Test
    @DisplayName("each time becomes the instant it was read as where it was written, around every clock change "
            + "(the skipped hour, the hour gone through twice), in zones with daylight saving, half hours, none")
    void convertedAsTheyWereRead() {
        for (String zone : List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata",
                "America/Sao_Paulo", "Pacific/Chatham")) {
            List<LocalDateTime> times = timesAroundChanges(ZoneId.of(zone));
            try (Database db = TestBot.freshDatabase()) {
                insert(db, times, zone);

                UtcTimes.convertOnce(db.dataSource());

                assertThat(zone(db)).isEqualTo("UTC");
                List<Instant[]> read = read(db);
                assertThat(read).hasSize(times.size());
                for (int i = 0; i < times.size(); i++) {
                    Instant expected = Database.instantOf(times.get(i), ZoneId.of(zone));
                    assertThat(read.get(i)[0]).as("%s %s", zone, times.get(i)).isEqualTo(expected);
                    assertThat(read.get(i)[1]).as("%s %s, a second column", zone, times.get(i))
                            .isEqualTo(Database.instantOf(later(times.get(i), zone), ZoneId.of(zone)));
                }
            }
        }
    }

    @Test
    @DisplayName("converted once: a second start finds the times in UTC and leaves them as they are; an empty time "
            + "stays empty")
    void once() {
        try (Database db = TestBot.freshDatabase()) {
            List<LocalDateTime> times = List.of(LocalDateTime.parse("2026-07-01T09:00"));
            insert(db, times, "America/New_York");
            db.write(c -> Database.update(c, "UPDATE storage_jobs SET last_run_at = NULL WHERE guild_id >= 1000"));

            UtcTimes.convertOnce(db.dataSource());
            UtcTimes.convertOnce(db.dataSource());

            Instant[] read = db.read(c -> Database.one(c, "SELECT due_at, last_run_at FROM storage_jobs"
                    + " WHERE guild_id >= 1000", rs -> new Instant[] {Database.instant(rs, 1),
                        Database.instant(rs, 2)})).orElseThrow();
            assertThat(read).containsExactly(Instant.parse("2026-07-01T13:00:00Z"), null);
        }
    }

    @Test
    @DisplayName("a conversion that fails part-way changes nothing: every table keeps its times, the zone stays, and "
            + "the start stops with one line")
    void allOrNone() {
        try (Database db = TestBot.freshDatabase()) {
            List<LocalDateTime> times = List.of(LocalDateTime.parse("2026-07-01T09:00"),
                    LocalDateTime.parse("2026-12-01T09:00"));
            insert(db, times, "America/New_York");
            // a table after every other (they are converted by name) whose times cannot move: the last UPDATE fails
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE zz_fixed_times (id INT PRIMARY KEY, at TIMESTAMP"
                            + " CHECK (at < TIMESTAMP '2026-01-01 03:00:00'))");
                    s.execute("INSERT INTO zz_fixed_times VALUES (1, TIMESTAMP '2026-01-01 00:00:00')");
                }
                return null;
            });
            List<LocalDateTime> before = raw(db);

            assertThatThrownBy(() -> UtcTimes.convertOnce(db.dataSource()))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("the database's stored times could not be converted to UTC (")
                    .hasMessageEndingWith("); nothing was changed: start the bot again, or report this");

            assertThat(raw(db)).isEqualTo(before);
            assertThat(zone(db)).isEqualTo("America/New_York");
        }
    }

    @Test
    @DisplayName("the zone recorded is no part of V73's checksum: a database upgraded in one zone validates in another")
    void checksumWithoutTheZone() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestBot.engine() == Engine.H2, "Flyway's, the same on both");
        String url = Database.withH2Settings("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Migrations.configure(Engine.H2, ZoneId.of("UTC")).dataSource(url, "sa", "").load().migrate();
        var validated = Migrations.configure(Engine.H2, ZoneId.of("America/New_York")).dataSource(url, "sa", "")
                .load().validateWithResult();
        assertThat(validated.validationSuccessful).as(validated.getAllErrorMessages()).isTrue();
    }

    /** Rows of storage_jobs (guild 1000 on), their times of day as {@code zone} wrote them, the zone recorded. */
    private static void insert(Database db, List<LocalDateTime> times, String zone) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO storage_jobs (guild_id, name, due_at,"
                    + " last_run_at) VALUES (?, 't', ?, ?)")) {
                for (int i = 0; i < times.size(); i++) {
                    ps.setLong(1, 1000 + i);
                    ps.setObject(2, times.get(i));
                    ps.setObject(3, later(times.get(i), zone));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Database.update(c, "UPDATE stored_times_zone SET zone = ? WHERE id = 1", zone);
            return null;
        });
    }

    /** What the zone's clock read 90 minutes after {@code time} (as read there): the second column's time. */
    private static LocalDateTime later(LocalDateTime time, String zone) {
        return LocalDateTime.ofInstant(Database.instantOf(time, ZoneId.of(zone)).plus(Duration.ofMinutes(90)),
                ZoneId.of(zone));
    }

    private static List<Instant[]> read(Database db) {
        return db.read(c -> Database.list(c, "SELECT due_at, last_run_at FROM storage_jobs WHERE guild_id >= 1000"
                + " ORDER BY guild_id", rs -> new Instant[] {Database.instant(rs, 1), Database.instant(rs, 2)}));
    }

    private static List<LocalDateTime> raw(Database db) {
        return db.read(c -> Database.list(c, "SELECT due_at FROM storage_jobs WHERE guild_id >= 1000 UNION ALL"
                + " SELECT at FROM zz_fixed_times", rs -> rs.getObject(1, LocalDateTime.class)));
    }

    private static String zone(Database db) {
        return db.read(c -> Database.one(c, "SELECT zone FROM stored_times_zone", rs -> rs.getString(1)))
                .orElseThrow();
    }

    /**
     * Times of day around each clock change from 2019 to 2027 (each side of it, inside the skipped or repeated hour,
     * the change itself), times spread over 2000 to 2027 with microseconds, and the planning turn's 2000-01-01.
     */
    private static List<LocalDateTime> timesAroundChanges(ZoneId zone) {
        List<LocalDateTime> times = new ArrayList<>();
        times.add(LocalDateTime.parse("2000-01-01T00:00"));
        Instant from = Instant.parse("2019-01-01T00:00:00Z");
        for (ZoneOffsetTransition t = zone.getRules().nextTransition(from);
             t != null && t.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z"));
             t = zone.getRules().nextTransition(t.getInstant())) {
            for (LocalDateTime at : List.of(t.getDateTimeBefore(), t.getDateTimeAfter())) {
                for (long seconds : new long[] {-3601, -1800, -1, 0, 1, 900, 1799, 3599, 3600}) {
                    times.add(at.plusSeconds(seconds));
                }
            }
        }
        Random random = new Random(72);
        for (int i = 0; i < 200; i++) {
            times.add(LocalDateTime.parse("2000-01-01T00:00").plusSeconds(random.nextInt(28 * 365 * 86_400))
                    .plusNanos(random.nextInt(1_000_000) * 1_000L));
        }
        return times;
    }
}
