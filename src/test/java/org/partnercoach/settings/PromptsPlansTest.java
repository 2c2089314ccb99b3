package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;

/**
 * How H2 finds whether a member was ever asked something in any server (a member with no walk writing to the bot asks
 * it: have they ever begun one?), from its own EXPLAIN ANALYZE: through the member's own rows. The table's key leads
 * by server, and until V63 the read went through every row of every member.
 */
@DisplayName("A member's one-time questions in any server are read through their own rows")
class PromptsPlansTest {

    private static final int MEMBERS = 2_000;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("2,000 members asked three things in two servers: member 77's rows are read, not all 12,000")
    void askedInAnyServerByMember() {
        // GIVEN 2,000 members, each asked three one-time questions in each of two servers
        db.write(c -> Database.update(c, "INSERT INTO settings_prompts (guild_id, user_id, prompt, shown_at)"
                + " SELECT 1000 + MOD(x, 2), 1 + MOD(x / 2, " + MEMBERS + "),"
                + " CASE x / (2 * " + MEMBERS + ") WHEN 0 THEN 'walk-begun' WHEN 1 THEN 'member-zone'"
                + " ELSE 'other' END, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(0, " + (6 * MEMBERS - 1) + ") AS r(x)"));

        String plan = H2Plans.explain(db, Prompts.FIND_IN_ANY_SERVER, 77L, "walk-begun");

        assertThat(plan).contains("settings_prompts_by_member");
        assertThat(H2Plans.scanCount(plan)).isLessThan(10); // 12,000 without it
        // AND the answer is the same: member 77 began a walk, member 5,000 (unknown) did not
        Prompts prompts = new Prompts(db, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
        assertThat(prompts.askedInAnyServer(77L, "walk-begun")).isTrue();
        assertThat(prompts.askedInAnyServer(5_000L, "walk-begun")).isFalse();
    }
}
