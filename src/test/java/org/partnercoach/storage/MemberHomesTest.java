package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.digest.DigestFeature;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.support.TestBot;

/**
 * The server a member's DMs belong to, remembered on every server command: a read, and a write only when the member
 * moved to another server (a write on every command would be a disk sync on every command).
 */
@DisplayName("A member's home server")
class MemberHomesTest {

    @Test
    @DisplayName("is remembered and replaced by another server; a command in the home server only reads")
    void rememberedAndReplaced() {
        try (Database db = TestBot.freshDatabase()) {
            MemberHomes homes = new MemberHomes(db);
            assertThat(homes.homeOf(7)).isZero();

            // a new home: the read, the write, and the server's mark of having removed the bot cleared, if any
            assertThat(statements(() -> homes.remember(7, 100))).isEqualTo(3);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            // the next command there reads it (the write's transaction might have been rolled back)...
            assertThat(statements(() -> homes.remember(7, 100))).isEqualTo(1);
            // ...and later ones read nothing where the database is this process's alone (an H2 file); on PostgreSQL
            // another process may have moved it since, so each reads it
            assertThat(statements(() -> homes.remember(7, 100)))
                    .isEqualTo(db.engine().sharedByProcesses() ? 1 : 0);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(statements(() -> homes.remember(7, 200))).isEqualTo(3);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            // straight back to the first server: moved back
            homes.remember(7, 100);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            homes.remember(7, 200);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            // another member's home is their own
            homes.remember(8, 100);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            assertThat(homes.homeOf(8)).isEqualTo(100);
        }
    }

