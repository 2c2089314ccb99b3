package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Scheduler;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.Engine;
import org.partnercoach.support.Member;
import org.partnercoach.support.Snapshot;
import org.partnercoach.support.TestBot;

/**
 * While it connects to Discord, the bot rehearses its first poll (the partners whose check-in came due, each owner's
 * message queued, claimed, composed and recorded as sent, 25 owners to a transaction rolled back; the quarter's value
 * questions due; all of it twice): the first poll then runs compiled code. A rehearsal must change nothing anyone
 * sees or anything stored, nor ask Discord anything.
 */
@DisplayName("The first poll's rehearsal, while the bot connects")
class FirstPollRehearsalTest {

    /**
     * ana looks after two partners, one of them in the cultivating stage, bea after one; the bot then stays down for
     * 31 days, past the 14-day cadence and into the next quarter (2 April), so that its next poll has check-ins and
     * the new quarter's value question to send.
     */
    private static TestBot withWorkDue() {
        return withWorkDue(TestBot.inMemory());
    }

    private static TestBot withWorkDue(TestBot bot) {
        Member ana = bot.member("ana");
        Member bea = bot.member("bea");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        bea.runs("partner add", "name", "First Baptist Church", "sector", "faith");
        bot.clock().advance(Duration.ofDays(31));
        return bot;
    }

    /**
     * What each message shows its reader, less the numbers the outbox gave its row (in its buttons, its nonce, and the
     * tip picked with them for each partner): the rehearsal's rolled-back rows took numbers too, so a poll after one
     * gives its rows later numbers than a poll without one, as after any transaction rolled back.
     */
    private static List<String> seen(TestBot bot) {
        return bot.messenger().sent().stream().map(s -> s.userId() + " in " + s.guildId() + "/" + s.channelId() + ": "
                + s.reply().cards().stream().map(c -> c.title() + " | " + c.description() + " | "
                        + c.fields().stream().map(Card.Field::name).toList() + " | " + c.footer()).toList()
                + " " + s.reply().rows().stream().map(FirstPollRehearsalTest::labels).toList()
                + (s.reply().ephemeral() ? " (for her eyes)" : "")).toList();
    }

    private static List<String> labels(Row row) {
        if (row instanceof Row.Buttons buttons) {
            return buttons.buttons().stream().map(Button::label).toList();
        }
        return row instanceof Row.Select select ? select.menu().options().stream()
                .map(o -> o.label() + " (" + o.description() + ")").toList() : List.of(row.toString());
    }

    /**
     * Whether the two bots store the same: as many rows in each table, the same rows in all but the outbox's, and in
     * the outbox's the same rows but for their numbers (their nonces come from them).
     */
    private static void storeTheSame(TestBot rehearsed, TestBot plain) {
        assertThat(Snapshot.counts(rehearsed)).isEqualTo(Snapshot.counts(plain));
        assertThat(Snapshot.of(rehearsed).changedSince(Snapshot.of(plain))).isSubsetOf("scheduled_sends");
        assertThat(sendsLessTheirNumbers(rehearsed)).isEqualTo(sendsLessTheirNumbers(plain)).isNotEmpty();
    }

