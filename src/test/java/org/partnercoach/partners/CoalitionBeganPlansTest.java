package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * How H2 finds when a coalition's list began (the weekly digest says it), from its own EXPLAIN ANALYZE: the first
 * partner added and the first contact logged each read as the first entry of their index. A {@code MIN(...)} with the
 * server in its condition made H2 read every entry of the server's index: every touchpoint the coalition ever logged,
 * 42 ms at 200,000 on each digest, hidden in repeated measurements by H2 handing back its last result.
 */
@DisplayName("When the list began is read from the first entry of each index, not from every partner and contact")
class CoalitionBeganPlansTest {

    private static final int PARTNERS = 400;
    private static final int TOUCHPOINTS = 20_000;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("400 partners and 20,000 touchpoints: one entry read from each index, and the earliest is found")
    void firstEntries() {
        // GIVEN 400 partners (added now) and 20,000 touchpoints, one of them logged three years back, and one dated
        // five years back but logged now (the list began when something was first recorded, as the digest counts)
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        db.write(c -> Database.update(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
                + " happened_at, created_at) SELECT ?, 1 + MOD(x, " + PARTNERS + "), 7, 'CALL', 'n',"
                + " DATEADD('DAY', CASE WHEN x = 12345 THEN -1095 WHEN x = 54 THEN -1825 ELSE -MOD(x, 300) END,"
                + " CURRENT_TIMESTAMP),"
                + " DATEADD('DAY', CASE WHEN x = 12345 THEN -1095 ELSE -MOD(x, 300) END, CURRENT_TIMESTAMP)"
                + " FROM SYSTEM_RANGE(1, " + TOUCHPOINTS + ") AS r(x)", TestBot.GUILD));

        String touch = H2Plans.explain(db, PartnerHistory.FIRST_TOUCH, TestBot.GUILD);
        String added = H2Plans.explain(db, PartnerHistory.FIRST_ADDED, TestBot.GUILD);

        // THEN each reads the first entry of its index (20,000 and 400 with MIN)
        assertThat(H2Plans.scanCount(touch)).as(touch).isLessThanOrEqualTo(2);
        assertThat(H2Plans.scanCount(added)).as(added).isLessThanOrEqualTo(2);
        // AND the list began with the contact logged three years back
        java.time.Instant threeYearsBack = db.read(c -> Database.one(c, "SELECT MIN(created_at) FROM"
                + " partner_touchpoints", rs -> Database.instant(rs, 1))).orElseThrow();
        java.util.Optional<java.time.Instant> first = db.read(c -> Database.one(c, PartnerHistory.FIRST_TOUCH,
                rs -> Database.instant(rs, 1), TestBot.GUILD));
        assertThat(first).contains(threeYearsBack);
    }
}
