package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.EASTSIDE;
import static org.partnercoach.e2e.World.WESTSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;

@DisplayName("A member in two servers, and a server that removes the bot, through the real Discord client")
class SeveralServersEndToEndTest extends EndToEndTest {

    @Override
    FakeDiscord startDiscord() throws java.io.IOException {
        return FakeDiscord.start(1, WESTSIDE);
    }

    @Test
    @DisplayName("a button in a DM from the walk of the server used before is refused, saying where to go; there, it "
            + "works again")
    void dmButtonOfTheServerUsedBefore() {
        // GIVEN alice answers in a DM for Eastside, and the bot offers to add the names she wrote
        discord.runs(ALICE, "coach start");
        JsonNode offer = discord.dms(ALICE, "Eastside Food Bank and Lincoln High").body();
        assertThat(buttonLabels(offer)).contains("Check and add");
        java.util.List<World.Shown> dms = discord.dmsOf(ALICE);
        long offerMessage = dms.get(dms.size() - 1).id();

        // WHEN she runs a command in Westside, then presses that button in her DMs
        discord.runsIn(WESTSIDE, ALICE, "coach start");
        JsonNode refused = discord.pressesInDm(ALICE, offerMessage, "Check and add").message();

        // THEN she is told the walk is not in the server her DMs now belong to, and what to do
        assertThat(refused.path("content").asText()).contains("server your DMs belong to now")
                .contains("run `/coach progress` there, then try again here");

        // WHEN she does that, the same button works
        discord.runs(ALICE, "coach progress");
        JsonNode works = discord.pressesInDm(ALICE, offerMessage, "Check and add").message();
        assertThat(works.toString()).doesNotContain("can't find that walk");
    }

    @Test
    @DisplayName("\"done\" typed in the DM under Eastside's check-in, after alice last worked in Westside, answers "
            + "that check-in, pinging nobody and logging nothing")
    void doneUnderACheckInOfTheOtherServer() {
        // GIVEN alice's check-in about an Eastside partner came by DM
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        int from = discord.mark();
        clock.advance(java.time.Duration.ofDays(15));
        bot.app().scheduler().runDue();
        discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        // AND she then ran a command in Westside, which her DMs now belong to
        discord.runsIn(WESTSIDE, ALICE, "partner list");

        // WHEN she types "done" in the DM
        JsonNode reply = discord.dms(ALICE, "done!").body();

        // THEN the reply is about Eastside's check-in above
        assertThat(reply.path("content").asText()).contains("Glad you were in touch with “Eastside Food Bank”",
                "**Log a touchpoint** on my reminder above");
        assertThat(reply.path("allowed_mentions").path("parse").size()).isZero();
        assertThat(count("SELECT COUNT(*) FROM partner_touchpoints WHERE guild_id = ?")).isZero();
    }

    @Test
    @DisplayName("a member's DMs stop carrying on that server's walk and say what to do; nothing is deleted, and "
            + "once the server adds the bot back the walk goes on where it stood")
    void dmsOfARemovedServer() {
        // GIVEN alice walks the 5 tips from Eastside and answers the first question in a DM
        discord.runs(ALICE, "coach start");
        assertThat(discord.dms(ALICE, "The clinic's outreach lead").body().path("content").asText())
                .contains("Saved");

        // WHEN Eastside removes the bot
        discord.removeBotFrom(EASTSIDE);
        awaitBotRemovedFromEastside(true);

        // THEN her next DM is not taken as an answer for Eastside: she is told why, and what to do
        JsonNode refused = discord.dms(ALICE, "Lincoln High's principal").body();
        assertThat(refused.path("content").asText())
                .contains("The server where you last used me has removed me")
                .contains("Everything you wrote there is kept")
                .contains("run `/coach progress` in a server that has me")
                .doesNotContain("Saved");
        assertThat(refused.path("embeds").size()).as("no question of Eastside's walk").isZero();

        // AND Eastside's walk and her answer are still stored
        assertThat(count("SELECT COUNT(*) FROM walk_answers WHERE guild_id = ?")).isEqualTo(1);

        // WHEN Eastside adds the bot back
        int from = discord.mark();
        discord.addBotTo(EASTSIDE);
        discord.awaitGuildCommands(from, World.GUILD);
        awaitBotRemovedFromEastside(false);

        // THEN her DMs carry on the walk where it stood: the answer goes to the second question
        JsonNode next = discord.dms(ALICE, "Lincoln High's principal").body();
        assertThat(next.path("content").asText()).contains("Saved");
        assertThat(next.path("embeds").get(0).path("description").asText()).contains("Question 3 of");
    }

