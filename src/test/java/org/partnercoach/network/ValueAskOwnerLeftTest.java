package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The quarterly value question and an owner who has left the server")
class ValueAskOwnerLeftTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** ana cultivates the food bank (hers to look after); the clock: 2 March 2026, the first quarter. */
    private Member anaCultivatingTheFoodBank() {
        return NetworkTestSupport.cultivatingTheFoodBank(bot, "ana");
    }

    private List<RecordingMessenger.Sent> valueAsks(Member m) {
        return bot.messenger().directTo(m.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter")).toList();
    }

    private int failedValueSends() {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT COUNT(*) FROM"
                + " scheduled_sends WHERE kind = 'partner-value' AND status = 'FAILED'", rs -> rs.getInt(1)))
                .orElseThrow();
    }

    private String valueLineOfStatus() {
        return bot.coordinator("cora").runs("coach status").text().lines()
                .filter(line -> line.contains("value question")).findFirst().orElse("");
    }

    @Test
    @DisplayName("an owner who left the server before the quarter began is not asked (no DM, no failed send), and "
            + "once a coordinator hands the partner over, its new owner is asked")
    void ownerWhoLeftIsNotAsked() {
        // GIVEN ana looks after the food bank and has left the server (Discord refuses DMs to her, as to anyone it
        // shares no server with)
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());

        // WHEN the second quarter begins
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC

        // THEN no question went to her, and none failed: coordinators are not told her DMs are closed
        assertThat(valueAsks(ana)).isEmpty();
        assertThat(failedValueSends()).isZero();
        assertThat(valueLineOfStatus()).isEmpty();

        // WHEN cora hands the food bank to bea
        Member bea = bot.member("bea");
        bot.coordinator("cora").runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(bea.id()));
        bot.advance(Duration.ofHours(1));

        // THEN bea is asked its value
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
    }

    @Test
    @DisplayName("a question that waited for her quiet hours and then found she had left reads, in /coach status and "
            + "the weekly digest, that she left the server and that the partner can be handed over with /partner "
            + "owner, not that her DMs are closed; she is not asked again")
    void questionFailedBecauseSheLeft() {
        // GIVEN the quarter's question to ana is planned at midnight and held for her quiet hours
        Member ana = anaCultivatingTheFoodBank();
        bot.advance(Duration.ofDays(30).minusHours(14));   // 1 April 2026, 01:00 UTC
        assertThat(valueAsks(ana)).isEmpty();
        // AND before 08:00 she leaves the server, and Discord refuses DMs to her
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());

        // WHEN her quiet hours end
        bot.advance(Duration.ofHours(8));

        // THEN coordinators read that she left and what to do
        assertThat(valueLineOfStatus()).contains("a quarterly value question to <@" + ana.id() + ">",
                "left the server", "/partner owner").doesNotContain("DMs are closed", "allow DMs");
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("digest preview").plainText()).contains("left the server", "/partner owner")
                .doesNotContain("their DMs are closed");

        // AND a week on, she is not tried again
        bot.advance(Duration.ofDays(8));
        assertThat(failedValueSends()).isEqualTo(1);
        assertThat(valueAsks(ana)).isEmpty();
    }

    private int queuedValueQuestionsTo(Member m) {
        return bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM scheduled_sends WHERE kind ="
                + " 'partner-value' AND recipient_id = ?", rs -> rs.getInt(1), m.id())).orElseThrow();
    }

    /** How many times the platform was asked which members of the test server have left. */
    private int membershipQuestions() {
        return (int) bot.messenger().membershipQuestions().stream().filter(g -> g == TestBot.GUILD).count();
    }

    @Test
    @DisplayName("an owner found gone is not asked about every hour while her partner waits for a hand-over: Discord "
            + "is asked about her once, then again only a day later")
    void leaverAskedAboutOnceADay() {
        // GIVEN ana looks after the food bank and has left the server
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());

        // WHEN the second quarter begins (1 April, 00:00 UTC) and the bot plans every hour until 15:00
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC

        // THEN Discord was asked about her once, at the quarter's start
        assertThat(membershipQuestions()).isEqualTo(1);
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(ana.id()));

        // AND not again through the hourly runs of the rest of the day
        for (int hour = 15; hour < 23; hour++) {
            bot.advance(Duration.ofHours(1));
        }
        assertThat(membershipQuestions()).isEqualTo(1);

        // WHEN a day has passed since (2 April, 01:00 UTC)
        bot.advance(Duration.ofHours(2));

        // THEN Discord is asked about her once more, and she is still not asked the question
        assertThat(membershipQuestions()).isEqualTo(2);
        assertThat(valueAsks(ana)).isEmpty();
        assertThat(failedValueSends()).isZero();
    }

    @Test
    @DisplayName("an owner who left, her check-in given up and the quarter's value question due: Discord is asked about "
            + "her once a day for both, not once for each")
    void checkInsAndValueQuestionAskOnce() {
        // GIVEN ana cultivates the food bank and left the server on 2 March; her check-in of 16 March was refused
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());

        // WHEN the second quarter begins (1 April), with its value question for her partner, and three days pass
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        int before = membershipQuestions();
        bot.advance(Duration.ofDays(3));

        // THEN Discord was asked about her once a day
        assertThat(membershipQuestions() - before).isEqualTo(3);
        assertThat(valueAsks(ana)).isEmpty();
        assertThat(failedValueSends()).isZero();
    }

    @Test
    @DisplayName("an owner who comes back to the server after she was found gone is asked within a day")
    void rejoinedOwnerAskedWithinADay() {
        // GIVEN ana, found gone at the second quarter's start (1 April, 00:00 UTC)
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        assertThat(valueAsks(ana)).isEmpty();

        // WHEN she rejoins the server, and a day passes from when she was found gone
        bot.messenger().comesBack(TestBot.GUILD, ana.id());
        bot.advance(Duration.ofHours(10));  // 2 April 2026, 01:00 UTC

        // THEN her question is planned, and she has it when her quiet hours end
        assertThat(queuedValueQuestionsTo(ana)).isEqualTo(1);
        bot.advance(Duration.ofHours(8));   // 2 April 2026, 09:00 UTC
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
    }

    @Test
    @DisplayName("an owner found gone who rejoins and runs a command in the server is asked at the next hourly run, "
            + "not a day after she was found gone")
    void rejoinedOwnerWhoActsAskedAtTheNextRun() {
        // GIVEN ana, found gone at the second quarter's start (1 April, 00:00 UTC)
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        int before = membershipQuestions();

        // WHEN she rejoins the server and runs /partner list there, and the next hourly run comes
        bot.messenger().comesBack(TestBot.GUILD, ana.id());
        ana.runs("partner list");
        bot.advance(Duration.ofHours(1));   // 1 April 2026, 16:00 UTC

        // THEN she has her question, Discord asked about her once, as about any owner whose question is due
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(membershipQuestions() - before).isEqualTo(1);
    }

    @Test
    @DisplayName("a partner of an owner found gone, handed over by a coordinator, is asked of its new owner at the "
            + "next hourly run; Discord is asked about the new owner only")
    void handedOverAskedAtTheNextRun() {
        // GIVEN ana, found gone at the second quarter's start
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC

        // WHEN cora hands the food bank to bea, and the next hourly run comes
        Member bea = bot.member("bea");
        bot.coordinator("cora").runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(bea.id()));
        bot.advance(Duration.ofHours(1));

        // THEN bea is asked its value, and the run asked Discord about bea, not about ana again (the hand-over asked
        // about ana, its owner, once: not to promise her a DM)
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(ana.id()), Set.of(ana.id()),
                Set.of(bea.id()));
    }

    @Test
    @DisplayName("a question another bot process planned while Discord was asked who left is not planned twice, and "
            + "the other owners' questions of that run still go out")
    void questionPlannedMeanwhileElsewhere() {
        // GIVEN ana and bea each cultivate a partner, due at the second quarter's start
        Member ana = anaCultivatingTheFoodBank();
        Member bea = bot.member("bea");
        bea.runs("partner add", "name", "Grace Church", "sector", "faith");
        bea.runs("partner stage", "partner", "Grace Church", "stage", "cultivating");
        // AND while Discord is asked who left, another process plans ana's question (its ask and its DM)
        bot.messenger().whileAsked(() -> bot.storedRows().write(c -> {
            long partner = Database.one(c, "SELECT id FROM partners WHERE name = 'Eastside Food Bank'",
                    rs -> rs.getLong(1)).orElseThrow();
            Instant at = Instant.parse("2026-04-01T00:00:00Z");
            long ask = Database.insert(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind,"
                    + " period_key, asked_at) VALUES (?, ?, ?, 'VALUE', '2026-Q2', ?)", TestBot.GUILD, partner,
                    ana.id(), at);
            return bot.app().outbox().enqueue(c, new org.partnercoach.outbox.ScheduledSend.Draft(TestBot.GUILD,
                    ValueAsks.KIND, ana.id(), ask, "2026-Q2", "Eastside Food Bank", at), at);
        }));

        // WHEN the second quarter begins, and its first planning run asks Discord who left
        bot.advance(Duration.ofDays(30).minusHours(15));   // 1 April 2026, 00:00 UTC

        // THEN that run queued bea's question beside the other process's one for ana, none twice
        assertThat(queuedValueQuestionsTo(ana)).isEqualTo(1);
        assertThat(queuedValueQuestionsTo(bea)).isEqualTo(1);

        // AND once their quiet hours end, ana has her question once, and bea hers
        bot.advance(Duration.ofHours(9));   // 1 April 2026, 09:00 UTC
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Grace Church brings"));
    }

    @Test
    @DisplayName("with 100 owners due who have all left, an hourly planning run after the first asks Discord nothing "
            + "and runs the same statements every hour, no more than a run once the quarter's questions are all out")
    void hundredLeaversStatementsPerRun() {
        // GIVEN 100 members each looking after a partner they are cultivating, added last year, all gone
        seedCultivatedPartners(bot, 100);
        for (long owner = 500; owner < 600; owner++) {
            bot.messenger().leaves(TestBot.GUILD, owner);
        }
        // AND the first planning run has asked Discord about them, once, all together
        bot.jump(Duration.ofHours(1));
        assertThat(bot.messenger().membersAskedAbout()).singleElement().satisfies(asked -> assertThat(asked)
                .hasSize(100));

        // WHEN the bot plans every hour for a few hours
        List<Long> statements = statementsOfHourlyRuns(bot, 5);

        // THEN Discord was not asked again, nothing was queued, and every run ran the same statements
        assertThat(membershipQuestions()).isEqualTo(1);
        assertThat(bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM scheduled_sends WHERE kind ="
                + " 'partner-value'", rs -> rs.getInt(1))).orElseThrow()).isZero();
        assertThat(statements).allSatisfy(n -> assertThat(n).isEqualTo(statements.get(0)));

        // AND no more than in a server where the same 100 owners are members and have had their questions
        try (TestBot asked = TestBot.inMemory()) {
            seedCultivatedPartners(asked, 100);
            asked.jump(Duration.ofHours(1));
            assertThat(asked.messenger().sent()).filteredOn(dm -> dm.reply().plainText().contains("Once a quarter"))
                    .hasSize(100);
            assertThat(statements.get(0)).isLessThanOrEqualTo(statementsOfHourlyRuns(asked, 1).get(0));
        }
    }

    /** The statements each of {@code runs} hourly polls of the bot ran, one after the other. */
    private static List<Long> statementsOfHourlyRuns(TestBot b, int runs) {
        List<Long> statements = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long before = Database.statementsRun();
            b.jump(Duration.ofHours(1));
            statements.add(Database.statementsRun() - before);
        }
        return statements;
    }

    /** {@code count} partners in the cultivating stage, added in 2025, owned by members 500, 501, ... */
    private static void seedCultivatedPartners(TestBot b, int count) {
        // as the bot stores a time: its time of day in UTC
        java.time.LocalDateTime at = java.time.LocalDateTime.parse("2025-11-15T10:00:00");
        b.storedRows().write(c -> {
            Database.begin(c);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO partners (id, guild_id, name, name_key, sector,"
                    + " stage, owner_id, created_by, created_at, activity_at) VALUES (?, ?, ?, ?, 'food',"
                    + " 'CULTIVATING', ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    p.setLong(1, 10_000 + i);
                    p.setLong(2, TestBot.GUILD);
                    p.setString(3, "Partner " + i);
                    p.setString(4, "partner " + i);
                    p.setLong(5, 500 + i);
                    p.setLong(6, 500 + i);
                    p.setObject(7, at);
                    p.setObject(8, at);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }
}
