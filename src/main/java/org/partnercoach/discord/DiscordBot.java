package org.partnercoach.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Messenger;
import org.partnercoach.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partner Coach connected to Discord: the bot (features, storage, scheduler) behind a JDA client. Uses no
 * privileged intents: slash commands, buttons and forms arrive as interactions, and DMs with the bot (whose text
 * Discord always delivers) through {@link GatewayIntent#DIRECT_MESSAGES}.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** How long a push (DM, channel post) may wait for Discord before it counts as failed. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    private static final int EVENT_THREADS = 4;

    private final PartnerCoach app;
    private final JDA jda;
    private final Messenger messenger;
    private final CountDownLatch ready;

    private DiscordBot(PartnerCoach app, JDA jda, Messenger messenger, CountDownLatch ready) {
        this.app = app;
        this.jda = jda;
        this.messenger = messenger;
        this.ready = ready;
    }

    /** Runs the bot until the process is stopped (Ctrl+C, SIGTERM): what {@code App} calls when a token is set. */
    public static void runUntilStopped(AppConfig config) throws InterruptedException {
        DiscordBot bot = start(config, Clock.systemUTC());
        // SIGTERM / Ctrl+C: disconnect, let handlers and the scheduler finish, close the database, exit code 0
        org.partnercoach.Shutdown stop = org.partnercoach.Shutdown.onStop(bot::close);
        bot.jda.awaitShutdown();
        if (stop.cancel()) {
            bot.close();
        } else {
            Thread.currentThread().join();
        }
    }

    /**
     * Opens the database, wires the features and starts connecting to Discord; returns at once. The scheduler
     * starts polling when Discord reports the bot ready. {@link #close()} disconnects and closes the database.
     *
     * @throws IllegalStateException when Discord does not accept the token
     */
    public static DiscordBot start(AppConfig config, Clock clock) {
        AppConfig.DiscordConfig discord = config.discord();
        JdaMessenger messenger = new JdaMessenger(SEND_TIMEOUT);
        PartnerCoach app = PartnerCoach.assemble(config, clock, messenger);
        CountDownLatch ready = new CountDownLatch(1);
        Runnable onReady = () -> {
            app.scheduler().startPolling(config.scheduler().pollSeconds());
            ready.countDown();
        };
        try {
            // thread lines as session answers need the privileged Message Content intent: only when configured
            boolean threadMessages = config.sessions().typedAnswers();
            EnumSet<GatewayIntent> intents = threadMessages
                    ? EnumSet.of(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES,
                    GatewayIntent.MESSAGE_CONTENT)
                    : EnumSet.of(GatewayIntent.DIRECT_MESSAGES);
            JDA jda = JDABuilder.createLight(discord.token(), intents)
                    .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                    .setSessionController(new ConfiguredGateway(discord.gatewayUrl()))
                    .setCompression(discord.compressGateway() ? Compression.ZLIB : Compression.NONE)
                    .setEventPool(eventPool(), true)
                    .setEnableShutdownHook(false)
                    .addEventListeners(new DiscordListener(app.router(), discord.coordinatorRoleName(),
                            app.coordinatorRoles(), discord.registerGlobalCommands(), onReady,
                            app.scheduler()::soon, threadMessages))
                    .build();
            messenger.connect(jda);
            app.heartbeat().whenConnected(() -> jda.getStatus() == JDA.Status.CONNECTED);
            return new DiscordBot(app, jda, messenger, ready);
        } catch (InvalidTokenException e) {
            app.close();
            throw new IllegalStateException("Discord did not accept the bot token (DISCORD_TOKEN); "
                    + "copy it again from the Bot page of your Discord application", e);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** Waits until Discord reports the bot ready (logged in, every server loaded); false if it took too long. */
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

    /** Disconnects from Discord, then stops the scheduler and closes the database. */
    @Override
    public void close() {
        try {
            jda.shutdown();
            if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            app.close();
            log.info("disconnected from Discord");
        }
    }

    /** Handlers read and write the database: they run on a small pool, never on the gateway's thread. */
    private static ExecutorService eventPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(EVENT_THREADS, r -> {
            Thread t = new Thread(r, "partner-coach-events-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects to the configured gateway URL (Discord's own, or a local stand-in in tests). */
    private static final class ConfiguredGateway extends SessionControllerAdapter {
        private final String gatewayUrl;

        ConfiguredGateway(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }
    }
}