    @Test
    @DisplayName("a server that adds the bot back while the bot is down: once the bot is ready there again, the "
            + "members' DMs carry on its walk")
    void addedBackWhileTheBotWasDown() throws Exception {
        // GIVEN alice answered in a DM, and Eastside removed the bot
        discord.runs(ALICE, "coach start");
        discord.dms(ALICE, "The clinic's outreach lead");
        discord.removeBotFrom(EASTSIDE);
        awaitBotRemovedFromEastside(true);

        // WHEN the bot is down while Eastside adds it back, then starts
        stopBot();
        discord.addBotWhileDown(EASTSIDE);
        startBot();

        // THEN it notes that it is in Eastside again, and her DMs carry on the walk where it stood
        awaitBotRemovedFromEastside(false);
        JsonNode next = discord.dms(ALICE, "Lincoln High's principal").body();
        assertThat(next.path("content").asText()).contains("Saved");
        assertThat(next.path("embeds").get(0).path("description").asText()).contains("Question 3 of");
    }

    @Test
    @DisplayName("a server that removes the bot while the bot is down: once the bot is ready, it knows, and the "
            + "members' DMs say so instead of carrying on its walk")
    void removedWhileTheBotWasDown() throws Exception {
        // GIVEN alice answered in a DM for Eastside
        discord.runs(ALICE, "coach start");
        assertThat(discord.dms(ALICE, "The clinic's outreach lead").body().path("content").asText())
                .contains("Saved");

        // WHEN the bot is down while Eastside removes it, then starts
        stopBot();
        discord.removeBotWhileDown(EASTSIDE);
        startBot();

        // THEN it notes that Eastside removed it, and her next DM is answered with what to do, not kept
        awaitBotRemovedFromEastside(true);
        JsonNode refused = discord.dms(ALICE, "Lincoln High's principal").body();
        assertThat(refused.path("content").asText()).contains("The server where you last used me has removed me")
                .doesNotContain("Saved");
        assertThat(count("SELECT COUNT(*) FROM walk_answers WHERE guild_id = ?")).isEqualTo(1);
    }

    @Test
    @DisplayName("a server that removes the bot while the connection to Discord is lost for long: once the session "
            + "is recreated, the bot knows, and the members' DMs say so instead of carrying on its walk")
    void removedWhileDisconnected() {
        // GIVEN alice answered in a DM for Eastside
        discord.runs(ALICE, "coach start");
        assertThat(discord.dms(ALICE, "The clinic's outreach lead").body().path("content").asText())
                .contains("Saved");

        // WHEN Eastside removes the bot while its connection is lost, and the session is recreated
        discord.removeBotWhileDisconnected(EASTSIDE);

        // THEN it notes that Eastside removed it, and her next DM is answered with what to do, not kept
        awaitBotRemovedFromEastside(true);
        JsonNode refused = discord.dms(ALICE, "Lincoln High's principal").body();
        assertThat(refused.path("content").asText()).contains("The server where you last used me has removed me")
                .doesNotContain("Saved");
        assertThat(count("SELECT COUNT(*) FROM walk_answers WHERE guild_id = ?")).isEqualTo(1);
    }

    private long count(String sql) {
        return bot.app().database().read(c -> Database.one(c, sql, rs -> rs.getLong(1), World.GUILD).orElse(0L));
    }

    /** The bot hears of a server's leave or join on its event threads: waits until it has noted it. */
    private void awaitBotRemovedFromEastside(boolean removed) {
        long deadline = System.nanoTime() + FakeDiscord.TIMEOUT.toNanos();
        String sql = "SELECT COUNT(*) FROM servers_without_bot WHERE guild_id = ?";
        while ((count(sql) == 1) != removed) {
            assertThat(System.nanoTime()).as("the bot noted the change of server within %s", FakeDiscord.TIMEOUT)
                    .isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
