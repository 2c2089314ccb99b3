package org.partnercoach.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.storage.Database;

/**
 * Where {@code :advance} left the console's clock, kept in the database: a later run goes on from there (or from now,
 * if real time has passed it), so reminders and digests already planned for that future keep their days.
 */
final class ConsoleClock {

    private static final String READ = "SELECT clock_at FROM console_clock WHERE guild_id = ?";
    private static final String FORGET = "DELETE FROM console_clock WHERE guild_id = ?";
    private static final String KEEP = "INSERT INTO console_clock (guild_id, clock_at) VALUES (?, ?)";

    private final Database db;
    private final MovableClock clock;

    ConsoleClock(Database db, MovableClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Moves the clock on to where an earlier run left it, when that is ahead of now: that moment, if it was. */
    Optional<Instant> resume() {
        Optional<Instant> kept = db.read(c -> Database.one(c, READ, rs -> Database.instant(rs, 1),
                ConsoleMembers.GUILD_ID));
        Instant now = clock.instant();
        if (kept.isEmpty() || !kept.get().isAfter(now)) {
            return Optional.empty();
        }
        clock.advance(Duration.between(now, kept.get()));
        return kept;
    }

    /** Keeps where the clock stands now, for the next run. */
    void keep() {
        Instant at = clock.instant();
        db.write(c -> {
            Database.update(c, FORGET, ConsoleMembers.GUILD_ID);
            return Database.update(c, KEEP, ConsoleMembers.GUILD_ID, at);
        });
    }
}