    @Test
    @DisplayName("moved by a command whose transaction is rolled back: stays where it was, and the next command in the "
            + "other server moves it")
    void movedInARolledBackCommand() {
        try (Database db = TestBot.freshDatabase()) {
            MemberHomes homes = new MemberHomes(db);
            knownAt(homes, 7, 100);

            // a command in server 200 that fails after its home was written, as the router runs it: in its transaction
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(c -> {
                homes.remember(7, 200);
                throw new IllegalStateException("the command failed");
            })).hasMessageContaining("the command failed");
            assertThat(homes.homeOf(7)).isEqualTo(100);

            // the next command there, and one more, keep it there
            homes.remember(7, 200);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            homes.remember(7, 200);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            // and back in 100 it moves back
            homes.remember(7, 100);
            assertThat(homes.homeOf(7)).isEqualTo(100);
        }
    }

    @Test
    @DisplayName("in a command's transaction: on PostgreSQL its read goes with the command's first query, in one round "
            + "trip; whatever the command reads or writes first, it sees the member's new home")
    void readWithTheCommandsFirstQuery() {
        try (Database db = TestBot.freshDatabase()) {
            MemberHomes homes = new MemberHomes(db);
            knownAt(homes, 7, 100);
            boolean shared = db.engine().sharedByProcesses();
            String home = "SELECT guild_id FROM member_home WHERE user_id = ?";

            // a command in the home server whose first statement is a query: the home is read with it on
            // PostgreSQL, and nothing is read on H2, where this process keeps what it read
            long[] trips = new long[1];
            long statements = statements(() -> db.write(c -> {
                long before = Database.roundTrips();
                homes.remember(7, 100);
                long read = Database.one(c, home, rs -> rs.getLong(1), 7L).orElseThrow();
                trips[0] = Database.roundTrips() - before;
                return read;
            }));
            assertThat(trips[0]).as("round trips").isEqualTo(1);
            assertThat(statements).isEqualTo(shared ? 2 : 1);

            // a command in another server whose first query reads the home: it sees the new one
            long seen = db.write(c -> {
                homes.remember(7, 200);
                return Database.one(c, home, rs -> rs.getLong(1), 7L).orElseThrow();
            });
            assertThat(seen).isEqualTo(200);
            // whose first statement writes: the home is written before it
            int deleted = db.write(c -> {
                homes.remember(7, 300);
                return Database.update(c, "DELETE FROM member_home WHERE user_id = ? AND guild_id = ?", 7L, 300L);
            });
            assertThat(deleted).as("the new home was there to delete").isEqualTo(1);
            // whose first query locks rows: the read goes alone before it
            knownAt(homes, 7, 100);
            long locked = db.write(c -> {
                homes.remember(7, 400);
                return Database.one(c, home + " FOR UPDATE", rs -> rs.getLong(1), 7L).orElseThrow();
            });
            assertThat(locked).isEqualTo(400);
            // that reads nothing at all: remembered all the same
            db.write(c -> {
                homes.remember(7, 500);
                return null;
            });
            assertThat(homes.homeOf(7)).isEqualTo(500);

            // that fails before its first query: nothing is written, and nothing is left waiting for this thread's
            // next work
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(c -> {
                homes.remember(7, 600);
                throw new IllegalStateException("the command failed");
            })).hasMessageContaining("the command failed");
            assertThat(statements(() -> db.write(c -> Database.one(c, home, rs -> rs.getLong(1), 7L))))
                    .isEqualTo(1);
            assertThat(homes.homeOf(7)).isEqualTo(500);
        }
    }

    @Test
    @DisplayName("forgotten in its server: the next command there makes it the home again")
    void forgottenThenRemembered() {
        try (Database db = TestBot.freshDatabase()) {
            MemberHomes homes = new MemberHomes(db);
            knownAt(homes, 7, 100);

            homes.forget(100, 7);
            assertThat(homes.homeOf(7)).isZero();

            homes.remember(7, 100);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(homes.export(100, 7).toString()).contains("guild_id=100");
        }
    }

    @Test
    @DisplayName("of a server that removed the bot: kept, no longer a home; back when the server adds the bot again "
            + "or the member uses another server; exported and forgotten with that server")
    void serverRemovedTheBot() {
        try (Database db = TestBot.freshDatabase()) {
            MemberHomes homes = new MemberHomes(db);
            homes.remember(7, 100);
            homes.remember(8, 200);

            homes.botRemoved(100);
            assertThat(homes.homeOf(7)).isZero();
            assertThat(homes.homeRemovedBot(7)).isTrue();
            assertThat(homes.homeOf(8)).as("another server's member").isEqualTo(200);
            assertThat(homes.homeRemovedBot(8)).isFalse();
            assertThat(homes.export(100, 7).toString()).contains("guild_id=100");

            homes.botAdded(100);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(homes.homeRemovedBot(7)).isFalse();

            // added back while the bot was down, so it never heard: a command there by someone whose home it was
            // not shows it has the bot
            homes.botRemoved(100);
            homes.remember(8, 100);
            assertThat(homes.homeRemovedBot(7)).isFalse();
            assertThat(homes.homeOf(7)).isEqualTo(100);

            homes.botRemoved(100);
            homes.remember(7, 200);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            assertThat(homes.homeRemovedBot(7)).isFalse();

            homes.remember(7, 100);
            homes.botRemoved(100);
            homes.forget(200, 7);
            assertThat(homes.homeRemovedBot(7)).as("forgotten in another server: kept").isTrue();
            homes.forget(100, 7);
            assertThat(homes.homeRemovedBot(7)).isFalse();
            assertThat(homes.export(100, 7).toString()).isEqualTo("[]");
        }
    }

    @Test
    @DisplayName("on connecting: a server it has data of that Discord no longer lists removed the bot while it was "
            + "down, though the bot knows it only by a digest set up or a reminder waiting; one listed (available or "
            + "not) has it again; another shard's servers are left as they are; every table is read in one statement")
    void connecting() {
        try (Database db = TestBot.freshDatabase()) {
            // GIVEN homes in servers 100 and 200, server 300 known only by its weekly digest, 600 only by a reminder
            // waiting in the outbox, 400 marked as having removed the bot, and 500 of another shard, whose process
            // notes its own servers
            MemberHomes homes = new MemberHomes(db, java.util.List.of(DigestFeature.SERVERS, Outbox.SERVERS));
            homes.remember(7, 100);
            homes.remember(8, 200);
            homes.botRemoved(400);
            digestSetUp(db, 300);
            digestSetUp(db, 500);
            Outbox outbox = new Outbox(db, "main");
            Instant now = Instant.parse("2026-03-02T15:00:00Z");
            db.write(c -> outbox.enqueue(c, new ScheduledSend.Draft(600, "personal", 9, 0, "Call Lincoln High", "",
                    now.plusSeconds(3600)), now));
            // and 700 by three reminders, 100 by one: each server once
            for (long guild : new long[] {700, 700, 100, 700}) {
                db.write(c -> outbox.enqueue(c, new ScheduledSend.Draft(guild, "personal", 9, 0, "Call the clinic",
                        "", now.plusSeconds(3600)), now));
            }

            // WHEN the bot connects and Discord lists 100 and 400 (400 added the bot back while it was down; 500 is
            // another shard's, missing from this shard's list)
            long statements = statements(() -> homes.botIn(java.util.Set.of(100L, 400L), g -> g != 500));

            // THEN 200, 300, 600 and 700 are marked, 400 is cleared, 100 and 500 are as they were: in one read and
            // two writes
            assertThat(removed(db)).containsExactly(200L, 300L, 600L, 700L);
            assertThat(homes.homeRemovedBot(8)).isTrue();
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(statements).as("the known servers read, then one statement each way").isEqualTo(3);

            // WHEN it connects again in all of them, every mark goes; nothing of theirs was deleted
            homes.botIn(java.util.Set.of(100L, 200L, 300L, 400L, 500L, 600L, 700L), g -> true);
            assertThat(removed(db)).isEmpty();
            assertThat(homes.homeOf(8)).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("takes from other packages only a read of guild_id from their tables")
    void otherListsAreReadsOfServers() {
        try (Database db = TestBot.freshDatabase()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MemberHomes(db,
                    java.util.List.of("DELETE FROM partners"))).isInstanceOf(IllegalArgumentException.class);
            // a list read through an index is taken only as serversByIndex wrote it
            String byIndex = MemberHomes.serversByIndex("partners");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MemberHomes(db, java.util.List.of(
                    byIndex.replace("SELECT guild_id FROM partners ORDER BY", "SELECT guild_id FROM partners, "
                            + "member_home ORDER BY")))).isInstanceOf(IllegalArgumentException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MemberHomes.serversByIndex("partners; DROP"))
                    .isInstanceOf(IllegalArgumentException.class);
            // several of them make one statement that both engines run
            new MemberHomes(db, java.util.List.of(byIndex, Outbox.SERVERS, DigestFeature.SERVERS)).botIn(
                    java.util.Set.of(), g -> false);
        }
    }

    private static void digestSetUp(Database db, long guildId) {
        db.write(c -> Database.update(c, "INSERT INTO digest_schedules (guild_id, day_of_week, minute_of_day, "
                + "updated_by, updated_at) VALUES (?, 1, 540, 7, ?)", guildId, Instant.parse("2026-03-01T00:00:00Z")));
    }

    private static java.util.List<Long> removed(Database db) {
        return db.read(c -> Database.list(c, "SELECT guild_id FROM servers_without_bot ORDER BY guild_id",
                rs -> rs.getLong(1)));
    }

    private static long statements(Runnable action) {
        long before = Database.statementsRun();
        action.run();
        return Database.statementsRun() - before;
    }

    /**
     * Member {@code userId}'s commands in {@code guildId} so far: the first wrote the home there, the next read it,
     * and where the process keeps homes (an H2 file) it now holds it as read.
     */
    static void knownAt(MemberHomes homes, long userId, long guildId) {
        homes.remember(userId, guildId);
        homes.remember(userId, guildId);
    }
}
