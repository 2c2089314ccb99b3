package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The weekly digest when Discord does not answer whether its subscribers are still coordinators: the digest still goes
 * out to each of them, and nobody is unsubscribed for Discord's silence.
 */
@DisplayName("The weekly digest when Discord does not answer about its subscribers, through the real Discord client")
class DigestOutageEndToEndTest extends EndToEndTest {

    /** The bot's wait for Discord in this scenario (30 seconds in production), so that it takes seconds. */
    static final Duration DEADLINE = Duration.ofSeconds(4);

    @Override
    Duration sendTimeout() {
        return DEADLINE;
    }

    @Test
    @DisplayName("three subscribers Discord says nothing about: after one wait each gets the digest, and all three "
            + "stay subscribed")
    void digestAfterOneWait() {
        // GIVEN olivia (the owner), cora (Coordinator role) and alice (given the role) subscribed to Tuesday 09:00
        discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00");
        discord.giveRoles(ALICE, World.COORDINATOR_ROLE);
        List<World.Person> subscribers = List.of(OLIVIA, CORA, ALICE);
        subscribers.forEach(p -> assertThat(discord.runs(p, "digest subscribe").message().path("content").asText())
                .as(p.name()).contains("You're subscribed"));

        // AND Discord stops answering whether any of them is a member of the server, with which roles
        FakeRest.MemberHold silent = discord.holdMemberLookups(OLIVIA, CORA, ALICE);
        try {
            // WHEN Tuesday 09:00 comes
            int from = discord.mark();
            clock.advance(Duration.ofHours(18));
            bot.app().scheduler().runDue();

            // THEN each subscriber gets the digest once the bot's wait for Discord has run out
            for (World.Person p : subscribers) {
                String dm = "channels/" + discord.dmChannelOf(p) + "/messages";
                assertThat(discord.awaitRequest(from, "POST", dm).status()).as(p.name()).isEqualTo(200);
            }
            // (that the bot waits once for all of them, not once each, is JdaMessengerTest's: the client sends one
            // lookup of a server at a time, so here only the length of the wait would show it)
            assertThat(silent.held()).as("lookups that reached Discord and were held").isPositive();
        } finally {
            silent.release();
        }

        // AND nobody was unsubscribed for Discord's silence
        assertThat(discord.runs(OLIVIA, "digest status").message().toString()).contains("Subscribers (3)");
    }
}
