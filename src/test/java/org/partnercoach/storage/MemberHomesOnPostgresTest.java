package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.OnPostgres;
import org.partnercoach.support.TestBot;

@OnPostgres
class MemberHomesOnPostgresTest extends MemberHomesTest {

    @Test
    @DisplayName("a command in the member's home server leaves its transaction without a write (no WAL flush at commit)")
    void sameHomeIsNoWrite() {
        try (Database db = TestBot.freshDatabase()) {
            MemberHomes homes = new MemberHomes(db);
            homes.remember(7, 100);
            // as the router runs it: inside the command's transaction
            String sameHome = db.write(c -> {
                homes.remember(7, 100);
                return Database.one(c, "SELECT CAST(txid_current_if_assigned() AS VARCHAR)",
                        rs -> String.valueOf(rs.getString(1))).orElseThrow();
            });
            String moved = db.write(c -> {
                homes.remember(7, 200);
                return Database.one(c, "SELECT CAST(txid_current_if_assigned() AS VARCHAR)",
                        rs -> String.valueOf(rs.getString(1))).orElseThrow();
            });
            assertThat(moved).as("moving home is a write").isNotEqualTo("null");
            assertThat(sameHome).isEqualTo("null");
        }
    }

    @Test
    @DisplayName("moved by another bot process: a command in the first one's server moves it back")
    void movedByAnotherProcess() {
        try (Database db = TestBot.freshDatabase()) {
            // two processes of one bot, each with its own memory, on one database (docs/scaling.md)
            MemberHomes first = new MemberHomes(db);
            MemberHomes second = new MemberHomes(db);
            knownAt(first, 7, 100);

            second.remember(7, 200);
            assertThat(first.homeOf(7)).isEqualTo(200);

            first.remember(7, 100);
            assertThat(second.homeOf(7)).as("the member's DMs continue where they last used a command")
                    .isEqualTo(100);
        }
    }
}
