package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.TestBot;

@DisplayName("Times are stored and read back as the same instant")
class StoredTimesTest {

    private final Database db = TestBot.freshDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("an instant written as a parameter reads back unchanged, by position and by name, to the microsecond")
    void roundTrip() {
        List<Instant> times = List.of(Instant.parse("2026-11-30T18:22:31.123456Z"),
                Instant.parse("2026-03-08T08:30:00Z"), Instant.parse("2026-11-01T06:30:00Z"),
                Instant.parse("1999-12-31T23:59:59Z"), Instant.parse("2100-01-01T00:00:00Z"));
        for (Instant t : times) {
            Instant byPosition = db.read(c -> Database.list(c, "SELECT CAST(? AS TIMESTAMP)",
                    rs -> Database.instant(rs, 1), t)).get(0);
            Instant byName = db.read(c -> Database.list(c, "SELECT CAST(? AS TIMESTAMP) AS at",
                    rs -> Database.instant(rs, "at"), t)).get(0);
            assertThat(byPosition).isEqualTo(t);
            assertThat(byName).isEqualTo(t);
        }
    }

    @Test
    @DisplayName("a row written at a time finer than a microsecond is found by a read of what is due at that time, "
            + "and reads back as the microsecond it falls in")
    void finerThanAMicrosecond() {
        Instant now = Instant.parse("2026-11-30T18:22:31.123456999Z"); // rounded, .123457: after now
        db.write(c -> Database.update(c, "INSERT INTO storage_jobs (guild_id, name, due_at) VALUES (0, 'job', ?)",
                now));
        List<Instant> due = db.read(c -> Database.list(c, "SELECT due_at FROM storage_jobs WHERE due_at <= ?",
                rs -> Database.instant(rs, 1), now));
        assertThat(due).containsExactly(Instant.parse("2026-11-30T18:22:31.123456Z"));
    }

    @Test
    @DisplayName("an empty time stays empty")
    void nullStaysNull() {
        List<Instant> read = db.read(c -> Database.list(c, "SELECT CAST(NULL AS TIMESTAMP) AS at",
                rs -> java.util.Arrays.asList(Database.instant(rs, 1), Database.instant(rs, "at")))).get(0);
        assertThat(read).containsExactly(null, null);
    }

    @Test
    @DisplayName("a stored time of day means what java.sql.Timestamp read from it, also where clocks change")
    void readsAsTimestampDid() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        // an ordinary time, the hour the clocks skipped in spring, the hour they went through twice in autumn
        for (String stored : List.of("2026-06-01T12:00", "2026-03-08T02:30", "2026-11-01T01:30",
                "2026-11-30T18:22:31.123456")) {
            LocalDateTime time = LocalDateTime.parse(stored);
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(chicago));
            calendar.clear();
            calendar.set(time.getYear(), time.getMonthValue() - 1, time.getDayOfMonth(), time.getHour(),
                    time.getMinute(), time.getSecond());
            Instant expected = calendar.toInstant().plusNanos(time.getNano());
            assertThat(Database.instantOf(time, chicago)).as(stored).isEqualTo(expected);
        }
        assertThat(Database.instantOf(null, chicago)).isNull();
    }
}
