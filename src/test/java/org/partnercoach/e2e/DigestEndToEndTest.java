package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The weekly digest, delivered through the real Discord client at the time a coordinator set. */
@DisplayName("The weekly digest, through the real Discord client")
class DigestEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("olivia subscribes; on Tuesday 09:00 the digest DM arrives with its PNG and CSV, once")
    void digestDmWithFiles() {
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        Recorded setup = discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00");
        assertThat(setup.message().path("content").asText()).startsWith("Saved. The digest goes out every Tuesday");
        discord.runs(OLIVIA, "digest subscribe");
        Recorded refused = discord.runs(ALICE, "digest subscribe");
        // the refusal names the server's owner, as the guild the gateway sent says who it is
        assertThat(refused.message().path("content").asText()).contains("Only coordinators").endsWith("If you "
                + "think you should be one, ask <@" + OLIVIA.id() + "> (the server's owner).");

        int from = discord.mark();
        // the clock starts on Monday 2 March 15:00 UTC: Tuesday 09:00 is 18 hours later
        clock.advance(Duration.ofHours(18));
        bot.app().scheduler().runDue();

        String dm = "channels/" + discord.dmChannelOf(OLIVIA) + "/messages";
        Recorded post = discord.awaitRequest(from, "POST", dm);
        assertThat(post.status()).isEqualTo(200);
        JsonNode embed = post.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).startsWith("Weekly digest");
        assertThat(embed.toString()).contains("Partners added:** 1");
        List<String> files = new ArrayList<>();
        post.body().path("attachments").forEach(a -> files.add(a.path("filename").asText()));
        assertThat(files).containsExactly("digest-2026-W10.png", "digest-2026-W10.csv");

        clock.advance(Duration.ofMinutes(5));
        bot.app().scheduler().runDue();
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", dm) && r.status() == 200)
                .count()).isEqualTo(1);
    }
    /** The latest message in {@code who}'s DMs with the bot that has a button so labelled. */
    private World.Shown latestDmWithButton(World.Person who, String label) {
        List<World.Shown> dms = discord.dmsOf(who);
        for (int i = dms.size() - 1; i >= 0; i--) {
            if (World.button(dms.get(i).message(), label).isPresent()) {
                return dms.get(i);
            }
        }
        throw new AssertionError(who.name() + " has no DM with a button '" + label + "'");
    }

    @Test
    @DisplayName("alice's walk stalls and she leaves the server: olivia's Send nudge on the digest in her DMs is "
            + "acknowledged at once, Discord is asked about alice, and the answer says she left; the next digest "
            + "leaves her out, with no button")
    void memberWhoLeftIsNotNudged() {
        // GIVEN olivia gets the Tuesday digest; alice starts the 5 tips and leaves it there
        discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00");
        discord.runs(OLIVIA, "digest subscribe");
        discord.runs(ALICE, "coach start");
        clock.advance(Duration.ofHours(18));
        bot.app().scheduler().runDue();
        int second = discord.mark();
        clock.advance(Duration.ofDays(7));
        bot.app().scheduler().runDue();
        String dm = "channels/" + discord.dmChannelOf(OLIVIA) + "/messages";
        discord.awaitRequest(second, "POST", dm);
        World.Shown digest = latestDmWithButton(OLIVIA, "Send nudge 1");
        assertThat(digest.message().toString()).contains("<@" + ALICE.id() + ">");

        // WHEN alice leaves the server, and olivia presses Send nudge 1 in her DMs
        discord.leave(ALICE);
        int pressedAt = discord.mark();
        Recorded pressed = discord.pressesInDm(OLIVIA, digest.id(), "Send nudge 1");

        // THEN "thinking…" at once; Discord is asked about alice, and olivia is told she left, with nothing sent
        assertThat(pressed.callbackType()).isEqualTo(FakeDiscord.DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.awaitRequest(pressedAt, "GET", "guilds/" + World.GUILD + "/members/" + ALICE.id())
                .status()).isEqualTo(404);
        assertThat(discord.answerTo(pressed).message().path("content").asText()).isEqualTo("<@" + ALICE.id()
                + "> has left the server, so no nudge can reach them. Nothing was sent. If they come back, the next "
                + "digest lists them again.");
        bot.app().scheduler().runDue();
        assertThat(discord.dmsOf(ALICE)).isEmpty();

        // AND the next Tuesday's digest leaves her out, with no button
        int third = discord.mark();
        clock.advance(Duration.ofDays(7));
        bot.app().scheduler().runDue();
        Recorded next = discord.awaitRequest(third, "POST", dm);
        assertThat(next.body().toString()).contains("Weekly digest").doesNotContain(String.valueOf(ALICE.id()));
        assertThat(next.body().path("components").size()).isZero();
    }

    @Test
    @DisplayName("cora loses the coordinator role after her digest came: Send nudge in her DMs is acknowledged at "
            + "once, Discord is asked about her, and she is refused with her subscription ended; alice gets no nudge")
    void demotedCoordinatorCannotNudgeFromHerDms() {
        // GIVEN cora, a coordinator by her role, gets the Tuesday digest; alice's walk stalls
        discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00");
        discord.runs(CORA, "digest subscribe");
        discord.runs(ALICE, "coach start");
        clock.advance(Duration.ofHours(18));
        bot.app().scheduler().runDue();
        int second = discord.mark();
        clock.advance(Duration.ofDays(7));
        bot.app().scheduler().runDue();
        discord.awaitRequest(second, "POST", "channels/" + discord.dmChannelOf(CORA) + "/messages");
        World.Shown digest = latestDmWithButton(CORA, "Send nudge 1");

        // WHEN she loses the role, and presses Send nudge 1 in her DMs
        discord.giveRoles(CORA);
        int pressedAt = discord.mark();
        Recorded pressed = discord.pressesInDm(CORA, digest.id(), "Send nudge 1");

        // THEN "thinking…" at once; Discord is asked about her, and she is refused, her subscription ended
        assertThat(pressed.callbackType()).isEqualTo(FakeDiscord.DEFERRED_CHANNEL_MESSAGE);
        assertThat(discord.awaitRequest(pressedAt, "GET", "guilds/" + World.GUILD + "/members/" + CORA.id())
                .status()).isEqualTo(200);
        assertThat(discord.answerTo(pressed).message().path("content").asText()).startsWith("Only coordinators "
                + "(Manage Server, or the coordinator role) can send nudges from the digest. Nothing was sent. You're "
                + "no longer a coordinator in ").contains("so your subscription has ended");
        // AND alice gets no nudge, and the digest's subscribers are olivia's business now: nobody
        bot.app().scheduler().runDue();
        assertThat(discord.dmsOf(ALICE)).isEmpty();
        assertThat(discord.runs(OLIVIA, "digest status").message().toString()).contains("Subscribers (0)");
    }

    @Test
    @DisplayName("olivia, the last subscriber, unsubscribes after the digest's coordinators' channel was deleted: "
            + "she is told it fails there now, and what to do")
    void lastSubscriberLeavesAfterTheChannelWasDeleted() {
        String channel = "<#" + World.REMINDERS + ">";
        assertThat(discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00", "channel",
                String.valueOf(World.REMINDERS)).message().path("content").asText()).startsWith("Saved.");
        discord.runs(OLIVIA, "digest subscribe");

        discord.deleteChannel(World.REMINDERS, "reminders");

        assertThat(discord.runs(OLIVIA, "digest unsubscribe").message().path("content").asText())
                .startsWith("Done: no more digest DMs for you.").contains("⚠️ The digest fails in " + channel
                        + " now: " + channel + " was deleted, or the bot can't see it.");
    }

    @Test
    @DisplayName("cora, the last subscriber, loses the coordinator role after the coordinators' channel was deleted: "
            + "olivia, the server's owner, is told by DM that it reaches nobody, and that the channel was deleted")
    void ownerToldWhenTheLastSubscriberGoesAndTheChannelIsGone() {
        discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00", "channel",
                String.valueOf(World.REMINDERS));
        discord.runs(CORA, "digest subscribe");
        discord.deleteChannel(World.REMINDERS, "reminders");
        discord.giveRoles(CORA);

        int from = discord.mark();
        clock.advance(Duration.ofHours(18));
        bot.app().scheduler().runDue();

        String toOlivia = "channels/" + discord.dmChannelOf(OLIVIA) + "/messages";
        assertThat(discord.awaitRequest(from, "POST", toOlivia).body().toString()).contains("lost its last subscriber",
                "<#" + World.REMINDERS + "> was deleted, or the bot can't see it", "`/digest subscribe`");
    }

    @Test
    @DisplayName("olivia sets the time as 0900, then 24:00 twice: the second 24:00 says nothing changed")
    void timeTypedAsFourDigitsAndTheEndOfTheDayAgain() {
        assertThat(discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "0900").message().path("content")
                .asText()).startsWith("Saved. The digest goes out every Tuesday at 09:00");
        assertThat(discord.runs(OLIVIA, "digest setup", "time", "24:00").message().path("content").asText())
                .startsWith("Saved. The digest goes out every Wednesday at 00:00");
        assertThat(discord.runs(OLIVIA, "digest setup", "time", "24:00").message().path("content").asText())
                .startsWith("Nothing to change: the digest already goes out every Wednesday at 00:00");
    }

    @Test
    @DisplayName("cora subscribes, then loses the coordinator role and never comes back: on Tuesday she gets no "
            + "digest, only one DM saying it stopped, and is no longer a subscriber; olivia still gets hers")
    void formerCoordinatorGetsNoDigest() {
        discord.runs(OLIVIA, "digest setup", "day", "tuesday", "time", "09:00");
        discord.runs(OLIVIA, "digest subscribe");
        assertThat(discord.runs(CORA, "digest subscribe").message().path("content").asText())
                .contains("You're subscribed");
        discord.giveRoles(CORA);

        int from = discord.mark();
        clock.advance(Duration.ofHours(18));
        bot.app().scheduler().runDue();

        String toOlivia = "channels/" + discord.dmChannelOf(OLIVIA) + "/messages";
        assertThat(discord.awaitRequest(from, "POST", toOlivia).status()).isEqualTo(200);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + CORA.id()).status())
                .isEqualTo(200);
        // Cora gets no digest: only the one DM saying hers stopped, and why
        String toCora = "channels/" + discord.dmChannelOf(CORA) + "/messages";
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", toCora))).singleElement()
                .satisfies(told -> assertThat(told.body().toString()).contains("has stopped")
                        .contains("no longer have the coordinator role").doesNotContain("Weekly digest"));
        String status = discord.runs(OLIVIA, "digest status").message().toString();
        assertThat(status).contains("Subscribers (1)").doesNotContain(String.valueOf(CORA.id()));
    }
}
