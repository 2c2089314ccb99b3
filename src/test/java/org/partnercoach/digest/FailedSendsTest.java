package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.TestBot;

@DisplayName("The list of sends the bot gave up on names each kind of message in plain words")
class FailedSendsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("every kind of message the outbox sends has a name of its own, not \"A message\", so a coordinator "
            + "reading /coach status or the digest knows what failed; a kind added later without one fails here")
    void everyRegisteredKindIsNamed() {
        // GIVEN the bot as wired in production, with every kind of message its outbox sends
        assertThat(bot.app().sendKinds()).contains(WeeklyDigests.KIND, NobodyNotice.KIND, Nudges.KIND);

        // THEN each reads as its own kind of message in the failed-send list
        String unnamed = FailedSends.kindName("a kind nobody registered");
        assertThat(bot.app().sendKinds()).allSatisfy(kind -> assertThat(FailedSends.kindName(kind))
                .as("the failed-send list's name for the kind \"" + kind + "\"").isNotEqualTo(unnamed));
        // AND no two kinds read alike
        assertThat(bot.app().sendKinds().stream().map(FailedSends::kindName)).doesNotHaveDuplicates();
    }
}
