package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.FakeDiscord.AUTOCOMPLETE_RESULT;
import static org.partnercoach.e2e.FakeDiscord.CHANNEL_MESSAGE;
import static org.partnercoach.e2e.FakeDiscord.DEFERRED_CHANNEL_MESSAGE;
import static org.partnercoach.e2e.FakeDiscord.EPHEMERAL;
import static org.partnercoach.e2e.FakeDiscord.UPDATE_MESSAGE;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outreach list through the real Discord client: suggestions while typing, and a deferred command. */
@DisplayName("The outreach list, through the real Discord client")
class PartnersEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("typing a partner's name suggests it, with its id as the value, and the pick opens its page")
    void autocomplete() {
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(ALICE, "partner add", "name", "Lincoln High", "sector", "education");

        // WHEN alice types "east" into the partner option of /partner show
        Recorded suggestions = discord.autocompletes(ALICE, "partner show", "partner", "east");

        // THEN Discord gets the choices callback with the one partner that matches
        assertThat(suggestions.callbackType()).isEqualTo(AUTOCOMPLETE_RESULT);
        JsonNode choices = suggestions.message().path("choices");
        assertThat(choices).hasSize(1);
        assertThat(choices.get(0).path("name").asText()).isEqualTo("Eastside Food Bank · Food and nutrition · Researching");

        // WHEN she picks it: Discord sends the choice's value, the partner's id
        Recorded ack = discord.runs(ALICE, "partner show", "partner", choices.get(0).path("value").asText());

        // THEN she sees the partner's page, privately ("thinking…" at once, while Discord is asked who left)
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.answerTo(ack).message().path("embeds").get(0).path("title").asText())
                .isEqualTo("Eastside Food Bank");
    }

    @Test
    @DisplayName("handing a partner to a bot account (as Discord marks it) is refused kindly, and the owner stays")
    void ownerCannotBeABot() {
        // GIVEN alice looks after the food bank
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN she picks the bot itself as its new owner
        Recorded ack = discord.runs(ALICE, "partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(World.BOT));
        Recorded refused = discord.answerTo(ack);

        // THEN she is told, privately, that a bot can't look after a partner and whom to pick instead
        assertThat(refused.message().path("content").asText()).contains("A bot can't look after a partner",
                "Pick a member of the coalition", "Nothing was changed");
        // ("thinking…" first, privately: Discord may be asked whether an owner left)
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        // AND the partner is still hers: its page names her
        Recorded page = discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        assertThat(page.message().toString()).contains("<@" + ALICE.id() + ">")
                .doesNotContain("<@" + World.BOT + ">");
    }

    @Test
    @DisplayName("a member asking to be handed a partner whose owner left the server is answered after \"thinking…\", "
            + "once Discord was asked about the owner only, and pointed to a coordinator")
    void takeOverFromOwnerWhoLeft() {
        // GIVEN olivia looks after the food bank, and has left the server
        discord.runs(World.OLIVIA, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.leave(World.OLIVIA);
        int from = discord.mark();

        // WHEN alice, a plain member, names herself as its new owner
        Recorded ack = discord.runs(ALICE, "partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(ALICE.id()));

        // THEN Discord is told "thinking..." at once, privately, and asked about olivia, not alice
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + World.OLIVIA.id())
                .status()).isEqualTo(404);
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("GET", "guilds/" + World.GUILD
                + "/members/" + ALICE.id()))).isEmpty();
        // AND the answer edited in says olivia left and a coordinator can hand it over; it stays olivia's
        assertThat(discord.answerTo(ack).message().path("content").asText()).contains("<@" + World.OLIVIA.id()
                + ">, who looks after “Eastside Food Bank”, has left the server, so only a coordinator can hand it to "
                + "you.")
                .doesNotContain("only they or a coordinator");
        assertThat(discord.answer(CORA, "partner show", "partner", "Eastside Food Bank").message().toString())
                .contains("<@" + World.OLIVIA.id() + "> (has left the server");
    }

    @Test
    @DisplayName("a member archiving a partner whose owner left the server is answered after \"thinking…\", once "
            + "Discord was asked about the owner only, and pointed to a coordinator; the partner stays on the list")
    void archiveOfAPartnerWhoseOwnerLeft() {
        // GIVEN olivia looks after the food bank, and has left the server
        discord.runs(World.OLIVIA, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.leave(World.OLIVIA);
        int from = discord.mark();

        // WHEN alice, a plain member, says the coalition has moved on from it
        Recorded ack = discord.runs(ALICE, "partner archive", "partner", "Eastside Food Bank");

        // THEN Discord is told "thinking..." at once, privately, and asked about olivia, not alice
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + World.OLIVIA.id())
                .status()).isEqualTo(404);
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("GET", "guilds/" + World.GUILD
                + "/members/" + ALICE.id()))).isEmpty();
        // AND the answer edited in says olivia left and to ask a coordinator, never to ask her
        assertThat(discord.answerTo(ack).message().path("content").asText()).isEqualTo("<@" + World.OLIVIA.id()
                + ">, who looks after “Eastside Food Bank”, has left the server, so only a coordinator can archive "
                + "it. Ask one: they can also hand it to a member with `/partner owner`. Meanwhile you can still log "
                + "touchpoints with `/partner log`.");
        assertThat(discord.answer(CORA, "partner show", "partner", "Eastside Food Bank").message().toString())
                .contains("Researching");
    }

    @Test
    @DisplayName("a coordinator archiving a partner whose owner left the server is answered after \"thinking…\", once "
            + "Discord was asked about the owner only; the answer says she left instead of promising her a DM, and "
            + "no DM to her is tried")
    void coordinatorArchivesAPartnerWhoseOwnerLeft() {
        // GIVEN olivia looks after the food bank, and has left the server
        discord.runs(World.OLIVIA, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.leave(World.OLIVIA);
        int from = discord.mark();

        // WHEN cora, a coordinator, says the coalition has moved on from it
        Recorded ack = discord.runs(CORA, "partner archive", "partner", "Eastside Food Bank", "reason",
                "Closed for winter");

        // THEN Discord is told "thinking..." at once, and asked about olivia, not cora
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + World.OLIVIA.id())
                .status()).isEqualTo(404);
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("GET", "guilds/" + World.GUILD
                + "/members/" + CORA.id()))).isEmpty();
        // AND the answer edited in says olivia left, and how to hand it to someone who is here
        assertThat(discord.answerTo(ack).message().path("content").asText()).contains("<@" + World.OLIVIA.id()
                + ">, who looks after it, has left the server, so I won't DM them: `/partner owner` hands it to "
                + "someone who is here.").doesNotContain("by DM");
        // AND the outbox, run, opens no DM channel to her
        bot.app().scheduler().runDue();
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", "users/@me/channels")
                && r.body().path("recipient_id").asText().equals(String.valueOf(World.OLIVIA.id())))).isEmpty();
    }

    @Test
    @DisplayName("Delete for good pressed by the one who looks after the partner takes the confirm's place at once; "
            + "pressed by a coordinator demoted since, on a partner whose owner then left, it says \"thinking…\", "
            + "asks Discord about the owner only, and points to a coordinator; the partner stays")
    void deleteForGoodAsksOnlyWhenItMustRefuse() {
        // GIVEN alice looks after the food bank and the youth club, and is shown the delete's confirm for the club
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(ALICE, "partner add", "name", "Youth Club", "sector", "youth");
        discord.answerTo(discord.runs(ALICE, "partner delete", "partner", "Youth Club"));

        // WHEN she presses Delete for good on her own partner THEN the answer takes the confirm's place at once
        Recorded deleted = discord.presses(ALICE, "Delete for good");
        assertThat(deleted.callbackType()).isEqualTo(UPDATE_MESSAGE);
        assertThat(deleted.message().path("content").asText()).startsWith("Deleted “Youth Club”");

        // WHEN cora, a coordinator, is shown the food bank's confirm; alice leaves, cora loses the role, and presses
        discord.answerTo(discord.runs(CORA, "partner delete", "partner", "Eastside Food Bank"));
        discord.leave(ALICE);
        discord.giveRoles(CORA);
        int from = discord.mark();
        Recorded ack = discord.presses(CORA, "Delete for good");

        // THEN "thinking…", privately; Discord is asked about alice, and the refusal says she left
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + ALICE.id())
                .status()).isEqualTo(404);
        assertThat(discord.answerTo(ack).message().path("content").asText()).startsWith("<@" + ALICE.id()
                + ">, who looks after “Eastside Food Bank”, has left the server, so only a coordinator can delete "
                + "it.");
        assertThat(discord.answer(World.OLIVIA, "partner show", "partner", "Eastside Food Bank").message()
                .toString()).contains("Researching");
    }

    @Test
    @DisplayName("a bot stopped while it sends the new owner's DM finishes that send, once, before it disconnects")
    void stoppedWhileSending() throws Exception {
        // GIVEN alice hands the food bank to olivia, and the DM telling olivia is on its way to Discord
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        FakeRest.Hold hold = discord.holdNextMessageIn(discord.dmChannelOf(World.OLIVIA));
        discord.runs(ALICE, "partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(World.OLIVIA.id()));
        assertThat(hold.awaitHeld(Duration.ofSeconds(10))).isTrue();

        // WHEN the bot is stopped then, and Discord answers
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(this::stopBot);
        hold.release();
        stopping.get(30, TimeUnit.SECONDS);

        // THEN olivia has her DM once, and nothing was logged as an error (checked after each test)
        assertThat(discord.dmsOf(World.OLIVIA)).hasSize(1);
    }

    @Test
    @DisplayName("a partner named @everyone is refused privately, pinging nobody, with what to type; the name "
            + "“Food @ Home” is added")
    void nameOfMentionsRefused() {
        // WHEN alice adds a partner named only @everyone
        Recorded refused = discord.runs(ALICE, "partner add", "name", "@everyone", "sector", "food");

        // THEN only she reads that a partner's name is the organization's, and nobody is pinged
        assertThat(refused.message().path("content").asText()).contains("“@everyone” only mentions people",
                "a partner's name is the organization's name", "`name:\"Eastside Food Bank\"`", "Nothing was changed");
        assertThat(refused.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(refused.message().path("allowed_mentions").path("parse").size()).isZero();

        // AND a name with an @ among its words is added
        assertThat(discord.runs(ALICE, "partner add", "name", "Food @ Home", "sector", "food").message()
                .path("content").asText()).contains("Added “Food @ Home”");
    }

    @Test
    @DisplayName("handing a partner to someone who left the server (Discord sends no member object for them) is "
            + "refused kindly, and the owner stays; handing it to a member works")
    void ownerMustBeInTheServer() {
        // GIVEN alice looks after the food bank, and cora has left the server
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.leave(CORA);

        // WHEN alice picks cora as its new owner
        Recorded ack = discord.runs(ALICE, "partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(CORA.id()));
        Recorded refused = discord.answerTo(ack);

        // THEN she is told, privately, that cora isn't in the server and whom to pick instead
        assertThat(refused.message().path("content").asText()).contains("**cora** isn't a member of this server",
                "Pick a member of the coalition", "invite them back first", "Nothing was changed");
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        // AND the partner is still hers
        Recorded page = discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        assertThat(page.message().toString()).contains("<@" + ALICE.id() + ">")
                .doesNotContain("<@" + CORA.id() + ">");
        // AND handing it to olivia, a member, works
        assertThat(discord.answer(ALICE, "partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(World.OLIVIA.id())).message().path("content").asText()).contains("now looks after");
    }

    @Test
    @DisplayName("/partner intro is acknowledged at once, answered, and the DM to the member who knows someone "
            + "comes from the outbox's next run")
    void deferredIntro() {
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(CORA, "partner know", "partner", "Eastside Food Bank");
        int from = discord.mark();

        // WHEN alice asks for an introduction
        Recorded ack = discord.runs(ALICE, "partner intro", "partner", "Eastside Food Bank");

        // THEN Discord is told "thinking..." at once, privately
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);

        // AND the "thinking..." message becomes the answer, pinging nobody: the DM is on its way (the harness returned
        // the deferral only once it was edited in)
        assertThat(discord.requests()).anyMatch(r -> r.index() > ack.index()
                && r.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original"));
        Recorded answer = discord.answerTo(ack);
        assertThat(answer.body().path("content").asText()).startsWith("I'm asking <@" + CORA.id() + "> by DM")
                .contains("on its way");
        assertThat(answer.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(answer.body().path("allowed_mentions").path("users").size()).isZero();

        // WHEN the outbox runs (the scheduler's poll)
        bot.app().scheduler().runDue();

        // THEN cora gets a DM with the two answer buttons, once, with the row's nonce
        String dmPath = "channels/" + discord.dmChannelOf(CORA) + "/messages";
        Recorded dm = discord.awaitRequest(from, "POST", dmPath);
        assertThat(dm.body().path("embeds").get(0).path("title").asText()).isEqualTo("Can you make an introduction?");
        assertThat(buttonLabels(dm.body())).containsExactly("I'll introduce you", "I don't know them well");
        assertThat(dm.body().path("nonce").asText()).startsWith("pc");
        assertThat(discord.dmsOf(CORA)).hasSize(1);
    }

    /** Alice adds the food bank (she looks after it); cora and olivia say they know someone there. */
    private void foodBankKnownByCoraAndOlivia() {
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(CORA, "partner know", "partner", "Eastside Food Bank");
        discord.runs(World.OLIVIA, "partner know", "partner", "Eastside Food Bank");
    }

    @Test
    @DisplayName("/partner intro asks Discord which of those who know someone there are still members: one who left "
            + "(Unknown Member) is not sent a DM, and the answer says so")
    void introSkipsWhoLeft() {
        // GIVEN cora and olivia know someone at the food bank, and cora has left the server
        foodBankKnownByCoraAndOlivia();
        discord.leave(CORA);
        int from = discord.mark();

        // WHEN alice asks for an introduction
        Recorded asked = discord.runs(ALICE, "partner intro", "partner", "Eastside Food Bank");

        // THEN Discord was asked about cora, and the answer asks olivia and says cora left
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + CORA.id()).status())
                .isEqualTo(404);
        Recorded answer = discord.answerTo(asked);
        assertThat(answer.body().path("content").asText()).startsWith("I'm asking <@" + World.OLIVIA.id() + "> by DM")
                .contains("<@" + CORA.id() + "> has left the server, so I didn't ask them");
        assertThat(answer.body().path("allowed_mentions").path("users").size()).isZero();

        // AND the outbox's run sends olivia her request, and nothing to cora
        bot.app().scheduler().runDue();
        discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(World.OLIVIA) + "/messages");
        assertThat(discord.dmsOf(CORA)).isEmpty();
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", "channels/"
                + discord.dmChannelOf(CORA) + "/messages"))).isEmpty();
    }

    @Test
    @DisplayName("/partner show is acknowledged at once, asks Discord whether the partner's owner and those who know "
            + "someone there are members, and marks the one who left (Unknown Member) on the page it edits in")
    void pageMarksWhoLeft() {
        // GIVEN alice looks after the food bank, cora and olivia know someone there, and alice and cora have left
        foodBankKnownByCoraAndOlivia();
        discord.leave(ALICE);
        discord.leave(CORA);
        int from = discord.mark();

        // WHEN olivia reads the partner's page
        Recorded ack = discord.runs(World.OLIVIA, "partner show", "partner", "Eastside Food Bank");

        // THEN Discord is told "thinking..." at once, privately, and asked about alice and cora, not olivia herself
        assertThat(ack.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(ack.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        for (World.Person left : List.of(ALICE, CORA)) {
            assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + left.id()).status())
                    .isEqualTo(404);
        }
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("GET", "guilds/" + World.GUILD
                + "/members/" + World.OLIVIA.id()))).isEmpty();
        // AND the page says the owner and cora have left, and what to do about the owner
        String page = discord.answerTo(ack).message().toString();
        assertThat(page).contains("<@" + ALICE.id() + "> (has left the server, so no reminders reach them: a "
                + "coordinator hands it to someone with `/partner owner`)", "<@" + CORA.id() + "> (has left the server)")
                .doesNotContain("<@" + World.OLIVIA.id() + "> (has left");
    }

    @Test
    @DisplayName("the page's Ask for an introduction button and the list's menu ask Discord first too: each is "
            + "acknowledged at once, and the answer edited in leaves out, or marks, the member who left")
    void buttonAndMenuAskWhoLeft() {
        // GIVEN cora and olivia know someone at the food bank, alice's page is on her screen, and cora has left
        foodBankKnownByCoraAndOlivia();
        discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        discord.leave(CORA);
        int from = discord.mark();

        // WHEN alice presses Ask for an introduction on the page
        Recorded pressed = discord.presses(ALICE, "Ask for an introduction");

        // THEN "thinking..." at once, privately; Discord is asked about cora; olivia is asked, and cora is not
        assertThat(pressed.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(pressed.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + CORA.id()).status())
                .isEqualTo(404);
        assertThat(discord.answerTo(pressed).message().path("content").asText())
                .startsWith("I'm asking <@" + World.OLIVIA.id() + "> by DM")
                .contains("<@" + CORA.id() + "> has left the server, so I didn't ask them");

        // WHEN she opens the food bank from /partner list's menu
        JsonNode options = World.select(discord.answer(ALICE, "partner list").message()).orElseThrow()
                .path("options");
        Recorded picked = discord.picks(ALICE, options.get(0).path("value").asText());

        // THEN the page edited in marks cora
        assertThat(picked.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.answerTo(picked).message().toString()).contains("<@" + CORA.id() + "> (has left the server)");
    }

    @Test
    @DisplayName("nobody to ask: when someone says they know someone there, the member who asked gets a DM whose "
            + "button, pressed in the DM as Discord sends it, asks Discord first who left, then asks them and not one "
            + "who left")
    void toldWhenSomeoneKnows() {
        // GIVEN alice asked for an introduction to the food bank, and nobody knew anyone there
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(ALICE, "partner intro", "partner", "Eastside Food Bank");
        int from = discord.mark();

        // WHEN cora says she knows someone there, and the outbox runs
        discord.runs(CORA, "partner know", "partner", "Eastside Food Bank");
        bot.app().scheduler().runDue();

        // THEN alice gets one DM naming cora, pinging nobody, with a button to ask her
        Recorded dm = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        assertThat(dm.body().path("content").asText()).contains("Good news: <@" + CORA.id() + "> just said they "
                + "know someone at “Eastside Food Bank”");
        assertThat(dm.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(buttonLabels(dm.body())).containsExactly("Ask for an introduction");
        assertThat(dm.body().path("nonce").asText()).startsWith("pc");
        java.util.List<World.Shown> dms = discord.dmsOf(ALICE);
        assertThat(dms).hasSize(1);

        // WHEN olivia says she knows someone there too, then leaves the server, and alice presses it in her DMs
        discord.runs(World.OLIVIA, "partner know", "partner", "Eastside Food Bank");
        bot.app().scheduler().runDue();
        discord.leave(World.OLIVIA);
        int pressedAt = discord.mark();
        Recorded pressed = discord.pressesInDm(ALICE, dms.get(0).id(), "Ask for an introduction");

        // THEN "thinking…" at once; Discord is asked about both; cora is asked, olivia is not, and alice is told why
        assertThat(pressed.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.awaitRequest(pressedAt, "GET", "guilds/" + World.GUILD + "/members/" + World.OLIVIA.id())
                .status()).isEqualTo(404);
        assertThat(discord.awaitRequest(pressedAt, "GET", "guilds/" + World.GUILD + "/members/" + CORA.id())
                .status()).isEqualTo(200);
        JsonNode asked = discord.answerTo(pressed).message();
        assertThat(asked.path("content").asText()).startsWith("I'm asking <@" + CORA.id() + "> by DM")
                .contains("<@" + World.OLIVIA.id() + "> has left the server, so I didn't ask them");
        // AND cora gets the request by DM from the outbox's next run; olivia gets nothing
        bot.app().scheduler().runDue();
        assertThat(discord.dmsOf(CORA)).singleElement().satisfies(request -> assertThat(request.message()
                .path("embeds").get(0).path("title").asText()).isEqualTo("Can you make an introduction?"));
        assertThat(discord.dmsOf(World.OLIVIA)).isEmpty();
    }

    /**
     * Alice adds the food bank, cora says she knows someone there, and alice asks for an introduction: the request's
     * DM, cora's only one, is out.
     */
    private java.util.List<World.Shown> aliceAsksCora() {
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(CORA, "partner know", "partner", "Eastside Food Bank");
        int asking = discord.mark();
        discord.runs(ALICE, "partner intro", "partner", "Eastside Food Bank");
        discord.awaitRequest(asking, "PATCH", "webhooks/\\d+/[^/]+/messages/@original");
        bot.app().scheduler().runDue();
        java.util.List<World.Shown> dms = discord.dmsOf(CORA);
        assertThat(dms).hasSize(1);
        return dms;
    }

    @Test
    @DisplayName("GIVEN alice asked cora for an introduction and then left the server WHEN cora presses \"I'll "
            + "introduce you\" in her DM THEN \"thinking…\" at once, Discord is asked about alice (Unknown Member), the "
            + "answer says she left and promises no DM, and none is sent to her")
    void agreeingAfterTheRequesterLeft() {
        // GIVEN cora knows someone at the food bank, and alice's request reached her by DM
        java.util.List<World.Shown> dms = aliceAsksCora();
        // AND alice has left the server since
        discord.leave(ALICE);
        int from = discord.mark();

        // WHEN cora presses "I'll introduce you" in her DMs
        Recorded pressed = discord.pressesInDm(CORA, dms.get(0).id(), "I'll introduce you");

        // THEN "thinking…" at once, while Discord is asked about alice, who is gone
        assertThat(pressed.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + ALICE.id()).status())
                .isEqualTo(404);
        // AND the answer edited in says alice left, promising no DM, pinging nobody
        JsonNode answer = discord.answerTo(pressed).message();
        assertThat(answer.path("content").asText()).startsWith("Thank you! <@" + ALICE.id() + "> has left the "
                + "server since asking").contains("there's nothing for you to do now").doesNotContain("know by DM");
        assertThat(answer.path("allowed_mentions").path("parse").size()).isZero();
        // AND the outbox's run sends alice nothing
        bot.app().scheduler().runDue();
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", "channels/"
                + discord.dmChannelOf(ALICE) + "/messages"))).isEmpty();
    }

    @Test
    @DisplayName("cora types \"sure, happy to introduce you!\" under alice's request in her DM: the bot's reply in that "
            + "DM says which button answers it, pinging nobody, and the request still waits")
    void typedReplyUnderTheRequest() {
        // GIVEN cora knows someone at the food bank, and alice's request reached her by DM
        aliceAsksCora();

        // WHEN she types her yes instead of pressing a button
        JsonNode reply = discord.dms(CORA, "sure, happy to introduce you!").body();

        // THEN the reply points to the buttons, naming alice without pinging her
        assertThat(reply.path("content").asText()).contains("press **I'll introduce you** or **I don't know them "
                + "well** on my message above", "<@" + ALICE.id() + ">", "I didn't keep your line");
        assertThat(reply.path("allowed_mentions").path("parse").size()).isZero();
        // AND the request still waits for her answer
        assertThat(discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank").message().path("content")
                .asText()).doesNotContain("will introduce them");
    }

    @Test
    @DisplayName("cora answers alice's request with \"I don't know them well\" in her DM: the partner's page still "
            + "lists her as knowing someone there, with what she said and to whom")
    void notWellOnThePage() {
        // GIVEN cora knows someone at the food bank, and alice's request reached her by DM
        java.util.List<World.Shown> dms = aliceAsksCora();

        // WHEN she presses "I don't know them well" in her DMs ("thinking…" at once, while Discord is asked whether
        // alice is still in the server)
        Recorded pressed = discord.pressesInDm(CORA, dms.get(0).id(), "I don't know them well");
        assertThat(pressed.callbackType()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.answerTo(pressed).message().path("content").asText()).startsWith("Thanks for saying so.")
                .contains("know by DM");

        // THEN the page alice reads names cora with what she told her, pinging nobody
        Recorded page = discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        JsonNode knows = null;
        for (JsonNode field : page.message().path("embeds").get(0).path("fields")) {
            if (field.path("name").asText().equals("Knows someone there")) {
                knows = field;
            }
        }
        assertThat(knows).isNotNull();
        assertThat(knows.path("value").asText()).isEqualTo("<@" + CORA.id() + "> (said they don't know them well "
                + "when <@" + ALICE.id() + "> asked)");
        assertThat(page.message().path("allowed_mentions").path("parse").size()).isZero();
    }

    @Test
    @DisplayName("/partner log when:today 11pm at 08:03 is refused privately as still to come, as when:in 5 minutes "
            + "is, and nothing is logged; when:today 7am is logged")
    void timeLaterToday() {
        // GIVEN Saturday 5 December 2026, 08:03 on the server's UTC, and alice looks after the food bank
        clock.advance(Duration.between(clock.instant(), java.time.Instant.parse("2026-12-05T08:03:00Z")));
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN she logs meeting the director "today 11pm"
        Recorded refused = discord.runs(ALICE, "partner log", "partner", "Eastside Food Bank", "what",
                "Met the director", "when", "today 11pm");

        // THEN she is told, privately, that it is still to come, and what to do
        assertThat(refused.message().path("content").asText()).isEqualTo("“today 11pm” is still to come: it's "
                + "08:03 UTC now. A touchpoint is a contact that happened, from 2021-12-05 to today (2026-12-05): log "
                + "it once it has; for plans, use the partner's notes.");
        assertThat(refused.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank").message().toString())
                .contains("none yet: log one with `/partner log`").doesNotContain("Met the director");

        // AND a time earlier today is logged
        assertThat(discord.runs(ALICE, "partner log", "partner", "Eastside Food Bank", "what", "Met the director",
                "when", "today 7am").message().path("content").asText())
                .startsWith("Logged a note with “Eastside Food Bank” on Dec 5, 2026.");
    }

    @Test
    @DisplayName("/partner log when:12/01, which reads as two days: the reply has a button for each, a press moves "
            + "the contact there and that same message then says the day picked, with no day left to pick")
    void numericDayPicked() {
        // GIVEN Wednesday 2 December 2026, and alice looks after the food bank
        clock.advance(Duration.between(clock.instant(), java.time.Instant.parse("2026-12-02T15:00:00Z")));
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN she logs a meeting on "12/01", which is 1 December or 12 January
        Recorded logged = discord.runs(ALICE, "partner log", "partner", "Eastside Food Bank", "what",
                "Coffee with their director", "kind", "meeting", "when", "12/01");

        // THEN she sees, privately, that it is kept on 1 December until she picks, with a button for each day
        assertThat(logged.callbackType()).isEqualTo(CHANNEL_MESSAGE);
        assertThat(logged.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(logged.message().path("content").asText())
                .startsWith("Logged a meeting with “Eastside Food Bank” on Dec 1, 2026.")
                .contains("The day you typed could also be Jan 12, 2026. Which did you mean? I keep Dec 1, 2026 "
                        + "until you pick.");
        assertThat(buttonLabels(logged.message())).startsWith("Dec 1, 2026", "Jan 12, 2026");

        // WHEN she presses "Jan 12, 2026"
        Recorded picked = discord.presses(ALICE, "Jan 12, 2026");

        // THEN the message she pressed on is updated: the day she picked, and no day left to pick
        assertThat(picked.callbackType()).isEqualTo(UPDATE_MESSAGE);
        assertThat(picked.message().path("content").asText()).startsWith("Logged a meeting with “Eastside Food "
                + "Bank” on Jan 12, 2026, the day you picked.").doesNotContain("could also be");
        assertThat(buttonLabels(picked.message())).doesNotContain("Dec 1, 2026", "Jan 12, 2026");

        // AND the partner's page shows the meeting, with her words, on 12 January
        Recorded page = discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        assertThat(page.message().toString()).contains("Coffee with their director").contains("Jan 12, 2026")
                .doesNotContain("Dec 1, 2026");
    }

    @Test
    @DisplayName("a coordinator takes on a partner alice looks after: her reply says alice will be told, and alice "
            + "gets one DM from the outbox, pinging nobody, saying who took it on")
    void ownerToldWhenTakenOn() {
        // GIVEN alice looks after the food bank
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        int from = discord.mark();

        // WHEN cora, a coordinator, takes it on herself
        Recorded taken = discord.answer(CORA, "partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(CORA.id()));

        // THEN cora reads that she looks after it now and that alice will be told
        assertThat(taken.message().path("content").asText()).startsWith("You now look after “Eastside Food Bank”.")
                .contains("I'll let <@" + ALICE.id() + "> know by DM, since they looked after it.");
        // AND alice gets one DM, sent by the outbox with its nonce, naming cora without pinging her
        bot.app().scheduler().runDue();
        Recorded dm = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        assertThat(dm.body().path("content").asText()).isEqualTo("Just so you know: <@" + CORA.id() + "> took on "
                + "“Eastside Food Bank”, which you looked after, so its check-in reminders go to them now. If that was "
                + "a mistake, talk to <@" + CORA.id() + ">.");
        assertThat(dm.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(dm.body().path("nonce").asText()).startsWith("pc");
        assertThat(discord.dmsOf(ALICE)).hasSize(1);
    }

    @Test
    @DisplayName("a button on a partner's page pressed after a coordinator deleted the partner names it, and when and "
            + "by whom it was deleted, pinging nobody")
    void buttonOfADeletedPartner() {
        // GIVEN alice opened the food bank's page, and cora then deleted it for good
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        long page = discord.messageWithButton(ALICE, "Coach me on this partner");
        java.time.Instant at = clock.instant();
        discord.runs(CORA, "partner delete", "partner", "Eastside Food Bank");
        discord.presses(CORA, "Delete for good");

        // WHEN alice presses a button of that page
        Recorded pressed = discord.pressesOn(ALICE, page, "Coach me on this partner");

        // THEN she reads, privately, which partner was deleted, when and by whom, and how to add it again
        assertThat(pressed.message().path("content").asText()).isEqualTo("“Eastside Food Bank” was deleted from "
                + "the list on <t:" + at.getEpochSecond() + ":f> by <@" + CORA.id() + ">. To add it again, use "
                + "`/partner add name:\"Eastside Food Bank\"` and pick its sector.");
        assertThat(pressed.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(pressed.message().path("allowed_mentions").path("parse").size()).isZero();
    }
}
