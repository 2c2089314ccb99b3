package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.storage.Database;

/**
 * Every message sent exactly once, for real: the bot runs as its own process ({@code App}, as a volunteer starts
 * it) against the Discord double in this JVM. It is killed (SIGKILL) after Discord created the reminder and before
 * the bot heard back, so the row stays claimed; started again, it takes its claim back at once, resends with the
 * same nonce, Discord returns the first message, and the member holds one.
 */
@DisplayName("A bot killed between Discord's answer and its SENT mark resends once, and the member holds one message")
class CrashResendEndToEndTest {

    // an upper bound only: a child JVM starts slowly on a busy 2-core machine
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String SETTINGS = """
            INSERT INTO server_settings (guild_id, time_zone, reminder_channel_id, coordinator_role_id,
                   default_cadence_days, quiet_start_minute, quiet_end_minute, delivery, updated_at)
            VALUES (?, 'UTC', 0, 0, 14, 0, 0, 'DM', ?)""";

    @TempDir
    Path dir;
    private FakeDiscord discord;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        if (discord != null) {
            discord.close();
        }
    }

    private String dbUrl() {
        return "jdbc:h2:file:" + dir.resolve("data").resolve("partner-coach").toAbsolutePath();
    }

    /** A personal reminder for Alice that fell due a minute ago, in a server without quiet hours. */
    private long dueReminder() {
        Instant now = Instant.now();
        try (Database db = Database.open(dbUrl())) {
            return db.write(c -> {
                Database.update(c, SETTINGS, World.GUILD, now);
                return new Outbox(db, "seed").enqueue(c, new ScheduledSend.Draft(World.GUILD,
                        PersonalReminders.KIND, ALICE.id(), 0, "Call Lincoln High", "", now.minusSeconds(60)),
                        now.minusSeconds(60));
            });
        }
    }

    private ScheduledSend row(long id) {
        try (Database db = Database.open(dbUrl())) {
            return new Outbox(db, "test").find(World.GUILD, id).orElseThrow();
        }
    }

    /** The bot's own configuration file: the double's URLs, the H2 file, a 1-second poll. */
    private Path config() throws IOException {
        AppConfigFiles files = new AppConfigFiles(dir);
        return files.write(discord.restBaseUrl(), discord.discordConfig().gatewayUrl(), dbUrl());
    }

    /** Starts {@code App} in a child JVM; its log lines (the outbox's at INFO) go to {@code lines}. */
    private Process startBot(Path config, BlockingQueue<String> lines) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java",
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                "-cp", System.getProperty("java.class.path"), "org.partnercoach.App")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("PARTNER_COACH_DB_URL");
        pb.environment().put("DISCORD_TOKEN", FakeRest.TOKEN);
        pb.environment().put("PARTNER_COACH_CONFIG", config.toString());
        Process p = pb.start();
        children.add(p);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "child-bot-output");
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private static String awaitLine(BlockingQueue<String> lines, String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the bot did not log '" + fragment + "' within " + WAIT + "; it said: "
                        + String.join("\n", seen));
            }
            seen.add(line);
            if (line.contains(fragment)) {
                return line;
            }
        }
    }

    @Test
    @DisplayName("SIGKILL while Discord's answer is held, restart: one message, the row SENT on the second try")
    void killedMidSendResendsOnce() throws Exception {
        discord = FakeDiscord.start();
        long id = dueReminder();
        Path config = config();
        long dm = discord.dmChannelOf(ALICE);
        FakeRest.Hold hold = discord.holdNextMessageIn(dm);

        // GIVEN the bot starts, claims the due reminder and sends it; Discord creates the message, but its answer
        // is held
        Process first = startBot(config, new LinkedBlockingQueue<>());
        assertThat(hold.awaitHeld(WAIT)).as("the reminder reached Discord").isTrue();
        assertThat(discord.dmsOf(ALICE)).hasSize(1);
        long firstMessage = discord.dmsOf(ALICE).get(0).id();

        // WHEN the bot is killed before it hears back
        first.destroyForcibly();
        assertThat(first.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        hold.release();
        assertThat(row(id).status()).isEqualTo(ScheduledSend.Status.CLAIMED);
        int from = discord.mark();

        // AND started again
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process second = startBot(config, lines);

        // THEN it takes its own claim back at once and sends again, with the same nonce
        awaitLine(lines, "sent scheduled personal " + id + " ");
        Recorded resend = discord.awaitRequest(from, "POST", "channels/" + dm + "/messages");
        assertThat(resend.body().path("nonce").asText()).isEqualTo("pc" + id);
        assertThat(resend.body().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(resend.status()).isEqualTo(200);
        second.destroy();
        assertThat(second.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        // AND Discord returned the first message: Alice's DMs hold exactly one
        assertThat(discord.dmsOf(ALICE)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(firstMessage);
            assertThat(m.message().toString()).contains("Call Lincoln High");
        });
        // AND the row is SENT, on its second try, naming that message
        ScheduledSend sent = row(id);
        assertThat(sent.status()).isEqualTo(ScheduledSend.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    /** The files a child bot reads: its YAML configuration and a logback file that shows the outbox's lines. */
    private record AppConfigFiles(Path dir) {
        Path write(String restUrl, String gatewayUrl, String dbUrl) throws IOException {
            Files.writeString(dir.resolve("logback.xml"), """
                    <configuration>
                      <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%level %logger{24} - %msg%n</pattern></encoder>
                      </appender>
                      <logger name="org.partnercoach.outbox" level="INFO"/>
                      <root level="WARN"><appender-ref ref="OUT"/></root>
                    </configuration>
                    """);
            Path config = dir.resolve("partner-coach.yml");
            Files.writeString(config, """
                    discord:
                      restBaseUrl: "%s"
                      gatewayUrl: "%s"
                      compressGateway: false
                      registerGlobalCommands: false
                      coordinatorRoleName: "Coordinator"
                    database:
                      url: "%s"
                    curriculum:
                      overrideDirectory: "%s"
                    console:
                      ownerName: you
                      serverName: Local coalition
                      outputDirectory: "%s"
                    scheduler:
                      pollSeconds: 1
                    """.formatted(restUrl, gatewayUrl, dbUrl, dir.resolve("no-overrides"), dir.resolve("out")));
            return config;
        }
    }
}
