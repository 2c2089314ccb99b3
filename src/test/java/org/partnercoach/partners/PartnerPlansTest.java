package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * How H2 reads partners, from its own EXPLAIN ANALYZE: a page of {@code /partner list} filtered by sector and stage in
 * order from the index, stopping after it (it read and sorted every partner of that sector and stage); partners by id
 * one key lookup each (a slice of 25 reminders reads its 500 partners at once, and {@code id = ANY(?)} made H2 test
 * the rows it found against the whole list).
 */
@DisplayName("Partners are read through their indexes: a filtered page, partners by id")
class PartnerPlansTest {

    private static final int PARTNERS = 400;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("sector and stage: the index in order, stopping after the page")
    void filteredPageInIndexOrder() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        PartnerStore.Filter filter = new PartnerStore.Filter(Stage.CULTIVATING, "food", null);

        String plan = H2Plans.explain(db, PartnerStore.pageStatement(filter), TestBot.GUILD, "CULTIVATING", "food",
                TestBot.GUILD, "CULTIVATING", "food", PartnerBrowser.PAGE_SIZE, PartnerBrowser.PAGE_SIZE);

        // the page itself (after the count of all that match, which the same index answers alone)
        String page = plan.substring(plan.lastIndexOf("FROM \"public\".\"partners\""));
        assertThat(page).contains("partners_by_sector_stage_activity").contains("index sorted");
        assertThat(H2Plans.scanCount(page)).isLessThanOrEqualTo(2 * PartnerBrowser.PAGE_SIZE + 1);
        // the newest first, as before, with how many match in all
        PartnerStore.Page newest = db.read(c -> new PartnerStore().page(c, TestBot.GUILD, filter, 3, 0));
        assertThat(newest.partners()).extracting(Partner::id).containsExactly(400L, 399L, 398L);
        assertThat(newest.matching()).isEqualTo(PARTNERS);
    }

    @Test
    @DisplayName("a suggestion's names and former names: one range of each index, in one statement")
    void suggestionWithFormerNames() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        H2Plans.partners(db, TestBot.GUILD + 1, 0);
        db.write(c -> Database.update(c, "INSERT INTO partner_former_names (guild_id, partner_id, name, renamed_at)"
                + " SELECT ?, x, 'Old P' || x, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 3) AS r(x)", TestBot.GUILD));

        String plan = H2Plans.explain(db, PartnerStore.startingWithOrOnceCalledStatement(), TestBot.GUILD, "p12",
                "p12" + Character.MAX_VALUE, "p12", 25, TestBot.GUILD, TestBot.GUILD, "p12", "p12" + Character.MAX_VALUE, 25);

        // H2 plans the union inside the query over it (Database.overUnion) on its own, and prints that plan after it
        plan = plan.substring(plan.indexOf("\"united\" /*")).replaceAll("FROM public\\.([a-z_]+)",
                "FROM \"public\".\"$1\"");
        // the names starting with it: one range of the unique (server, name key) index, 11 rows of the 400 (when
        // each was last restored is a column of its own since V58: no look at its stage changes)
        String read = plan.substring(0, plan.indexOf("UNION ALL"));
        assertThat(plan).doesNotContain("partner_stage_changes");
        String now = read.substring(read.indexOf("FROM \"public\".\"partners\""));
        assertThat(now).contains("partners_unique_name_INDEX").contains("name_key >= ?2");
        assertThat(H2Plans.scanCount(now)).isLessThanOrEqualTo(12);
        // the former names: the server's range of their index, each partner by its primary key
        String before = plan.substring(plan.indexOf("FROM \"public\".\"partner_former_names\""),
                plan.lastIndexOf("UNION ALL"));
        assertThat(before).contains("partner_former_names_by_server").contains("PRIMARY_KEY");
        assertThat(H2Plans.scanCount(before)).isLessThanOrEqualTo(4);
        // the names whose letters start with it: one range of the letters' index, 11 rows of the 400
        String letters = plan.substring(plan.lastIndexOf("UNION ALL"));
        assertThat(letters).contains("partners_by_name_letters").contains("name_letters >= ?");
        assertThat(H2Plans.scanCount(letters)).isLessThanOrEqualTo(12);
    }

    @Test
    @DisplayName("a name spelled like another (V59): one lookup of the index of the names' letters, not a read of the "
            + "server's partners")
    void spelledAlike() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);

        String plan = H2Plans.explain(db, PartnerStore.SPELLED_ALIKE, TestBot.GUILD, "p12", "p 12");

        assertThat(plan).contains("partners_by_name_letters");
        assertThat(H2Plans.scanCount(plan)).isLessThanOrEqualTo(2);
    }

    @Test
    @DisplayName("names spelled like others, several at once (Check and add's): one lookup of the index of the names' "
            + "letters each, not a read of the server's partners")
    void spelledAlikeAtOnce() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);

        String plan = H2Plans.explain(db, PartnerStore.LETTERS_LISTED, new String[] {"p12", "p77", "nobody"},
                TestBot.GUILD);

        assertThat(plan).contains("partners_by_name_letters");
        assertThat(plan.substring(plan.indexOf("\"partners\" \"p\""))).doesNotContain("scanCount: " + PARTNERS);
        java.util.Map<String, Partner> read = db.read(c -> new PartnerStore().spelledAlike(c, TestBot.GUILD,
                List.of("p12", "p77", "nobody")));
        assertThat(read).containsOnlyKeys("p12", "p77");
        assertThat(read.get("p77").name()).isEqualTo("P77");
        // another server's partners are not read
        java.util.Map<String, Partner> elsewhere = db.read(c -> new PartnerStore().spelledAlike(c,
                TestBot.GUILD + 1, List.of("p12")));
        assertThat(elsewhere).isEmpty();
    }

    @Test
    @DisplayName("three partners of a server with 400 are three lookups, each once even when asked twice")
    void byKey() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);

        String plan = H2Plans.explain(db, PartnerStore.BY_IDS, new Long[] {5L, 77L, 390L}, TestBot.GUILD);

        assertThat(plan).contains("PRIMARY_KEY").contains(": id = wanted.id");
        assertThat(plan.substring(plan.indexOf("\"partners\" \"p\""))).doesNotContain("scanCount: " + PARTNERS);
        List<Partner> read = db.read(c -> new PartnerStore().byIds(c, TestBot.GUILD, List.of(5L, 77L, 390L, 77L)));
        assertThat(read).extracting(Partner::name).containsExactlyInAnyOrder("P5", "P77", "P390");
        // another server's ids are not found
        List<Partner> elsewhere = db.read(c -> new PartnerStore().byIds(c, TestBot.GUILD + 1, List.of(5L)));
        assertThat(elsewhere).isEmpty();
    }

    @Test
    @DisplayName("a partner's page rows (touchpoints, contacts, introductions, waits): one range of each table's index "
            + "by partner, in one statement")
    void pageRows() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        // every partner has 4 touchpoints, 2 members who know someone there, 3 introductions asked (all at the same
        // moment: the latest id first) and 2 waits
        db.write(c -> {
            Database.update(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
                    + " happened_at, created_at) SELECT ?, 1 + MOD(x, ?), 7, 'CALL', 'Called', DATEADD('MINUTE', x,"
                    + " CURRENT_TIMESTAMP), CURRENT_TIMESTAMP FROM SYSTEM_RANGE(0, ?) AS r(x)", TestBot.GUILD,
                    PARTNERS, 4 * PARTNERS - 1);
            Database.update(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
                    + " SELECT ?, 1 + MOD(x, ?), 10 + x / ?, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(0, ?) AS r(x)",
                    TestBot.GUILD, PARTNERS, PARTNERS, 2 * PARTNERS - 1);
            Database.update(c, "INSERT INTO partner_intros (guild_id, partner_id, requester_id, helper_id, status,"
                    + " asked_at) SELECT ?, 1 + MOD(x, ?), 20 + x / ?, 10, 'ASKED', CURRENT_TIMESTAMP"
                    + " FROM SYSTEM_RANGE(0, ?) AS r(x)", TestBot.GUILD, PARTNERS, PARTNERS, 3 * PARTNERS - 1);
            Database.update(c, "INSERT INTO partner_intro_waits (guild_id, partner_id, requester_id, created_at)"
                    + " SELECT ?, 1 + MOD(x, ?), 30 + x / ?, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(0, ?) AS r(x)",
                    TestBot.GUILD, PARTNERS, PARTNERS, 2 * PARTNERS - 1);
            return null;
        });

        String plan = H2Plans.explain(db, PartnerPageStore.ROWS, TestBot.GUILD, 77L, 3, TestBot.GUILD, 77L,
                TestBot.GUILD, 77L, TestBot.GUILD, 77L);
        // each part a range of an index by partner (the touchpoints' by the key to their partner, newest first from
        // it), reading that partner's rows only: 4 touchpoints (3 kept), 2 contacts, 3 introductions, 2 waits
        assertThat(plan).contains("public.partner_touchpoints /* public.CONSTRAINT_INDEX_F: partner_id = ?2 */")
                .contains("partner_contacts_by_guild: guild_id = ?4 AND partner_id = ?5")
                .contains("partner_intros_by_partner: guild_id = ?6 AND partner_id = ?7")
                .contains("partner_intro_waits_by_partner: guild_id = ?8 AND partner_id = ?9");
        assertThat(java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan).results()
                .map(m -> Integer.parseInt(m.group(1)))).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(11));
        PartnerPageStore.Rows rows = db.read(c -> new PartnerPageStore().of(c, TestBot.GUILD, 77L, 3,
                PartnerView.INTROS_SHOWN));
        assertThat(rows.recent()).hasSize(3).extracting(Touchpoint::happenedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.knowSomeone()).containsExactly(10L, 11L);
        assertThat(rows.intros()).extracting(Intro::requesterId).containsExactly(22L, 21L, 20L);
        assertThat(rows.waits()).extracting(Intro.Wait::requesterId).containsExactly(30L, 31L);
    }
}
