package org.partnercoach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * How H2 runs the claim's reads, from its own EXPLAIN ANALYZE: a claim reads one batch of the index, however many
 * rows are due (reading and sorting all of them for every batch made claiming 10,000 due rows take seconds).
 */
@DisplayName("The outbox's claim reads one batch, not every due row")
class OutboxPlansTest {

    private static final Instant T0 = TestBot.START;
    private static final int DUE = 400;
    private static final int BATCH = 20;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("pending rows: the index in order, stopping after the batch")
    void pendingInIndexOrder() {
        Outbox outbox = new Outbox(db, "main");
        db.write(c -> {
            for (int i = 0; i < DUE; i++) {
                outbox.enqueue(c, new ScheduledSend.Draft(TestBot.GUILD, "personal", 7, 0, "Call", "",
                        T0.minus(Duration.ofMinutes(i))), T0);
            }
            return null;
        });
        String plan = explain(Outbox.DUE_IDS, T0);
        assertThat(plan).contains("scheduled_sends_due").contains("index sorted");
        assertThat(H2Plans.scanCount(plan)).isLessThanOrEqualTo(BATCH + 1);
    }

    @Test
    @DisplayName("pending rows of a server that removed the bot are passed over, the servers that removed it read once "
            + "for the statement, not for each row: the index still in order, the batch still the first due rows of "
            + "servers that have the bot")
    void removedServerPassedOver() {
        Outbox outbox = new Outbox(db, "main");
        db.write(c -> {
            for (int i = 0; i < DUE; i++) {
                // the removed server's rows are the oldest
                outbox.enqueue(c, new ScheduledSend.Draft(TestBot.OTHER_GUILD, "personal", 8, 0, "Call", "",
                        T0.minus(Duration.ofDays(30)).minus(Duration.ofMinutes(i))), T0);
                outbox.enqueue(c, new ScheduledSend.Draft(TestBot.GUILD, "personal", 7, 0, "Call", "",
                        T0.minus(Duration.ofMinutes(i))), T0);
            }
            return null;
        });
        new org.partnercoach.storage.MemberHomes(db).botRemoved(TestBot.OTHER_GUILD);

        String plan = explain(Outbox.DUE_IDS, T0);
        assertThat(plan).contains("scheduled_sends_due").contains("index sorted")
                .containsPattern("servers_without_bot\\.tableScan \\*/ /\\* scanCount: 2 \\*/");
        assertThat(H2Plans.scanCount(plan)).isLessThanOrEqualTo(DUE + BATCH + 1);
        assertThat(outbox.claimDue(T0, s -> T0, BATCH).claimed()).hasSize(BATCH)
                .allSatisfy(s -> assertThat(s.guildId()).isEqualTo(TestBot.GUILD));
    }

