package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Messenger.Delivery;
import org.partnercoach.chat.Reply;

/**
 * The bot's own sends through the real client: what reminders, digests and group sessions build on. Their
 * features add their own scenarios (a reminder delivered by DM, a session in a thread) on top of these.
 */
@DisplayName("Sends the bot makes on its own, through the real Discord client")
class MessengerEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("a DM opens the member's DM channel and posts there once, pinging nobody")
    void directMessage() {
        int from = discord.mark();

        Delivery delivery = bot.messenger().sendDirect(ALICE.id(),
                Reply.card(Card.of("Time to check in", "Eastside Food Bank: @everyone it's been 3 weeks")), null);

        assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
        Recorded open = discord.awaitRequest(from, "POST", "users/@me/channels");
        assertThat(open.body().path("recipient_id").asText()).isEqualTo(String.valueOf(ALICE.id()));
        Recorded post = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        assertThat(post.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(delivery.id()).isPositive();
    }

    @Test
    @DisplayName("a DM sent again with the same nonce is the same message: Discord returns the first one")
    void sameNonceSameMessage() {
        int from = discord.mark();

        Delivery first = bot.messenger().sendDirect(ALICE.id(), Reply.text("Call Lincoln High"), "pc77");
        Delivery again = bot.messenger().sendDirect(ALICE.id(), Reply.text("Call Lincoln High"), "pc77");

        assertThat(first.ok()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        Recorded post = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        assertThat(post.body().path("nonce").asText()).isEqualTo("pc77");
        assertThat(post.body().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(discord.dmsOf(ALICE)).hasSize(1);
        // a send without a nonce is a new message each time
        bot.messenger().sendDirect(ALICE.id(), Reply.text("Call Lincoln High"), null);
        assertThat(discord.dmsOf(ALICE)).hasSize(2);
    }

    @Test
    @DisplayName("a member who closed their DMs is reported as such (Discord error 50007), not as a failure")
    void closedDirectMessages() {
        discord.closeDms(ALICE);

        Delivery delivery = bot.messenger().sendDirect(ALICE.id(), Reply.text("A reminder"), null);

        assertThat(delivery.status()).isEqualTo(Delivery.Status.DM_CLOSED);
    }

    @Test
    @DisplayName("a send answered once with 429 is retried by the client and delivered exactly once")
    void rateLimitedOnce() {
        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        discord.rateLimitOnce("POST", dm, 0.0);
        int from = discord.mark();

        Delivery delivery = bot.messenger().sendDirect(ALICE.id(), Reply.text("A reminder"), null);

        assertThat(delivery.ok()).isTrue();
        long attempts = discord.requests().stream().skip(from).filter(r -> r.is("POST", dm)).count();
        long delivered = discord.requests().stream().skip(from).filter(r -> r.is("POST", dm) && r.status() == 200)
                .count();
        assertThat(attempts).isEqualTo(2);
        assertThat(delivered).isEqualTo(1);
    }

    @Test
    @DisplayName("a thread is opened under a channel and the bot posts in it, pinging only who it names")
    void threadAndPost() {
        Delivery thread = bot.messenger().openThread(World.GUILD, World.GENERAL, "Reflection: Eastside Food Bank");
        assertThat(thread.ok()).as(thread.detail()).isTrue();
        int from = discord.mark();

        Delivery post = bot.messenger().post(World.GUILD, thread.id(),
                Reply.text("Question 1: who is missing at our table?").mentioning(Set.of(CORA.id())), null);

        assertThat(post.ok()).as(post.detail()).isTrue();
        Recorded sent = discord.awaitRequest(from, "POST", "channels/" + thread.id() + "/messages");
        assertThat(sent.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(sent.body().path("allowed_mentions").path("users").get(0).asText())
                .isEqualTo(String.valueOf(CORA.id()));
    }

    @Test
    @DisplayName("the threads the bot opened under a channel are found by name from JDA's cache, after a restart too")
    void threadsOpenedBeforeAreFound() throws Exception {
        java.time.Instant since = java.time.Instant.now().minusSeconds(60);
        Delivery thread = bot.messenger().openThread(World.GUILD, World.GENERAL, "Reflection: Westside circle", false);
        assertThat(thread.ok()).as(thread.detail()).isTrue();
        int from = discord.mark();

        assertThat(bot.messenger().threadsOpenedSince(World.GUILD, World.GENERAL, "Reflection: Westside circle",
                false, since)).containsExactly(thread.id());
        // another name, a private thread, a later time, another channel or server: not that one
        assertThat(bot.messenger().threadsOpenedSince(World.GUILD, World.GENERAL, "Reflection: Eastside circle",
                false, since)).isEmpty();
        assertThat(bot.messenger().threadsOpenedSince(World.GUILD, World.GENERAL, "Reflection: Westside circle",
                true, since)).isEmpty();
        assertThat(bot.messenger().threadsOpenedSince(World.GUILD, World.GENERAL, "Reflection: Westside circle",
                false, java.time.Instant.now().plusSeconds(60))).isEmpty();
        assertThat(bot.messenger().threadsOpenedSince(999L, World.GENERAL, "Reflection: Westside circle",
                false, since)).isEmpty();
        // read from the cache: nothing was asked of Discord
        assertThat(discord.requests().subList(from, discord.requests().size())).isEmpty();

        // WHEN the bot starts again THEN Discord's list of open threads brings it back
        stopBot();
        startBot();
        assertThat(bot.messenger().threadsOpenedSince(World.GUILD, World.GENERAL, "Reflection: Westside circle",
                false, since)).containsExactly(thread.id());
    }

    @Test
    @DisplayName("a post to a channel of another server is refused without reaching Discord")
    void postToForeignChannel() {
        int from = discord.mark();

        Delivery post = bot.messenger().post(999L, World.GENERAL, Reply.text("hello"), null);

        assertThat(post.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(discord.requests().subList(from, discord.requests().size())).isEmpty();
    }
    private Optional<Boolean> coordinatorNow(World.Person who) {
        return bot.messenger().isCoordinator(World.GUILD, who.id());
    }

    @Test
    @DisplayName("whether someone is a coordinator now is asked of Discord, member by member, by the rule commands use")
    void coordinatorNow() {
        int from = discord.mark();

        // the owner (Manage Server), cora (the role named Coordinator) and alice (a plain member)
        assertThat(coordinatorNow(OLIVIA)).contains(true);
        assertThat(coordinatorNow(CORA)).contains(true);
        assertThat(coordinatorNow(ALICE)).contains(false);
        Recorded asked = discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + CORA.id());
        assertThat(asked.status()).isEqualTo(200);

        // cora loses the role: Discord's answer now counts, not what the bot saw when she last acted
        discord.giveRoles(CORA);
        assertThat(coordinatorNow(CORA)).contains(false);

        // the server chooses Helpers for its coordinators in /coach setup, and alice gets that role
        discord.runs(OLIVIA, "coach setup", "role", String.valueOf(World.HELPERS_ROLE));
        discord.giveRoles(ALICE, World.HELPERS_ROLE);
        assertThat(coordinatorNow(ALICE)).contains(true);

        // alice leaves the server: Discord answers Unknown Member (10007), which is a no
        int beforeLeaving = discord.mark();
        discord.leave(ALICE);
        assertThat(coordinatorNow(ALICE)).contains(false);
        assertThat(discord.awaitRequest(beforeLeaving, "GET", "guilds/" + World.GUILD + "/members/" + ALICE.id())
                .status()).isEqualTo(404);

        // a server the bot does not know: it cannot tell, and asks nothing
        int beforeForeign = discord.mark();
        assertThat(bot.messenger().isCoordinator(999L, OLIVIA.id())).isEmpty();
        assertThat(discord.requests().subList(beforeForeign, discord.requests().size())).isEmpty();
    }

    @Test
    @DisplayName("when Discord refuses to show a member, whether they are a coordinator is unknown, not a no")
    void coordinatorNowUnknown() {
        assertThat(coordinatorNow(OLIVIA)).contains(true);

        discord.refuseMemberLookups();

        assertThat(coordinatorNow(OLIVIA)).isEmpty();
        assertThat(coordinatorNow(CORA)).isEmpty();
    }
}
