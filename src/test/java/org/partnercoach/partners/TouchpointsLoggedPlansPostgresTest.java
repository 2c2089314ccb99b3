package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * The weekly digest's touchpoints, counted by when they were logged, read on PostgreSQL: the week's entries of the
 * index on logging time and member (V74), with no table scan and no row read only to be thrown away.
 */
@DisplayName("The touchpoints logged in a week, and who logged them, are read by index on PostgreSQL")
class TouchpointsLoggedPlansPostgresTest {

    private static final long GUILD = 1001;
    private static final int PARTNERS = 400;
    private static final int ROWS = 20_000;
    private static final Instant WEEK_END = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant WEEK_START = WEEK_END.minus(7, ChronoUnit.DAYS);

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("20,000 touchpoints logged over three years: the week's read by index, no table scan")
    void weekReadByIndex() {
        // 400 partners; 20,000 touchpoints logged over three years, one in 100 in the week, each dated x % 300 days
        // before it was logged
        WeekOfRows.postgresPartners(db, GUILD, PARTNERS, WEEK_END);
        String logged = WeekOfRows.POSTGRES;
        db.write(c -> Database.update(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
                + " happened_at, created_at) SELECT ?, 1 + x % ?, x % 700, 'CALL', 'n', " + logged
                + " - (x % 300) * INTERVAL '1 day', " + logged + " FROM generate_series(1, ?) AS x", GUILD, PARTNERS,
                WEEK_END, WEEK_END, WEEK_END, WEEK_END, ROWS));
        Postgres.analyze(db, "partner_touchpoints");

        String members = Postgres.explain(db, PartnerHistory.LOGGED, GUILD, WEEK_START, WEEK_END);
        String count = Postgres.explain(db, PartnerHistory.LOGGED_COUNT, GUILD, WEEK_START, WEEK_END);

        assertThat(members).contains("partner_touchpoints_by_logged_user").doesNotContain("Seq Scan")
                .doesNotContain("Rows Removed by Filter");
        assertThat(count).contains("partner_touchpoints_by_logged_user").doesNotContain("Seq Scan")
                .doesNotContain("Rows Removed by Filter");
        // and the week's are those logged in it: 200, whatever day they are dated
        List<Integer> counted = db.read(c -> Database.list(c, PartnerHistory.LOGGED_COUNT, rs -> rs.getInt(1), GUILD,
                WEEK_START, WEEK_END));
        assertThat(counted).containsExactly(200);
    }
}
