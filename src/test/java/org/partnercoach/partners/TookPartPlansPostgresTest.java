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
 * Who took part in a week besides their moves, read on PostgreSQL: the week's contacts and introductions through
 * the indexes by time of V65, where the indexes by partner left PostgreSQL to read every row the server ever stored.
 */
@DisplayName("Who said they know someone, asked or agreed to introduce in a week is read by index on PostgreSQL")
class TookPartPlansPostgresTest {

    private static final long GUILD = 1001;
    private static final int PARTNERS = 400;
    private static final int ROWS = 20_000;
    private static final Instant WEEK_END = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant WEEK_START = WEEK_END.minus(7, ChronoUnit.DAYS);

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("20,000 contacts and 20,000 introductions over three years: the week's read by index, no table scan")
    void weekReadByIndex() {
        // 400 partners; 20,000 contacts and 20,000 introductions over three years, one in 100 in the week
        WeekOfRows.postgresPartners(db, GUILD, PARTNERS, WEEK_END);
        String when = WeekOfRows.POSTGRES;
        db.write(c -> Database.update(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
                + " SELECT ?, 1 + x % ?, x, " + when + " FROM generate_series(1, ?) AS x", GUILD, PARTNERS,
                WEEK_END, WEEK_END, ROWS));
        db.write(c -> Database.update(c, "INSERT INTO partner_intros (guild_id, partner_id, requester_id, helper_id,"
                + " status, asked_at, answered_at) SELECT ?, 1 + x % ?, 100000 + x, 200000 + x,"
                + " CASE WHEN x % 3 = 0 THEN 'WILL_INTRODUCE' ELSE 'ASKED' END, " + when + ","
                + " CASE WHEN x % 3 = 0 THEN " + when + " END FROM generate_series(1, ?) AS x", GUILD, PARTNERS,
                WEEK_END, WEEK_END, WEEK_END, WEEK_END, ROWS));
        Postgres.analyze(db, "partner_contacts", "partner_intros");

        String contacts = Postgres.explain(db, PartnerHistory.CONTACTS_SAID, GUILD, WEEK_START, WEEK_END);
        String asked = Postgres.explain(db, PartnerHistory.INTROS_ASKED, GUILD, WEEK_START, WEEK_END);
        String agreed = Postgres.explain(db, PartnerHistory.INTROS_AGREED, GUILD, Intro.Status.WILL_INTRODUCE.name(), WEEK_START,
                WEEK_END);

        assertThat(contacts).contains("partner_contacts_by_time").doesNotContain("Seq Scan")
                .doesNotContain("Rows Removed by Filter");
        assertThat(asked).contains("partner_intros_by_asked").doesNotContain("Seq Scan")
                .doesNotContain("Rows Removed by Filter");
        assertThat(agreed).contains("partner_intros_by_answer").doesNotContain("Seq Scan")
                .doesNotContain("Rows Removed by Filter");
        // and the week's members are those found: 200 contacts, 200 askers, 66 helpers who agreed
        List<Long> said = db.read(c -> Database.list(c, PartnerHistory.CONTACTS_SAID, rs -> rs.getLong(1), GUILD,
                WEEK_START, WEEK_END));
        List<Long> agreedBy = db.read(c -> Database.list(c, PartnerHistory.INTROS_AGREED, rs -> rs.getLong(1), GUILD,
                Intro.Status.WILL_INTRODUCE.name(), WEEK_START, WEEK_END));
        assertThat(said).hasSize(200);
        assertThat(agreedBy).hasSize(66);
    }
}
