package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * How H2 finds a server's first walk (the weekly digest counts from when the coalition began), from its own EXPLAIN
 * ANALYZE: the first entry of the index on start. A {@code MIN(started_at)} with the server in its condition read
 * every walk of the server.
 */
@DisplayName("A server's first walk is read from the first entry of the index on start")
class FirstWalkPlansTest {

    private static final int WALKS = 5_000;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("5,000 walks: one entry read, and the earliest start is found")
    void firstStarted() {
        // GIVEN 5,000 members' walks, one of them begun two years back
        db.write(c -> Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key,"
                + " status, started_at, updated_at) SELECT ?, x, 'five-tips', 0, 'q1', 'ACTIVE',"
                + " DATEADD('DAY', CASE WHEN x = 4321 THEN -730 ELSE -MOD(x, 200) END, CURRENT_TIMESTAMP),"
                + " CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, " + WALKS + ") AS r(x)", TestBot.GUILD));

        String plan = H2Plans.explain(db, WalkActivity.FIRST_STARTED, TestBot.GUILD);

        assertThat(H2Plans.scanCount(plan)).as(plan).isLessThanOrEqualTo(2); // 5,000 with MIN
        Instant twoYearsBack = db.read(c -> Database.one(c, "SELECT MIN(started_at) FROM walks",
                rs -> Database.instant(rs, 1))).orElseThrow();
        Optional<Instant> first = db.read(c -> Database.one(c, WalkActivity.FIRST_STARTED,
                rs -> Database.instant(rs, 1), TestBot.GUILD));
        assertThat(first).contains(twoYearsBack);
    }
}
