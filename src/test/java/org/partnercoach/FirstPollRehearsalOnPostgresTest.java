package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.OnPostgres;
import org.partnercoach.support.TestBot;

@OnPostgres
@DisplayName("The first poll's rehearsal, while the bot connects, on PostgreSQL")
class FirstPollRehearsalOnPostgresTest extends FirstPollRehearsalTest {

    @Test
    @DisplayName("writes are not rehearsed on a database other processes share: their rows would stay locked from "
            + "the others' runs until the rollback")
    void noWritesRehearsed() {
        try (TestBot bot = TestBot.inMemory()) {
            assertThatThrownBy(() -> bot.app().database().rehearseWrites(() -> { }))
                    .hasMessage("a rehearsal of writes on a database other processes share");
        }
    }
}
