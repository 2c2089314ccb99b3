package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
            assertThat(statements(() -> homes.remember(7, 100))).isEqualTo(1);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(statements(() -> homes.remember(7, 200))).isEqualTo(3);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            // another member's home is their own
            homes.remember(8, 100);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            assertThat(homes.homeOf(8)).isEqualTo(100);
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

    private static long statements(Runnable action) {
        long before = Database.statementsRun();
        action.run();
        return Database.statementsRun() - before;
    }
}
