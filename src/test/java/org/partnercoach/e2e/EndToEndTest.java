package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.Shards;
import org.partnercoach.console.MovableClock;
import org.partnercoach.discord.DiscordBot;
import org.partnercoach.support.ErrorLogWatch;
import org.partnercoach.support.TestBot;

/**
 * Runs the real bot (the production wiring of {@link DiscordBot}) against the Discord double, on an H2 file in a
 * temporary folder. Each test starts with the bot connected and ready; any ERROR in the log fails it.
 */
abstract class EndToEndTest {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;
    FakeDiscord discord;
    DiscordBot bot;
    /** The bot's clock: a scenario moves it, then runs {@code bot.app().scheduler().runDue()}. */
    final MovableClock clock = new MovableClock(TestBot.START, ZoneOffset.UTC);
    private ErrorLogWatch errors;
    private int identifies;

    @BeforeEach
    void connect() throws Exception {
        errors = ErrorLogWatch.attach();
        discord = startDiscord();
        startBot();
    }

    /** The Discord double of the scenarios: one server, one shard. A test of shards gives it more. */
    FakeDiscord startDiscord() throws java.io.IOException {
        return FakeDiscord.start();
    }

    /** How the bot reaches the double: every shard in this process unless a test says otherwise. */
    AppConfig.DiscordConfig discordConfig() {
        return discord.discordConfig();
    }

    /**
     * How long the bot waits for Discord's answer to its own requests; null: the bot's own wait. A test of a Discord
     * that does not answer makes it short, so the scenario takes seconds.
     */
    Duration sendTimeout() {
        return null;
    }

    /**
     * How group sessions take answers: by default through the form only, as the shipped configuration has it; a test
     * of lines typed in a session's thread turns {@code typedAnswers} on.
     */
    AppConfig.SessionsConfig sessionsConfig() {
        return AppConfig.SessionsConfig.DEFAULT;
    }

    /** Starts the bot on the same double and database (again, after {@link #stopBot()}). */
    void startBot() throws InterruptedException {
        AppConfig config = TestBot.config("jdbc:h2:file:" + dataDir.resolve("partner-coach").toAbsolutePath())
                .withDiscord(discordConfig()).withSessions(sessionsConfig());
        Shards shards = config.discord().runningShards();
        int from = discord.mark();
        bot = sendTimeout() == null ? DiscordBot.start(config, clock)
                : DiscordBot.start(config, clock, sendTimeout());
        identifies += shards.ids().size();
        discord.awaitIdentify(identifies);
        assertThat(bot.awaitReady(READY_TIMEOUT)).as("the bot became ready within %s", READY_TIMEOUT).isTrue();
        // each server's commands are registered once it is ready: members can use them from then on
        for (World.Server server : discord.servers()) {
            if (shards.runs(server.id())) {
                discord.awaitGuildCommands(from, server.id());
            }
        }
    }

    /**
     * Olivia starts an Ask Yourself session titled {@code title} in #general; the bot opens its thread and posts the
     * plan, then question 1: the thread's id.
     */
    long startedByOlivia(String title) {
        return startedByOlivia("ask-yourself", title);
    }

    /** The same with another plan ({@code tip-1}...). */
    long startedByOlivia(String plan, String title) {
        int from = discord.mark();
        discord.runs(World.OLIVIA, "session start", "plan", plan, "title", title);
        discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/threads");
        List<Long> threads = discord.threads();
        long threadId = threads.get(threads.size() - 1);
        String posts = "channels/" + threadId + "/messages";
        Recorded planPost = discord.awaitRequest(from, "POST", posts);
        discord.awaitRequest(planPost.index() + 1, "POST", posts);
        return threadId;
    }

    /** The labels of the buttons in a message (component type 2). */
    static List<String> buttonLabels(JsonNode message) {
        List<String> labels = new ArrayList<>();
        components(message, 2).forEach(button -> labels.add(button.path("label").asText()));
        return labels;
    }

    /** The option labels of the string select menus in a message (component type 3). */
    static List<String> selectOptions(JsonNode message) {
        List<String> labels = new ArrayList<>();
        components(message, 3).forEach(menu -> menu.path("options").forEach(o -> labels.add(o.path("label").asText())));
        return labels;
    }

    private static List<JsonNode> components(JsonNode message, int type) {
        List<JsonNode> found = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(c -> {
            if (c.path("type").asInt() == type) {
                found.add(c);
            }
        }));
        return found;
    }

    void stopBot() {
        bot.close();
        bot = null;
    }

    @AfterEach
    void disconnect() {
        try {
            if (bot != null) {
                bot.close();
            }
            discord.close();
        } finally {
            errors.detach();
        }
        assertThat(errors.errors()).as("errors logged during the test").isEmpty();
    }
}
