package org.partnercoach.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Messenger;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.ScreenHold;
import org.partnercoach.config.Shards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partner Coach connected to Discord: the bot (features, storage, scheduler) behind JDA's {@link ShardManager},
 * which connects the shards this process runs ({@code discord.shards}; one shard of one for a bot on one machine).
 * Uses no privileged intents: slash commands, buttons and forms arrive as interactions, and DMs with the bot (whose
 * text Discord always delivers, on shard 0) through {@link GatewayIntent#DIRECT_MESSAGES}.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** How long a push (DM, channel post) may wait for Discord before it counts as failed. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    private static final int EVENT_THREADS = 4;

    private final PartnerCoach app;
    private final ShardManager shards;
    private final Messenger messenger;
    private final CountDownLatch ready;
    private final MemberLanes events;

    DiscordBot(PartnerCoach app, ShardManager shards, Messenger messenger, CountDownLatch ready,
                       MemberLanes events) {
        this.app = app;
        this.shards = shards;
        this.messenger = messenger;
        this.ready = ready;
        this.events = events;
    }

    /** Said when Discord refuses the token. */
    public static final String TOKEN_REFUSED = "Discord did not accept the bot token (DISCORD_TOKEN); copy it "
            + "again from the Bot page of your Discord application and set DISCORD_TOKEN to it";

    /** Runs the bot until the process is stopped (Ctrl+C, SIGTERM): what {@code App} calls when a token is set. */
    public static void runUntilStopped(AppConfig config) throws InterruptedException {
        DiscordBot bot = start(config, Clock.systemUTC());
        // SIGTERM / Ctrl+C: disconnect, let handlers and the scheduler finish, close the database, exit code 0
        org.partnercoach.Shutdown stop = org.partnercoach.Shutdown.onStop(bot::close);
        bot.awaitShardsShutDown();
        if (stop.cancel()) {
            bot.close();
        } else {
            Thread.currentThread().join();
        }
    }

    /**
     * Opens the database, wires the features and starts connecting this process's shards to Discord; returns at
     * once. The scheduler starts polling when Discord reports every one of them ready. {@link #close()} disconnects
     * and closes the database.
     *
     * @throws TokenRefused when Discord does not accept the token
     */
    public static DiscordBot start(AppConfig config, Clock clock) {
        return start(config, clock, SEND_TIMEOUT);
    }

    /**
     * {@link #start(AppConfig, Clock)}, with another wait than {@link #SEND_TIMEOUT} for Discord's answer to the
     * bot's own requests (a send, the coordinator lookups before a digest): for a test of a Discord that does not
     * answer.
     */
    public static DiscordBot start(AppConfig config, Clock clock, Duration sendTimeout) {
        AppConfig.DiscordConfig discord = config.discord();
        Shards running = discord.runningShards();
        JdaMessenger messenger = new JdaMessenger(sendTimeout, running);
        PartnerCoach app = PartnerCoach.assemble(config, clock, messenger, running);
        PartnerCoach.warmUpPictures();
        // while the shards connect: the first poll after a start then runs compiled code, as the next ones do
        app.scheduler().rehearse();
        CountDownLatch ready = new CountDownLatch(running.ids().size());
        AtomicBoolean polling = new AtomicBoolean();
        // each shard reports ready once; the scheduler starts with the last of this process's shards
        Runnable onReady = () -> {
            ready.countDown();
            if (ready.getCount() == 0 && polling.compareAndSet(false, true)) {
                app.scheduler().startPolling(config.scheduler().pollSeconds());
            }
        };
        MemberLanes events = new MemberLanes();
        // the login's first request: when it fails, the start-up says why in one line, and JDA's own error line
        // about it goes only to a log file, not to the screen before that line
        ScreenHold jdaLines = ScreenHold.holdOffScreen("net.dv8tion");
        try {
            // thread lines as session answers need the privileged Message Content intent: only when configured
            boolean threadMessages = config.sessions().typedAnswers();
            // one rule for who is a coordinator: when a member acts, and when a digest is planned for them
            CoordinatorRule coordinators = new CoordinatorRule(discord.coordinatorRoleName(), app.coordinatorRoles());
            EnumSet<GatewayIntent> intents = threadMessages
                    ? EnumSet.of(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES,
                    GatewayIntent.MESSAGE_CONTENT)
                    : EnumSet.of(GatewayIntent.DIRECT_MESSAGES);
            ShardManager shards = DefaultShardManagerBuilder.createLight(discord.token(), intents)
                    .setShardsTotal(running.total())
                    .setShards(running.ids())
                    .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                    .setSessionController(new ConfiguredGateway(discord.gatewayUrl()))
                    .setCompression(discord.compressGateway() ? Compression.ZLIB : Compression.NONE)
                    .setEventManagerProvider(shard -> new InMemberOrder(events))
                    .setEnableShutdownHook(false)
                    .addEventListeners(new DiscordListener(app.router(), coordinators,
                            discord.registerGlobalCommands(), onReady, app.scheduler()::soon, threadMessages))
                    .build();
            jdaLines.show();
            log.info("connecting {}", running);
            messenger.connect(shards, coordinators);
            app.heartbeat().whenConnected(() -> allConnected(shards, running));
            return new DiscordBot(app, shards, messenger, ready, events);
        } catch (InvalidTokenException e) {
            jdaLines.close();
            events.shutdownNow();
            app.close();
            throw new TokenRefused(TOKEN_REFUSED);
        } catch (ErrorResponseException e) {
            // the login's first request failed for another reason than the token: no network, DNS, Discord down
            jdaLines.close();
            events.shutdownNow();
            app.close();
            throw new DiscordUnreachable(unreachable(discord.restBaseUrl(), e));
        } catch (RuntimeException e) {
            jdaLines.show();
            events.shutdownNow();
            app.close();
            throw e;
        }
    }

    /** One line for a login that could not reach Discord: where it looked, what went wrong, what to check. */
    static String unreachable(String restBaseUrl, ErrorResponseException e) {
        // JDA reports a request that never reached Discord (no network, DNS) as a SERVER_ERROR with code -1 and the
        // I/O error as its cause: the cause is what went wrong
        Throwable cause = e.getCause();
        String why = cause != null ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                : "it answered " + e.getErrorResponse() + " (" + e.getErrorCode() + ")";
        return "cannot reach Discord at " + restBaseUrl + " (" + why + "); check this machine's network "
                + "connection and discord.restBaseUrl in config/partner-coach.yml, then start the bot again";
    }

    /** Connected: every shard this process runs has started and is connected (one down: not healthy). */
    private static boolean allConnected(ShardManager shards, Shards running) {
        List<JDA> started = shards.getShards();
        return shards.getShardsQueued() == 0 && started.size() == running.ids().size()
                && started.stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * Waits until Discord reports every shard of this process ready (logged in, their servers loaded); false if
     * it took too long.
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public PartnerCoach app() {
        return app;
    }

    /** How the bot sends on its own (what the features were given): DMs, channel posts, threads. */
    public Messenger messenger() {
        return messenger;
    }

    /** Returns when every shard has shut down (Discord closed them for good, or {@link #close()}). */
    private void awaitShardsShutDown() throws InterruptedException {
        while (true) {
            List<JDA> started = shards.getShards();
            for (JDA shard : started) {
                shard.awaitShutdown();
            }
            if (shards.getShardsQueued() == 0 && shards.getShards().size() == started.size()) {
                return;
            }
        }
    }

    /** Disconnects every shard from Discord, then stops the scheduler and closes the database. */
    @Override
    public void close() {
        List<JDA> started = shards.getShards();
        try {
            // the sends first: one in flight finishes while JDA still runs (its requests refused once it stops, and
            // logged as errors); what is left waits in the outbox for the next start
            app.scheduler().close();
            shards.shutdown();
            for (JDA shard : started) {
                if (!shard.awaitShutdown(SHUTDOWN_WAIT)) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            started.forEach(JDA::shutdownNow);
            Thread.currentThread().interrupt();
        } finally {
            events.shutdown();
            app.close();
            log.info("disconnected from Discord");
        }
    }

    /**
     * Connects every shard to the configured gateway URL (Discord's own, or a local stand-in in tests). How many
     * shards may identify at once ({@code max_concurrency}) is still asked of Discord ({@code GET /gateway/bot}),
     * as JDA does; shards in one bucket identify 5 seconds apart, as Discord requires.
     */
    private static final class ConfiguredGateway extends ConcurrentSessionController {
        private final String gatewayUrl;

        ConfiguredGateway(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA jda) {
            ShardedGateway asked = super.getShardedGateway(jda);
            return new ShardedGateway(gatewayUrl, asked.getShardTotal(), asked.getConcurrency());
        }
    }
}
