package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.FakeDiscord.MODAL;
import static org.partnercoach.e2e.FakeDiscord.UPDATE_MESSAGE;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.OLIVIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 3, scenario 4: a partner added, and its cultivate reminder delivered through the real Discord client. */
@DisplayName("Cultivate reminders, through the real Discord client")
class CultivateEndToEndTest extends EndToEndTest {

    /** Alice adds a partner; 15 days later the bot runs what fell due. Returns the log position before the run. */
    private int partnerFallsDue() {
        Recorded added = discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        assertThat(added.message().path("content").asText()).startsWith("Added “Eastside Food Bank”");
        int from = discord.mark();
        clock.advance(Duration.ofDays(15));
        bot.app().scheduler().runDue();
        return from;
    }

    private long postsTo(int from, String path, int status) {
        return discord.requests().stream().skip(from).filter(r -> r.is("POST", path) && r.status() == status)
                .count();
    }

    @Test
    @DisplayName("the reminder comes by DM: the DM channel is opened, the card posted with its buttons, "
            + "and Log a touchpoint works from it")
    void deliveredByDm() {
        int from = partnerFallsDue();

        // THEN the bot opens alice's DM channel and posts the reminder there, once, pinging nobody
        Recorded open = discord.awaitRequest(from, "POST", "users/@me/channels");
        assertThat(open.body().path("recipient_id").asText()).isEqualTo(String.valueOf(ALICE.id()));
        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        Recorded post = discord.awaitRequest(from, "POST", dm);
        assertThat(post.status()).isEqualTo(200);
        assertThat(postsTo(from, "channels/\\d+/messages", 200)).isEqualTo(1);
        JsonNode embed = post.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("🌱 Time to check in with Eastside Food Bank");
        assertThat(embed.path("fields").get(0).path("name").asText())
                .isEqualTo("Eastside Food Bank · added 15 days ago, no contact logged yet");
        assertThat(buttonLabels(post.body())).containsExactly("Log a touchpoint", "Snooze 1 day", "Snooze 1 week",
                "We've moved on");
        assertThat(post.body().path("allowed_mentions").path("parse").size()).isZero();

        // WHEN alice presses Log a touchpoint on it and fills in the form
        Recorded form = discord.presses(ALICE, "Log a touchpoint");
        assertThat(form.callbackType()).isEqualTo(MODAL);
        assertThat(form.message().path("title").asText()).isEqualTo("Touchpoint: Eastside Food Bank");
        Recorded logged = discord.submits(ALICE, "note", "Coffee with Maria @everyone", "kind", "meeting");

        // THEN the reminder is replaced: the touchpoint is logged and nothing is left to do
        assertThat(logged.callbackType()).isEqualTo(UPDATE_MESSAGE);
        assertThat(logged.message().path("content").asText())
                .startsWith("Logged your touchpoint with “Eastside Food Bank”");
        assertThat(logged.message().path("embeds").get(0).path("title").asText()).isEqualTo("🌱 All caught up");
        assertThat(logged.message().path("allowed_mentions").path("parse").size()).isZero();
        Recorded show = discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        assertThat(show.message().toString()).contains("Coffee with Maria");
    }

    @Test
    @DisplayName("the bot was down past alice's check-in: back on Discord, its first poll (the poll's reads rehearsed "
            + "while it connected) sends the check-in once, by DM, with nothing run by hand")
    void checkInDueAtStartComesWithTheFirstPoll() throws Exception {
        Recorded added = discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        assertThat(added.message().path("content").asText()).startsWith("Added “Eastside Food Bank”");
        stopBot();
        clock.advance(Duration.ofDays(15));
        int from = discord.mark();

        startBot();

        discord.awaitRequest(from, "POST", "users/@me/channels");
        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        Recorded post = discord.awaitRequest(from, "POST", dm);
        assertThat(post.body().path("embeds").get(0).path("title").asText())
                .isEqualTo("🌱 Time to check in with Eastside Food Bank");
        // a poll run now finds it sent: the rehearsal queued nothing of its own, and the first poll sent it once
        bot.app().scheduler().runDue();
        assertThat(postsTo(from, "channels/\\d+/messages", 200)).isEqualTo(1);
    }

