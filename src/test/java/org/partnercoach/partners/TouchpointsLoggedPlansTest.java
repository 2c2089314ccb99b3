package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * The weekly digest's touchpoints, counted by when they were logged (whatever day they are dated), from H2's own
 * EXPLAIN ANALYZE: the week's entries of the index on logging time and member (V74), not every touchpoint the server
 * ever logged.
 */
@DisplayName("The touchpoints logged in a week, and who logged them, are read from the week's index entries alone")
class TouchpointsLoggedPlansTest {

    private static final int PARTNERS = 400;
    private static final int TOUCHPOINTS = 20_000;
    /** One touchpoint in 100 is logged in the week (200), each dated up to 300 days before it was logged. */
    private static final int IN_WEEK_EVERY = 100;
    private static final Instant WEEK_END = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant WEEK_START = WEEK_END.minus(7, ChronoUnit.DAYS);

    private final Database db = Database.inMemory();

    @BeforeEach
    void seed() {
        // 400 partners; 20,000 touchpoints logged over the last three years, one in 100 in the week, each dated
        // x % 300 days before it was logged (most of the week's for a day of an earlier week)
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        String logged = WeekOfRows.h2(IN_WEEK_EVERY);
        db.write(c -> Database.update(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
                + " happened_at, created_at) SELECT ?, 1 + MOD(x, " + PARTNERS + "), MOD(x, 700), 'CALL', 'n',"
                + " DATEADD('DAY', -MOD(x, 300), " + logged + "), " + logged + " FROM SYSTEM_RANGE(1, " + TOUCHPOINTS
                + ") AS r(x)", TestBot.GUILD, WEEK_END, WEEK_END, WEEK_END, WEEK_END));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("20,000 touchpoints over three years: who logged in the week, and how many, keep to the week's 200 "
            + "index entries")
    void weekEntriesOnly() {
        String logged = H2Plans.explain(db, PartnerHistory.LOGGED, TestBot.GUILD, WEEK_START, WEEK_END);
        String count = H2Plans.explain(db, PartnerHistory.LOGGED_COUNT, TestBot.GUILD, WEEK_START, WEEK_END);

        assertThat(logged).contains("partner_touchpoints_by_logged_user");
        assertThat(H2Plans.scanCount(logged)).as(logged).isLessThanOrEqualTo(TOUCHPOINTS / IN_WEEK_EVERY + 1);
        assertThat(count).contains("partner_touchpoints_by_logged_user");
        assertThat(H2Plans.scanCount(count)).as(count).isLessThanOrEqualTo(TOUCHPOINTS / IN_WEEK_EVERY + 1);
    }

    @Test
    @DisplayName("the week's count and members are those logged in it, whatever day they are dated")
    void loggedInTheWeek() {
        PartnerHistory history = new PartnerHistory(db, new PartnerStore(), new Sectors(List.of()),
                new GapsReport(new Sectors(List.of())));

        PartnerHistory.Week week = history.loggedWeek(TestBot.GUILD, WEEK_START, WEEK_END);

        // 200 logged in the week (x = 100, 200, ... 20,000), by members x % 700; most dated in earlier weeks
        assertThat(week.touchpoints()).isEqualTo(200);
        assertThat(week.activeMembers()).contains(100L, 600L, 500L).doesNotContain(101L);
        assertThat(history.touchpointsLoggedBetween(TestBot.GUILD, List.of(WEEK_START, WEEK_END))).containsExactly(200);
        // the report's reading, by the day they happened, is another count
        assertThat(history.week(TestBot.GUILD, WEEK_START, WEEK_END).touchpoints()).isNotEqualTo(200);
    }
}
