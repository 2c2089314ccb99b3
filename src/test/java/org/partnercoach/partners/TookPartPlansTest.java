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
 * Who took part in a week besides their moves (the digest's Active members, the quarter's report), from H2's own
 * EXPLAIN ANALYZE: the week's contacts and introductions read from indexes by time (V65). With indexes by partner
 * only, each read went through every contact and introduction the server ever stored to keep a week's.
 */
@DisplayName("Who said they know someone, asked or agreed to introduce in a week is read from the week's rows alone")
class TookPartPlansTest {

    private static final int PARTNERS = 400;
    private static final int CONTACTS = 20_000;
    private static final int INTROS = 6_000;
    /** One row in 100 falls in the week: 200 contacts, 60 introductions asked, 20 of them agreed in it. */
    private static final int IN_WEEK_EVERY = 100;
    private static final Instant WEEK_END = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant WEEK_START = WEEK_END.minus(7, ChronoUnit.DAYS);

    private final Database db = Database.inMemory();

    @BeforeEach
    void seed() {
        // 400 partners; 20,000 contacts and 6,000 introductions over the last three years, one in 100 in the week;
        // another server's rows all in the week
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        String when = WeekOfRows.h2(IN_WEEK_EVERY);
        db.write(c -> Database.update(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
                + " SELECT ?, 1 + MOD(x, " + PARTNERS + "), x, " + when + " FROM SYSTEM_RANGE(1, " + CONTACTS
                + ") AS r(x)", TestBot.GUILD, WEEK_END, WEEK_END));
        db.write(c -> Database.update(c, "INSERT INTO partner_intros (guild_id, partner_id, requester_id, helper_id,"
                + " status, asked_at, answered_at) SELECT ?, 1 + MOD(x, " + PARTNERS + "), 100000 + x, 200000 + x,"
                + " CASE WHEN MOD(x, 3) = 0 THEN 'WILL_INTRODUCE' ELSE 'ASKED' END, " + when + ","
                + " CASE WHEN MOD(x, 3) = 0 THEN " + when + " END FROM SYSTEM_RANGE(1, " + INTROS + ") AS r(x)",
                TestBot.GUILD, WEEK_END, WEEK_END, WEEK_END, WEEK_END));
        db.write(c -> Database.update(c, "INSERT INTO partners (id, guild_id, name, name_key, name_letters, sector,"
                + " stage, created_by, created_at, activity_at) VALUES (9999, ?, 'Elsewhere', 'elsewhere',"
                + " 'elsewhere', 'food', 'CULTIVATING', 1, ?, ?)", TestBot.OTHER_GUILD, WEEK_END, WEEK_END));
        db.write(c -> Database.update(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
                + " SELECT ?, 9999, 900000 + x, DATEADD('HOUR', -x, CAST(? AS TIMESTAMP)) FROM SYSTEM_RANGE(1, 50) AS r(x)",
                TestBot.OTHER_GUILD, WEEK_END));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("20,000 contacts and 6,000 introductions: each read keeps to the week's rows of its index")
    void weekRowsOnly() {
        String contacts = H2Plans.explain(db, PartnerHistory.CONTACTS_SAID, TestBot.GUILD, WEEK_START, WEEK_END);
        String asked = H2Plans.explain(db, PartnerHistory.INTROS_ASKED, TestBot.GUILD, WEEK_START, WEEK_END);
        String agreed = H2Plans.explain(db, PartnerHistory.INTROS_AGREED, TestBot.GUILD,
                Intro.Status.WILL_INTRODUCE.name(), WEEK_START, WEEK_END);

        // THEN each reads about the week's rows (20,000, 6,000 and 6,000 before V65), from its index by time
        assertThat(contacts).contains("partner_contacts_by_time");
        assertThat(H2Plans.scanCount(contacts)).as(contacts).isLessThanOrEqualTo(CONTACTS / IN_WEEK_EVERY + 1);
        assertThat(asked).contains("partner_intros_by_asked");
        assertThat(H2Plans.scanCount(asked)).as(asked).isLessThanOrEqualTo(INTROS / IN_WEEK_EVERY + 1);
        assertThat(agreed).contains("partner_intros_by_answer");
        assertThat(H2Plans.scanCount(agreed)).as(agreed).isLessThanOrEqualTo(INTROS / IN_WEEK_EVERY / 3 + 1);
    }

    @Test
    @DisplayName("the week's members are found: contacts, askers and those who agreed, no other week's or server's")
    void weekMembers() {
        PartnerHistory history = new PartnerHistory(db, new PartnerStore(), new Sectors(List.of()),
                new GapsReport(new Sectors(List.of())));

        java.util.Set<Long> members = history.knewOrIntroduced(TestBot.GUILD, WEEK_START, WEEK_END);

        // 200 contacts (x = 100, 200, ... 20,000), 60 askers, 20 helpers who agreed (x a multiple of 300)
        assertThat(members).hasSize(200 + 60 + 20);
        assertThat(members).contains(100L, 20_000L, 100_100L, 106_000L, 200_300L, 206_000L)
                .doesNotContain(101L, 100_101L, 200_100L, 900_001L);
    }
}
