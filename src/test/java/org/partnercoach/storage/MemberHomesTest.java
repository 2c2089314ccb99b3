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

            assertThat(statements(() -> homes.remember(7, 100))).isEqualTo(2);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(statements(() -> homes.remember(7, 100))).isEqualTo(1);
            assertThat(homes.homeOf(7)).isEqualTo(100);
            assertThat(statements(() -> homes.remember(7, 200))).isEqualTo(2);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            // another member's home is their own
            homes.remember(8, 100);
            assertThat(homes.homeOf(7)).isEqualTo(200);
            assertThat(homes.homeOf(8)).isEqualTo(100);
        }
    }

    private static long statements(Runnable action) {
        long before = Database.statementsRun();
        action.run();
        return Database.statementsRun() - before;
    }
}
