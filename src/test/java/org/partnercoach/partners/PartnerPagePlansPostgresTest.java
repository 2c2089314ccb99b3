package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * A partner's page rows on PostgreSQL ({@code /partner show}'s one read of its touchpoints, who knows someone there,
 * its introductions and who waits for one): each part a range of its table's index by partner, where a scan would
 * read every server's rows of four tables on each page shown.
 */
@DisplayName("A partner's page reads only that partner's rows on PostgreSQL")
class PartnerPagePlansPostgresTest {

    private static final int PARTNERS = 400;
    private static final int ROWS = 20_000;
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    /** Partner 77, of server 1002 (each partner's server is 1001 + its id % 4). */
    private static final long PARTNER = 77;
    private static final long GUILD = 1002;

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("20,000 rows in each of the page's four tables: one partner's rows read by its indexes, no table scan")
    void pageReadByIndex() {
        seed();

        String plan = Postgres.explain(db, PartnerPageStore.ROWS, GUILD, PARTNER, 3, GUILD, PARTNER, GUILD, PARTNER,
                GUILD, PARTNER);

        // each part a range of its table's index by server and partner, newest first for the touchpoints
        assertThat(plan).contains("Index Scan Backward using partner_touchpoints_by_partner on partner_touchpoints")
                .contains("on partner_contacts_by_guild").contains("on partner_intro_waits_by_partner")
                .doesNotContain("Seq Scan");
        assertThat(count(plan, "on partner_intros_by_partner ")).as(plan).isEqualTo(1);
        assertThat(count(plan, "Index Cond: ((guild_id = '" + GUILD + "'::bigint) AND (partner_id = '" + PARTNER
                + "'::bigint))")).as(plan).isEqualTo(4);
        // what a filter leaves out, if anything, is among the partner's own 50 rows, no more
        assertThat(Pattern.compile("Rows Removed by Filter: (\\d+)").matcher(plan).results()
                .map(m -> Integer.parseInt(m.group(1)))).as(plan)
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(ROWS / PARTNERS));

        // and the page shows partner 77's rows: its 3 latest touchpoints, newest first; the 50 members who know
        // someone there, first said first; its 6 latest introductions, a request replaced by a later one of the same
        // member to the same helper left out, each request of a former member its own line; the 50 waiting, first
        // come first
        PartnerPageStore.Rows rows = db.read(c -> new PartnerPageStore().of(c, GUILD, PARTNER, 3,
                PartnerView.INTROS_SHOWN));
        assertThat(rows.recent()).extracting(Touchpoint::id).containsExactly(76L, 476L, 876L);
        assertThat(rows.recent()).extracting(Touchpoint::happenedAt).containsExactly(NOW.minusSeconds(76 * 60),
                NOW.minusSeconds(476 * 60), NOW.minusSeconds(876 * 60));
        List<Long> said = LongStream.iterate(19_676, x -> x >= 76, x -> x - PARTNERS).boxed().toList();
        assertThat(rows.knowSomeone()).hasSize(50).containsExactlyElementsOf(said);
        assertThat(rows.intros()).extracting(Intro::id).containsExactly(76L, 476L, 876L, 1276L, 2876L, 4476L);
        assertThat(rows.intros()).extracting(Intro::requesterId).containsExactly(100_000L, 100_001L, 100_002L,
                100_000L, 100_001L, 100_002L);
        assertThat(rows.intros()).extracting(Intro::helperId).containsExactly(200_000L, 200_000L, 200_000L, 0L, 0L,
                0L);
        assertThat(rows.intros().get(1).status()).isEqualTo(Intro.Status.WILL_INTRODUCE);
        assertThat(rows.intros().get(1).answeredAt()).isEqualTo(NOW.minusSeconds(476 * 60).plusSeconds(3600));
        assertThat(rows.intros()).filteredOn(i -> i.id() != 476).extracting(Intro::status)
                .containsOnly(Intro.Status.ASKED);
        // AND the oldest request, answered "I don't know them well", though older than the 6 listed
        assertThat(rows.notWell()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(19_676L);
            assertThat(i.helperId()).isEqualTo(200_001L);
            assertThat(i.requesterId()).isEqualTo(100_001L);
        });
        assertThat(rows.waits()).extracting(Intro.Wait::requesterId)
                .containsExactlyElementsOf(said.stream().map(x -> 300_000 + x).toList());
    }

    private static int count(String plan, String text) {
        return plan.split(Pattern.quote(text), -1).length - 1;
    }

    /**
     * 400 partners over four servers, with 20,000 rows in each of the page's tables (50 a partner, the k-th of partner
     * p numbered x = p - 1 + 400 k and dated x minutes before now): touchpoints, members who know someone there,
     * introductions (requester 100000 + k % 3; helper 0, a former member, when k % 4 = 3, else 200000; k = 1 agreed;
     * the oldest, k = 49, asked of 200001, who doesn't know them well) and members waiting.
     */
    private void seed() {
        String guildOfPartner = "1001 + (1 + x % " + PARTNERS + ") % 4";
        String partnerOf = "1 + x % " + PARTNERS;
        String k = "(x / " + PARTNERS + ")";
        String minutesBefore = "CAST(? AS TIMESTAMP) - x * INTERVAL '1 minute'";
        db.write(c -> Database.update(c, "INSERT INTO partners (id, guild_id, name, name_key, name_letters, sector,"
                + " stage, created_by, created_at, activity_at) SELECT x, 1001 + x % 4, 'P' || x, 'p' || x, 'p' || x,"
                + " 'food', 'CULTIVATING', 1, ?, ? FROM generate_series(1, ?) AS x", NOW, NOW, PARTNERS));
        db.write(c -> Database.update(c, "INSERT INTO partner_touchpoints (id, guild_id, partner_id, user_id, kind,"
                + " note, happened_at, created_at) SELECT x, " + guildOfPartner + ", " + partnerOf + ", 7 + x % 40,"
                + " 'CALL', 'Called them', " + minutesBefore + ", ? FROM generate_series(1, ?) AS x", NOW, NOW, ROWS));
        db.write(c -> Database.update(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
                + " SELECT " + guildOfPartner + ", " + partnerOf + ", x, " + minutesBefore
                + " FROM generate_series(1, ?) AS x", NOW, ROWS));
        db.write(c -> Database.update(c, "INSERT INTO partner_intros (id, guild_id, partner_id, requester_id,"
                + " helper_id, status, asked_at, answered_at) SELECT x, " + guildOfPartner + ", " + partnerOf + ","
                + " 100000 + " + k + " % 3, CASE WHEN " + k + " % 4 = 3 THEN 0 WHEN " + k + " = 49 THEN 200001"
                + " ELSE 200000 END, CASE WHEN " + k + " = 1 THEN 'WILL_INTRODUCE' WHEN " + k + " = 49 THEN 'NOT_WELL'"
                + " ELSE 'ASKED' END, " + minutesBefore + ","
                + " CASE WHEN " + k + " IN (1, 49) THEN " + minutesBefore + " + INTERVAL '1 hour' END"
                + " FROM generate_series(1, ?) AS x", NOW, NOW, ROWS));
        db.write(c -> Database.update(c, "INSERT INTO partner_intro_waits (id, guild_id, partner_id, requester_id,"
                + " created_at, told_at) SELECT x, " + guildOfPartner + ", " + partnerOf + ", 300000 + x, "
                + minutesBefore + ", NULL FROM generate_series(1, ?) AS x", NOW, ROWS));
        Postgres.analyze(db, "partners", "partner_touchpoints", "partner_contacts", "partner_intros",
                "partner_intro_waits");
    }
}