    private static List<String> sendsLessTheirNumbers(TestBot bot) {
        return bot.storedRows().read(c -> Database.list(c, "SELECT guild_id, kind, recipient_id, target_id, payload,"
                + " about, requested_at, due_at, status, attempts, sent_at, delivered_via FROM scheduled_sends"
                + " ORDER BY guild_id, kind, recipient_id, requested_at, payload", rs -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 12; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    return row.toString();
                }));
    }

    @Test
    @DisplayName("the rehearsal stores nothing, sends nothing and asks Discord nothing, with check-ins and a value "
            + "question due")
    void rehearsalChangesNothing() {
        try (TestBot bot = withWorkDue()) {
            Snapshot before = Snapshot.of(bot);
            Database.Usage used = bot.app().database().usage();

            bot.app().scheduler().rehearse().join();

            assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
            assertThat(bot.app().database().usage().since(used).commits()).as("commits").isZero();
            assertThat(bot.messenger().sent()).isEmpty();
            assertThat(bot.messenger().membershipQuestions()).isEmpty();
        }
    }

    @Test
    @DisplayName("on a bot's file, the rehearsal ends with commits of its own, on H2 only (its commit path run before"
            + " the poll's), and still stores nothing anyone reads")
    void commitsOnAnH2File(@TempDir Path dir) {
        try (TestBot bot = withWorkDue(TestBot.onFile(dir))) {
            Snapshot before = Snapshot.of(bot);
            Database.Usage used = bot.app().database().usage();

            bot.app().scheduler().rehearse().join();

            assertThat(bot.app().database().usage().since(used).commits()).as("commits")
                    .isEqualTo(TestBot.engine() == Engine.H2 ? 90 : 0);
            assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
            long left = bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM commit_rehearsals",
                    rs -> rs.getLong(1))).orElseThrow();
            assertThat(left).as("rehearsed rows left").isZero();
            assertThat(bot.messenger().sent()).isEmpty();
        }
    }

    @Test
    @DisplayName("on a bot's file with nothing due yet, the rehearsal makes no commits: its first poll has nothing to"
            + " record, and the file gains no dead space from the start")
    void noCommitsWithNothingDue(@TempDir Path dir) {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
            ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
            // a week on: the 14-day check-ins are not due, nor within the day a message takes in early
            bot.clock().advance(Duration.ofDays(7));
            Database.Usage used = bot.app().database().usage();

            bot.app().scheduler().rehearse().join();

            // (with check-ins due, the same bot's rehearsal commits 90 times: commitsOnAnH2File)
            assertThat(bot.app().database().usage().since(used).commits()).as("commits").isZero();
            assertThat(bot.messenger().sent()).isEmpty();
        }
    }

    @Test
    @DisplayName("the first poll after a rehearsal sends and stores what it would have without one")
    void pollAfterRehearsalIsThePoll() {
        try (TestBot plain = withWorkDue(); TestBot rehearsed = withWorkDue()) {
            rehearsed.app().scheduler().rehearse().join();

            int sentPlain = plain.app().scheduler().runDue();
            int sentRehearsed = rehearsed.app().scheduler().runDue();

            // ana's check-in for both her partners, her value question, and bea's check-in
            assertThat(sentRehearsed).isEqualTo(sentPlain).isEqualTo(3);
            assertThat(seen(rehearsed)).isEqualTo(seen(plain));
            storeTheSame(rehearsed, plain);
            assertThat(rehearsed.messenger().directTo(rehearsed.member("ana").id())).extracting(s -> s.reply()
                    .plainText()).anySatisfy(text -> assertThat(text).contains("Time to check in",
                    "Eastside Food Bank", "Lincoln High School"))
                    .anySatisfy(text -> assertThat(text).contains("Once a quarter", "Eastside Food Bank"));
        }
    }

    /** Thirty owners with a partner each, all due: more than one part of the rehearsal takes (25). */
    private static TestBot withThirtyOwnersDue() {
        TestBot bot = TestBot.inMemory();
        for (int i = 0; i < 30; i++) {
            bot.member("owner" + i).runs("partner add", "name", "Partner " + i, "sector", "food");
        }
        bot.clock().advance(Duration.ofDays(15));
        return bot;
    }

    @Test
    @DisplayName("with more owners due than one part of the rehearsal takes, every part is rolled back, and the poll "
            + "after it sends and stores what it would have without one")
    void severalParts() {
        try (TestBot plain = withThirtyOwnersDue(); TestBot rehearsed = withThirtyOwnersDue()) {
            Snapshot before = Snapshot.of(rehearsed);

            rehearsed.app().scheduler().rehearse().join();

            assertThat(Snapshot.of(rehearsed).changedSince(before)).isEmpty();
            assertThat(rehearsed.messenger().sent()).isEmpty();
            assertThat(rehearsed.app().scheduler().runDue()).isEqualTo(plain.app().scheduler().runDue())
                    .isEqualTo(30);
            assertThat(seen(rehearsed)).isEqualTo(seen(plain));
            storeTheSame(rehearsed, plain);
        }
    }

    /**
     * ana left the server and her check-in was given up because of it; bea's partner is due. The bot then stays down
     * for two days, past the day after which Discord may be asked whether ana is back.
     */
    private static TestBot withOwnerAway() {
        TestBot bot = TestBot.inMemory();
        Member ana = bot.member("ana");
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.member("bea").runs("partner add", "name", "First Baptist Church", "sector", "faith");
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());
        bot.advance(Duration.ofDays(14).plusMinutes(1));
        bot.clock().advance(Duration.ofDays(2));
        return bot;
    }

    @Test
    @DisplayName("an owner who left the server: the rehearsal asks Discord nothing about her, and the poll after it "
            + "asks, sends and stores what it would have without one")
    void ownerAwayIsAskedAboutByThePollAlone() {
        try (TestBot plain = withOwnerAway(); TestBot rehearsed = withOwnerAway()) {
            int asked = rehearsed.messenger().membershipQuestions().size();
            Snapshot before = Snapshot.of(rehearsed);
            Scheduler.Due due = rehearsed.app().scheduler().due(rehearsed.clock().instant());

            rehearsed.app().scheduler().rehearse().join();

            assertThat(rehearsed.messenger().membershipQuestions()).hasSize(asked);
            assertThat(Snapshot.of(rehearsed).changedSince(before)).isEmpty();
            // what the scheduler expects next is what it expected before: the rehearsal left it no hint
            assertThat(rehearsed.app().scheduler().due(rehearsed.clock().instant())).isEqualTo(due);

            assertThat(rehearsed.app().scheduler().runDue()).isEqualTo(plain.app().scheduler().runDue());
            assertThat(seen(rehearsed)).isEqualTo(seen(plain));
            assertThat(rehearsed.messenger().membersAskedAbout()).isEqualTo(plain.messenger().membersAskedAbout());
            storeTheSame(rehearsed, plain);
            // bea's check-in came; ana, still away, got none, and Discord was asked about her once more
            assertThat(rehearsed.messenger().directTo(rehearsed.member("bea").id())).singleElement()
                    .satisfies(s -> assertThat(s.reply().plainText()).contains("First Baptist Church"));
            assertThat(rehearsed.messenger().membershipQuestions()).hasSizeGreaterThan(asked);
        }
    }

    @Test
    @DisplayName("a second rehearsal is the same run as the first, and a bot with nothing due rehearses nothing")
    void onceAndEmpty() {
        try (TestBot bot = TestBot.inMemory()) {
            var first = bot.app().scheduler().rehearse();
            assertThat(bot.app().scheduler().rehearse()).isSameAs(first);
            first.join();
            assertThat(bot.messenger().sent()).isEmpty();
            assertThat(bot.app().scheduler().runDue()).isZero();
        }
    }
}