    @Test
    @DisplayName("with alice's DMs closed, the reminder is posted in the reminder channel, pinging only her")
    void dmsClosedGoesToTheReminderChannel() {
        discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.GENERAL));
        discord.closeDms(ALICE);

        int from = partnerFallsDue();

        Recorded post = discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/messages");
        assertThat(post.status()).isEqualTo(200);
        assertThat(postsTo(from, "channels/" + discord.dmChannelOf(ALICE) + "/messages", 403)).isEqualTo(1);
        assertThat(post.body().path("content").asText()).isEqualTo("<@" + ALICE.id() + ">");
        JsonNode mentions = post.body().path("allowed_mentions");
        assertThat(mentions.path("parse").size()).isZero();
        assertThat(mentions.path("users")).hasSize(1);
        assertThat(mentions.path("users").get(0).asText()).isEqualTo(String.valueOf(ALICE.id()));
        assertThat(post.body().path("embeds").get(0).path("title").asText()).contains("Eastside Food Bank");
        assertThat(postsTo(from, "channels/\\d+/messages", 200)).isEqualTo(1);
    }

    @Test
    @DisplayName("alice left the server: Discord refuses the DM (50007) and says she is no member (10007), so her "
            + "check-in is not posted in the reminder channel, and /coach status tells a coordinator to hand it over; "
            + "days later no other check-in was tried, Discord was asked once a day whether she is back, and once she "
            + "is, her check-in reaches her by DM")
    void ownerWhoLeftIsNotPostedFor() {
        discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.GENERAL));
        Recorded added = discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        assertThat(added.message().path("content").asText()).startsWith("Added “Eastside Food Bank”");
        discord.leave(ALICE);
        int from = discord.mark();
        clock.advance(Duration.ofDays(15));
        bot.app().scheduler().runDue();

        assertThat(postsTo(from, "channels/" + discord.dmChannelOf(ALICE) + "/messages", 403)).isEqualTo(1);
        assertThat(discord.awaitRequest(from, "GET", "guilds/" + World.GUILD + "/members/" + ALICE.id()).status())
                .isEqualTo(404);
        assertThat(postsTo(from, "channels/\\d+/messages", 200)).isZero();
        assertThat(discord.runs(OLIVIA, "coach status").message().path("content").asText())
                .contains("<@" + ALICE.id() + ">: they have left the server.", "`/partner owner`");

        // WHEN three days pass while she is away
        for (int day = 0; day < 3; day++) {
            clock.advance(Duration.ofDays(1));
            bot.app().scheduler().runDue();
        }

        // THEN no other check-in was tried: still the one refused DM and the one failed send
        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", dm)).count()).isEqualTo(1);
        assertThat(discord.runs(OLIVIA, "coach status").message().path("content").asText())
                .contains("Messages that failed: 1");
        // AND Discord was asked whether she is back once a day, besides the lookup that found her gone
        String member = "guilds/" + World.GUILD + "/members/" + ALICE.id();
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("GET", member)).count()).isEqualTo(4);

        // WHEN she comes back to the server, and the day's look finds her
        discord.comeBack(ALICE);
        int back = discord.mark();
        clock.advance(Duration.ofDays(1));
        bot.app().scheduler().runDue();

        // THEN her check-in reaches her by DM
        Recorded post = discord.awaitRequest(back, "POST", dm);
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.body().path("embeds").get(0).path("title").asText()).contains("Eastside Food Bank");
    }

    @Test
    @DisplayName("alice left the server and her check-in was refused; she comes back and runs /partner list there: "
            + "her check-in reaches her by DM at the bot's next run, without asking Discord whether she is back")
    void ownerWhoCameBackAndRunsACommandIsRemindedAtTheNextRun() {
        // GIVEN alice left the server, and her check-in was refused
        discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.GENERAL));
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.leave(ALICE);
        int from = discord.mark();
        clock.advance(Duration.ofDays(15));
        bot.app().scheduler().runDue();
        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        assertThat(postsTo(from, dm, 403)).isEqualTo(1);

        // WHEN she comes back and runs /partner list in the server, and the bot's next run comes a minute later
        discord.comeBack(ALICE);
        assertThat(discord.runs(ALICE, "partner list").message().toString()).contains("Eastside Food Bank");
        int back = discord.mark();
        clock.advance(Duration.ofMinutes(1));
        bot.app().scheduler().runDue();

        // THEN her check-in reaches her by DM
        Recorded post = discord.awaitRequest(back, "POST", dm);
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.body().path("embeds").get(0).path("title").asText()).contains("Eastside Food Bank");
        // AND Discord was not asked whether she is a member: her command said so
        String member = "guilds/" + World.GUILD + "/members/" + ALICE.id();
        assertThat(discord.requests().stream().skip(back).filter(r -> r.is("GET", member)).count()).isZero();
    }

    @Test
    @DisplayName("with alice's DMs closed and no reminder channel, her check-in reaches nobody: her /partner list "
            + "mine:true and /reminders list say so once, her partner's page tells her in her words, pinging nobody")
    void unreachedCheckInIsToldOnHerOwnLooks() {
        discord.closeDms(ALICE);

        int from = partnerFallsDue();

        // the DM is refused (Discord's 50007), and nothing is posted anywhere else
        assertThat(postsTo(from, "channels/" + discord.dmChannelOf(ALICE) + "/messages", 403)).isEqualTo(1);
        assertThat(postsTo(from, "channels/\\d+/messages", 200)).isZero();

        JsonNode list = discord.runs(ALICE, "partner list", "mine", "true").message();
        assertThat(list.path("content").asText()).contains("My check-in about your partners on <t:",
                "didn't reach you: your DMs are closed to me", "Privacy Settings");
        assertThat(list.path("content").asText().split("didn't reach", -1)).hasSize(2);
        assertThat(list.path("embeds").get(0).path("description").asText()).contains("Eastside Food Bank");
        assertThat(list.path("allowed_mentions").path("parse").size()).isZero();
        assertThat(discord.runs(ALICE, "reminders list").message().path("content").asText())
                .contains("My check-in about your partners", "didn't reach you");
        assertThat(discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank").message().toString())
                .contains("my last check-in didn't reach you").doesNotContain("didn't reach them");
        assertThat(discord.answer(OLIVIA, "partner show", "partner", "Eastside Food Bank").message().toString())
                .contains("my last check-in for <@" + ALICE.id() + "> didn't reach them");
    }

    @Test
    @DisplayName("\"done\" typed in the DM under a check-in whose partner alice deleted since names it, when and by "
            + "whom it was deleted, pinging nobody, and logs nothing")
    void doneUnderACheckInOfADeletedPartner() {
        int from = partnerFallsDue();
        discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        java.time.Instant at = clock.instant();
        discord.runs(ALICE, "partner delete", "partner", "Eastside Food Bank");
        discord.presses(ALICE, "Delete for good");

        JsonNode reply = discord.dms(ALICE, "done").body();

        assertThat(reply.path("content").asText()).startsWith("“Eastside Food Bank” was deleted from the list on <t:"
                + at.getEpochSecond() + ":f> by <@" + ALICE.id() + ">.").contains("I logged nothing");
        assertThat(reply.path("allowed_mentions").path("parse").size()).isZero();
    }

    @Test
    @DisplayName("reminders posted in the channel: \"done\" typed in the DM two days later points to the check-in "
            + "there, pinging nobody, and logs nothing")
    void doneInTheDmUnderACheckInPostedInTheChannel() {
        discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.GENERAL), "delivery", "channel");
        int from = partnerFallsDue();
        discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/messages");
        clock.advance(Duration.ofDays(2));

        JsonNode reply = discord.dms(ALICE, "done!").body();

        assertThat(reply.path("content").asText()).contains("Glad you were in touch with “Eastside Food Bank”",
                "**Log a touchpoint** on my check-in in <#" + World.GENERAL + ">").doesNotContain("above");
        assertThat(reply.path("allowed_mentions").path("parse").size()).isZero();
        Recorded show = discord.answer(ALICE, "partner show", "partner", "Eastside Food Bank");
        assertThat(show.message().toString()).contains("none yet");
    }

    @Test
    @DisplayName("a post answered once with 429 is retried by the client: exactly one reminder arrives")
    void rateLimitedOnce() {
        discord.rateLimitOnce("POST", "channels/\\d+/messages", 0.0);

        int from = partnerFallsDue();
        bot.app().scheduler().runDue();

        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        assertThat(postsTo(from, dm, 429)).isEqualTo(1);
        assertThat(postsTo(from, dm, 200)).isEqualTo(1);
        assertThat(postsTo(from, "channels/\\d+/messages", 200)).isEqualTo(1);
    }

}
