package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.EASTSIDE;
import static org.partnercoach.e2e.World.WESTSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Messenger.Delivery;
import org.partnercoach.chat.Reply;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.Shards;
import org.partnercoach.console.MovableClock;
import org.partnercoach.discord.DiscordBot;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.support.ErrorLogWatch;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

/**
 * A bot with two Discord shards, against a Discord that sends each server's events on its shard's session:
 * Eastside is in shard 1 of 2, Westside in shard 0. One process runs both; one runs only shard 1; two processes on
 * one database run one shard each.
 */
@DisplayName("Discord shards")
class ShardsEndToEndTest {

    private static List<String> shardsOf(List<JsonNode> identifies) {
        return identifies.stream().map(i -> i.path("shard").toString()).toList();
    }

    private static String firstEmbedTitle(Recorded post) {
        return post.body().path("embeds").get(0).path("title").asText();
    }

    /** Waits for alice's and cora's DMs since {@code from}: each the cultivate reminder of her own server's partner. */
    private static void bothRemindersArrive(FakeDiscord discord, int from) {
        Recorded toAlice = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        Recorded toCora = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(CORA) + "/messages");
        assertThat(firstEmbedTitle(toAlice)).isEqualTo("🌱 Time to check in with Eastside Food Bank");
        assertThat(firstEmbedTitle(toCora)).isEqualTo("🌱 Time to check in with Westside Youth Club");
    }

    @Test
    @DisplayName("the two servers are in different shards of 2")
    void serversInBothShards() {
        assertThat(Shards.of(EASTSIDE.id(), 2)).isEqualTo(1);
        assertThat(Shards.of(WESTSIDE.id(), 2)).isZero();
    }

    @Nested
    @DisplayName("one process running shards 0 and 1")
    class BothShards extends EndToEndTest {

        @Override
        FakeDiscord startDiscord() throws IOException {
            return FakeDiscord.start(2, WESTSIDE);
        }

        @Override
        AppConfig.DiscordConfig discordConfig() {
            return discord.discordConfig(2, "0-1");
        }

        @Test
        @DisplayName("connects both shards, answers a command in each server and pushes each server's reminder")
        void bothServers() throws IOException {
            // GIVEN the bot connected shard 0 and shard 1 of 2, and each session received its own server
            assertThat(shardsOf(discord.identifies())).containsExactlyInAnyOrder("[0,2]", "[1,2]");
            assertThat(discord.guildsSent()).containsExactlyInAnyOrder(EASTSIDE.id(), WESTSIDE.id());
            assertThat(discord.reaches(EASTSIDE)).isTrue();
            assertThat(discord.reaches(WESTSIDE)).isTrue();

            // WHEN alice adds a partner in Eastside (shard 1) and cora one in Westside (shard 0)
            Recorded east = discord.runsIn(EASTSIDE, ALICE, "partner add", "name", "Eastside Food Bank",
                    "sector", "food");
            Recorded west = discord.runsIn(WESTSIDE, CORA, "partner add", "name", "Westside Youth Club",
                    "sector", "youth");

            // THEN each is answered in its own server, and each partner is stored in its own server
            assertThat(east.message().path("content").asText()).startsWith("Added “Eastside Food Bank”");
            assertThat(west.message().path("content").asText()).startsWith("Added “Westside Youth Club”");
            assertThat(bot.app().partners().activePartners(EASTSIDE.id())).extracting(p -> p.name())
                    .containsExactly("Eastside Food Bank");
            assertThat(bot.app().partners().activePartners(WESTSIDE.id())).extracting(p -> p.name())
                    .containsExactly("Westside Youth Club");

            // WHEN 15 days pass and the bot sends what fell due
            int from = discord.mark();
            clock.advance(Duration.ofDays(15));
            bot.app().scheduler().runDue();

            // THEN alice's reminder (a server of shard 1) and cora's (a server of shard 0) both arrive by DM, once
            bothRemindersArrive(discord, from);
            assertThat(discord.dmsOf(ALICE)).hasSize(1);
            assertThat(discord.dmsOf(CORA)).hasSize(1);
            // AND the health file says connected: both shards are
            assertThat(java.nio.file.Files.readString(dataDir.resolve("health")).strip())
                    .isEqualTo(clock.instant().toString());

            // AND a DM to the bot (Discord sends DMs on shard 0) is answered
            Recorded answer = discord.dms(ALICE, "hello");
            assertThat(answer.status()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("a process running only shard 1")
    class OnlyShardOne extends EndToEndTest {

        @Override
        FakeDiscord startDiscord() throws IOException {
            return FakeDiscord.start(2, WESTSIDE);
        }

        @Override
        AppConfig.DiscordConfig discordConfig() {
            return discord.discordConfig(2, "1");
        }

        private long dueReminder(World.Server server, World.Person who, String text) {
            var now = clock.instant();
            return bot.app().database().write(c -> bot.app().outbox().enqueue(c, new ScheduledSend.Draft(
                    server.id(), PersonalReminders.KIND, who.id(), 0, 0, text, "", now.minusSeconds(60)), now));
        }

        @Test
        @DisplayName("never receives or answers Westside (shard 0); leaves its reminder to the process of shard 0")
        void onlyItsOwnServers() {
            // GIVEN the bot identified once, as shard 1 of 2, and Discord sent it Eastside only
            assertThat(shardsOf(discord.identifies())).containsExactly("[1,2]");
            assertThat(discord.guildsSent()).containsExactly(EASTSIDE.id());
            // AND Westside's events (and DMs, which Discord sends on shard 0) have no session here to go to
            assertThat(discord.reaches(WESTSIDE)).isFalse();
            assertThat(discord.requests()).noneMatch(r -> r.path().contains("guilds/" + WESTSIDE.id()));

            // WHEN a member of Eastside runs a command THEN it is answered
            Recorded east = discord.runsIn(EASTSIDE, ALICE, "partner add", "name", "Eastside Food Bank",
                    "sector", "food");
            assertThat(east.message().path("content").asText()).startsWith("Added “Eastside Food Bank”");

            // WHEN a reminder falls due in each server and the bot sends what is due
            long eastReminder = dueReminder(EASTSIDE, ALICE, "Call Lincoln High");
            long westReminder = dueReminder(WESTSIDE, CORA, "Call the Westside clinic");
            int from = discord.mark();
            bot.app().scheduler().runDue();

            // THEN alice's (Eastside) is sent by DM
            Recorded toAlice = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE)
                    + "/messages");
            assertThat(toAlice.body().toString()).contains("Call Lincoln High");
            assertThat(bot.app().outbox().find(EASTSIDE.id(), eastReminder).orElseThrow().status())
                    .isEqualTo(ScheduledSend.Status.SENT);
            // AND cora's (Westside) is neither sent nor tried: it waits, untouched, for the process of shard 0
            assertThat(discord.dmsOf(CORA)).isEmpty();
            ScheduledSend west = bot.app().outbox().find(WESTSIDE.id(), westReminder).orElseThrow();
            assertThat(west.status()).isEqualTo(ScheduledSend.Status.PENDING);
            assertThat(west.attempts()).isZero();

            // AND the messenger does not post in Westside: another process runs its shard
            assertThat(bot.messenger().handles(WESTSIDE.id())).isFalse();
            assertThat(bot.messenger().handles(EASTSIDE.id())).isTrue();
            int before = discord.mark();
            Delivery post = bot.messenger().post(WESTSIDE.id(), WESTSIDE.general(), Reply.text("hello"), null);
            assertThat(post.status()).isEqualTo(Delivery.Status.FAILED);
            assertThat(post.trouble()).isEqualTo(org.partnercoach.chat.SendTrouble.BOT_FAULT);
            assertThat(post.detail()).isEqualTo("this server is served by another of the bot's processes");
            assertThat(discord.requests().subList(before, discord.requests().size())).isEmpty();
        }
    }

    @Nested
    @DisplayName("two processes on one database, each running one shard")
    class TwoProcesses {

        @TempDir
        Path dataDir;
        private final MovableClock clock = new MovableClock(TestBot.START, ZoneOffset.UTC);
        private final List<DiscordBot> bots = new ArrayList<>();
        private FakeDiscord discord;
        private ErrorLogWatch errors;

        @AfterEach
        void stop() {
            try {
                bots.forEach(DiscordBot::close);
                if (discord != null) {
                    discord.close();
                }
            } finally {
                errors.detach();
            }
            assertThat(errors.errors()).as("errors logged during the test").isEmpty();
        }

        /** Starts a process running {@code ids} of 2 shards; returns when it is ready and its server set up. */
        private DiscordBot process(String ids, World.Server itsServer, int identifiesSoFar) throws Exception {
            int from = discord.mark();
            AppConfig config = TestBot.config("jdbc:h2:file:" + dataDir.resolve("partner-coach").toAbsolutePath())
                    .withDiscord(discord.discordConfig(2, ids));
            // each process under a name of its own, so that the rows say which one claimed them
            DiscordBot bot = DiscordBot.start(config.withScheduler(config.scheduler().withInstance("shard-" + ids)),
                    clock);
            bots.add(bot);
            discord.awaitIdentify(identifiesSoFar + 1);
            assertThat(bot.awaitReady(EndToEndTest.READY_TIMEOUT)).isTrue();
            discord.awaitGuildCommands(from, itsServer.id());
            return bot;
        }

        @Test
        @DisplayName("each answers its own server and sends its own server's reminder, once")
        void eachItsOwn() throws Exception {
            errors = ErrorLogWatch.attach();
            discord = FakeDiscord.start(2, WESTSIDE);
            DiscordBot zero = process("0", WESTSIDE, 0);
            DiscordBot one = process("1", EASTSIDE, 1);
            assertThat(shardsOf(discord.identifies())).containsExactly("[0,2]", "[1,2]");

            // WHEN a member of each server adds a partner THEN each is answered (by the process of its shard)
            assertThat(discord.runsIn(EASTSIDE, ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food")
                    .message().path("content").asText()).startsWith("Added “Eastside Food Bank”");
            assertThat(discord.runsIn(WESTSIDE, CORA, "partner add", "name", "Westside Youth Club", "sector",
                    "youth").message().path("content").asText()).startsWith("Added “Westside Youth Club”");

            // WHEN 15 days pass and both processes send what is due, process 0 first (process 1 may also start a run
            // on its own: the runs its answers asked for can come after the clock has moved)
            int from = discord.mark();
            clock.advance(Duration.ofDays(15));
            zero.app().scheduler().runDue();
            one.app().scheduler().runDue();
            bothRemindersArrive(discord, from);
            // THEN each reminder was claimed and sent by the process of its server's shard
            List<String> claims = zero.app().database().read(c -> Database.list(c, "SELECT guild_id, claimed_by,"
                    + " status FROM scheduled_sends WHERE kind = 'cultivate'", rs -> rs.getLong(1) + " "
                    + rs.getString(2) + " " + rs.getString(3)));
            assertThat(claims).containsExactlyInAnyOrder(
                    EASTSIDE.id() + " shard-1 SENT", WESTSIDE.id() + " shard-0 SENT");
            // AND running both again sends nothing twice
            zero.app().scheduler().runDue();
            one.app().scheduler().runDue();
            assertThat(discord.dmsOf(ALICE)).hasSize(1);
            assertThat(discord.dmsOf(CORA)).hasSize(1);
        }
    }
}