    @Test
    @DisplayName("lapsed claims: the index in order, stopping after the batch")
    void lapsedInIndexOrder() {
        db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                + " requested_at, due_at, status, claimed_at, claimed_by, attempts, created_at)"
                + " SELECT ?, 'personal', 7, 'Call', ?, ?, 'CLAIMED', ?, 'gone', 1, ? FROM SYSTEM_RANGE(1, " + DUE + ")",
                TestBot.GUILD, T0, T0, T0.minus(Duration.ofHours(1)), T0));
        String plan = explain(Outbox.LAPSED_IDS, T0.minus(Outbox.LEASE));
        assertThat(plan).contains("scheduled_sends_claimed").contains("index sorted");
        assertThat(H2Plans.scanCount(plan)).isLessThanOrEqualTo(BATCH + 1);
    }

    @Test
    @DisplayName("what became of some recipients' last sends: their own rows, looked up by the recipient index")
    void lastSendsOfSomeRecipients() {
        // 40 owners reminded 10 times each, and their 400 personal reminders waiting
        db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                + " requested_at, due_at, status, claimed_at, sent_at, attempts, created_at)"
                + " SELECT ?, 'cultivate', MOD(x, 40), '1', ?, ?, 'SENT', ?, DATEADD('HOUR', -x, CAST(? AS TIMESTAMP)), 1, ?"
                + " FROM SYSTEM_RANGE(1, " + DUE + ") AS r(x)", TestBot.GUILD, T0, T0, T0, T0, T0));
        db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                + " requested_at, due_at, status, created_at) SELECT ?, 'personal', MOD(x, 40), 'Call', ?, ?,"
                + " 'PENDING', ? FROM SYSTEM_RANGE(1, " + DUE + ") AS r(x)", TestBot.GUILD, T0, T0, T0));
        Instant since = T0.minus(Duration.ofDays(30));

        String plan = H2Plans.explain(db, SendHistory.LAST_SENDS, TestBot.GUILD, "cultivate", since, TestBot.GUILD,
                "cultivate", since, TestBot.GUILD, "cultivate", "LEFT_SERVER", new Long[] {3L, 17L});

        // each recipient's rows only (10 each), through the recipient index: not the 800 rows of the table
        assertThat(plan).contains("scheduled_sends_of_recipient");
        java.util.regex.Matcher scans = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan);
        while (scans.find()) {
            assertThat(Integer.parseInt(scans.group(1))).as(plan).isLessThanOrEqualTo(2 * (DUE / 40 + 1));
        }
        java.util.Map<Long, SendHistory.LastSends> last = db.read(c -> new Outbox(db, "main").history().lastSends(c,
                TestBot.GUILD, "cultivate", java.util.List.of(3L, 17L), since));
        assertThat(last).containsOnlyKeys(3L, 17L);
        assertThat(last.get(3L).sent()).isEqualTo(T0.minus(Duration.ofHours(3)));
        assertThat(last.get(3L).failed()).isNull();
    }

    @Test
    @DisplayName("the rest due for the recipients of a full batch: their own rows, looked up by the recipient index")
    void restDueOfSomeRecipients() {
        // 40 members with 10 reminders sent each, 10 waiting and due now, and 100 waiting for later (V55 leaves
        // those out of the read: the index's due time)
        db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                + " requested_at, due_at, status, claimed_at, sent_at, attempts, created_at)"
                + " SELECT ?, 'personal', MOD(x, 40), 'Call', ?, ?, 'SENT', ?, ?, 1, ? FROM SYSTEM_RANGE(1, " + DUE
                + ") AS r(x)", TestBot.GUILD, T0, T0, T0, T0, T0));
        db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                + " requested_at, due_at, status, created_at) SELECT ?, 'personal', MOD(x, 40), 'Call', ?, ?,"
                + " 'PENDING', ? FROM SYSTEM_RANGE(1, " + DUE + ") AS r(x)", TestBot.GUILD, T0, T0, T0));
        Instant later = T0.plus(Duration.ofDays(1));
        db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                + " requested_at, due_at, status, created_at) SELECT ?, 'personal', MOD(x, 40), 'Call', ?, ?,"
                + " 'PENDING', ? FROM SYSTEM_RANGE(1, " + 10 * DUE + ") AS r(x)", TestBot.GUILD, later, later, T0));

        String plan = H2Plans.explain(db, Outbox.REST_DUE_IDS, new Long[] {3L, 17L}, TestBot.GUILD, "personal", T0,
                T0.minus(Outbox.LEASE));

        // each recipient's rows due by now only (20 each), through the recipient index: not their 100 waiting for
        // later, nor the 4,800 rows of the table
        assertThat(plan).contains("scheduled_sends_of_recipient");
        java.util.regex.Matcher scans = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan);
        while (scans.find()) {
            assertThat(Integer.parseInt(scans.group(1))).as(plan).isLessThanOrEqualTo(2 * (2 * DUE / 40 + 1));
        }
        java.util.List<Long> due = db.read(c -> Database.list(c, Outbox.REST_DUE_IDS, rs -> rs.getLong(1),
                new Long[] {3L, 17L}, TestBot.GUILD, "personal", T0, T0.minus(Outbox.LEASE)));
        assertThat(due).hasSize(2 * DUE / 40);
    }

    @Test
    @DisplayName("the servers with messages, read when the bot connects: one index entry per server")
    void serversOneEntryEach() {
        // 400 reminders in each of three servers
        for (long guild : new long[] {TestBot.GUILD, TestBot.OTHER_GUILD, 3003}) {
            db.write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
                    + " requested_at, due_at, status, created_at) SELECT ?, 'personal', x, 'Call', ?, ?, 'PENDING', ?"
                    + " FROM SYSTEM_RANGE(1, " + DUE + ") AS r(x)", guild, T0, T0, T0));
        }

        String plan = H2Plans.explain(db, Outbox.SERVERS);

        java.util.List<Long> servers = db.read(c -> Database.list(c, Outbox.SERVERS, rs -> rs.getLong(1)));
        assertThat(servers).containsExactlyInAnyOrder(TestBot.GUILD, TestBot.OTHER_GUILD, 3003L);
        assertThat(plan).contains("scheduled_sends_of_recipient");
        java.util.regex.Matcher scans = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan);
        while (scans.find()) {
            assertThat(Integer.parseInt(scans.group(1))).as(plan).isLessThanOrEqualTo(5);
        }
    }

    private String explain(String sql, Instant before) {
        return H2Plans.explain(db, sql, before, 1, new Long[] {0L}, BATCH);
    }
}
