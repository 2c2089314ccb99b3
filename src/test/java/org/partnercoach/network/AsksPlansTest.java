package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * The partnership pulse's questions read by what they are about (V66), from H2's own EXPLAIN ANALYZE: the quarter's
 * value questions (the hourly planning), a member's open question (a rating typed in a DM), the server's first
 * question (the quarter's report). With indexes leading by partner only, each read every question the server was
 * ever asked; trust questions pile up for good, one per partner touched every few days.
 */
@DisplayName("The pulse's questions are read by quarter, by member and by time, not all of the server's")
class AsksPlansTest {

    /** 20,000 questions: one in 5 a value question, one in 8 of those this quarter's (500); member 16 has 20. */
    static final int ASKS = 20_000;
    static final String QUARTER = "2026-Q4";
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final String SEED = "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key,"
            + " asked_at) SELECT ?, x, 1 + MOD(x, 1000), CASE WHEN MOD(x, 5) = 0 THEN 'VALUE' ELSE 'TRUST' END,"
            + " CASE WHEN MOD(x, 5) <> 0 THEN 'day-' || MOD(x, 700) WHEN MOD(x, 8) = 7 THEN '" + QUARTER + "'"
            + " ELSE 'older-' || MOD(x, 8) END, DATEADD('DAY', -MOD(x, 700), CAST(? AS TIMESTAMP))"
            + " FROM SYSTEM_RANGE(1, " + ASKS + ") AS r(x)";

    private final Database db = Database.inMemory();

    @BeforeEach
    void seed() {
        db.write(c -> Database.update(c, SEED, TestBot.GUILD, NOW));
        db.write(c -> Database.update(c, SEED, TestBot.OTHER_GUILD, NOW));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("the quarter's value questions: its 500 of the server's 20,000, open or answered")
    void quarter() {
        String asked = H2Plans.explain(db, RatingStore.ASKED_IN, 3, TestBot.GUILD, Aspect.Kind.VALUE, QUARTER);
        String open = H2Plans.explain(db, RatingStore.OPEN_ASKS, TestBot.GUILD, Aspect.Kind.VALUE, QUARTER, 3);

        assertThat(asked).contains("partnership_asks_by_period");
        assertThat(H2Plans.scanCount(asked)).as(asked).isLessThanOrEqualTo(501);
        assertThat(H2Plans.scanCount(open)).as(open).isLessThanOrEqualTo(501);
        List<long[]> rows = db.read(c -> new RatingStore().askedIn(c, TestBot.GUILD, Aspect.Kind.VALUE, QUARTER));
        assertThat(rows).hasSize(500);
    }

    @Test
    @DisplayName("a member's open question, as they type a rating: their own 20, not the server's 20,000")
    void membersOpenQuestion() {
        String plan = H2Plans.explain(db, RatingStore.OPEN_ASK_OF, TestBot.GUILD, 16L, Aspect.Kind.VALUE, QUARTER, 3);

        assertThat(plan).contains("partnership_asks_by_period").contains("rater_id = ?2");
        assertThat(H2Plans.scanCount(plan)).as(plan).isLessThanOrEqualTo(21);
        Optional<RatingStore.Ask> open = db.read(c -> new RatingStore().openAskOf(c, TestBot.GUILD, 16L,
                Aspect.Kind.VALUE, QUARTER));
        assertThat(open).isPresent();
        assertThat(open.orElseThrow().askedAt()).isEqualTo(NOW.minus(15, ChronoUnit.DAYS));
    }

    @Test
    @DisplayName("when the server was first asked: one entry of the index by time")
    void firstAsked() {
        String plan = H2Plans.explain(db, RatingStore.FIRST_ASKED, TestBot.GUILD);

        assertThat(H2Plans.scanCount(plan)).as(plan).isLessThanOrEqualTo(2);
        Optional<Instant> first = db.read(c -> new RatingStore().firstAsked(c, TestBot.GUILD));
        assertThat(first).contains(NOW.minus(699, ChronoUnit.DAYS));
    }
}
