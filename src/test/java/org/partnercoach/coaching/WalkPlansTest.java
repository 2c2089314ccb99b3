package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;

/**
 * How H2 finds a member's open walk in another server, from its own EXPLAIN ANALYZE: through the member's own walks,
 * where the walks' other indexes lead by server and it read every walk of every server (a DM line typed when the
 * server the member's DMs go with has no walk open).
 */
@DisplayName("A member's open walk elsewhere is read through their own walks")
class WalkPlansTest {

    private static final int WALKS = 2_000;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("2,000 walks of 1,000 members in two servers: the member's two are read, not all of them")
    void openWalkElsewhereByMember() {
        // GIVEN 1,000 members with a walk open in each of two servers
        db.write(c -> Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key,"
                + " status, started_at, updated_at) SELECT 1000 + MOD(x, 2), 1 + x / 2, 'five-tips', 0, 'q1', 'ACTIVE',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(0, " + (WALKS - 1) + ") AS r(x)"));

        String plan = H2Plans.explain(db, WalkStore.OPEN_ELSEWHERE, 7L, 1000L);

        assertThat(plan).contains("walks_by_user_status");
        assertThat(H2Plans.scanCount(plan)).isLessThan(10); // 2,000 without it
        // AND it finds member 7's walk in the other server
        java.util.List<Walk> elsewhere = db.read(c -> new WalkStore().openElsewhere(c, 7L, 1000L));
        assertThat(elsewhere).extracting(Walk::guildId).containsExactly(1001L);
        // AND once that walk is paused, it is found all the same, as paused
        db.write(c -> Database.update(c, "UPDATE walks SET status = 'PAUSED' WHERE user_id = 7 AND guild_id = 1001"));
        java.util.List<Walk> paused = db.read(c -> new WalkStore().openElsewhere(c, 7L, 1000L));
        assertThat(paused).extracting(Walk::status).containsExactly(Walk.Status.PAUSED);
    }
}
