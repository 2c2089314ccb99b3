package org.partnercoach.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.partnercoach.PartnerCoach;
import org.partnercoach.config.AppConfig;
import org.partnercoach.console.ClockWalk;
import org.partnercoach.console.MovableClock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.Engine;
import org.partnercoach.storage.MigratedH2;

/**
 * The whole bot, wired as in production, on a real database (H2, or PostgreSQL for a class that runs
 * {@link OnPostgres}) and a clock the test moves. Members act on it
 * through {@link Member}, which speaks the same chat model as the Discord and console adapters.
 */
public final class TestBot implements AutoCloseable {

    public static final long GUILD = 1001;
    public static final long OTHER_GUILD = 2002;
    public static final long CHANNEL = 3003;
    public static final Instant START = Instant.parse("2026-03-02T15:00:00Z");
    /** The tests' own curriculum folder (no overrides): never the developer's {@code config/curriculum}. */
    public static final String CURRICULUM = "src/test/resources/curriculum-for-tests";

    private final AppConfig config;
    private final MovableClock clock;
    private final RecordingMessenger messenger = new RecordingMessenger();
    private PartnerCoach app;
    private Database storedRows;

    private TestBot(AppConfig config, MovableClock clock) {
        this.config = config;
        this.clock = clock;
        this.app = PartnerCoach.assemble(config, clock, messenger);
    }

    /** The engine the tests' databases run on: H2, unless the test class runs {@link OnPostgres}. */
    private static volatile Engine engine = Engine.H2;
    /** On PostgreSQL, the database that stands for each folder's "file", so a restart finds the same data. */
    private static final Map<Path, String> DURABLE = new ConcurrentHashMap<>();
    private static final List<String> MADE = new CopyOnWriteArrayList<>();

    /** The engine tests run on now. */
    public static Engine engine() {
        return engine;
    }

    /** Sets the engine for the test class that starts; back to H2 drops the PostgreSQL databases made meanwhile. */
    static void useEngine(Engine chosen) {
        engine = chosen;
        if (chosen == Engine.H2) {
            DURABLE.clear();
            for (String url : MADE) {
                Postgres.drop(url);
            }
            MADE.clear();
        }
    }

    /** The URL of a new private database, with every migration applied, on the engine tests run on now. */
    public static String freshUrl() {
        if (engine == Engine.H2) {
            return MigratedH2.freshUrl();
        }
        String url = Postgres.freshDatabase();
        MADE.add(url);
        return url;
    }

    /** A new private database on the engine tests run on now (a store test's own, without the bot). */
    public static Database freshDatabase() {
        return Database.open(freshUrl());
    }

    /** A bot on a private database: in memory on H2, a database of its own on PostgreSQL. */
    public static TestBot inMemory() {
        return on(freshUrl());
    }

    /** A bot on a private database, with a changed configuration. */
    /** The configuration of a server whose group sessions take lines typed in their thread as answers. */
    public static AppConfig typedAnswers(AppConfig c) {
        return c.withSessions(new AppConfig.SessionsConfig(true));
    }

    public static TestBot inMemory(java.util.function.UnaryOperator<AppConfig> change) {
        return new TestBot(change.apply(config(freshUrl())), new MovableClock(START, ZoneOffset.UTC));
    }

    /**
     * A bot on a database that outlives it, so a test can restart it on the same data: an H2 file in {@code dir},
     * or on PostgreSQL one database per folder.
     */
    public static TestBot onFile(Path dir) {
        return on(durableUrl(dir));
    }

    /** The URL of the database that {@link #onFile} uses for {@code dir}. */
    public static String durableUrl(Path dir) {
        if (engine == Engine.H2) {
            return "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath();
        }
        return DURABLE.computeIfAbsent(dir.toAbsolutePath(), d -> freshUrl());
    }

    /** A bot on the database at {@code url}, whatever the engine chosen for the test class. */
    public static TestBot onUrl(String url) {
        return on(url);
    }

    private static TestBot on(String url) {
        return new TestBot(config(url), new MovableClock(START, ZoneOffset.UTC));
    }

    /**
     * The bot's database as stored rows, for the few checks that no feature's API answers (a row as an older
     * version left it, a send already delivered). Prefer the features' own APIs ({@code app().partners()}, ...).
     * A {@link #restart} closes it: ask for it again after one.
     */
    public Database storedRows() {
        if (storedRows == null) {
            storedRows = Database.open(config.database().url());
        }
        return storedRows;
    }

    /** The default configuration, pointed at {@code dbUrl} and at the tests' own curriculum folder. */
    public static AppConfig config(String dbUrl) {
        return new AppConfig(
                new AppConfig.DiscordConfig(null, "https://discord.com/api/v10/", "wss://gateway.discord.gg", true,
                        false, "Coordinator"),
                new AppConfig.DatabaseConfig(dbUrl),
                new AppConfig.CurriculumConfig(CURRICULUM),
                new AppConfig.ConsoleConfig("you", "target/console-out", "Local coalition"),
                new AppConfig.SchedulerConfig(30));
    }

    /** Throws the whole object graph away and builds it again on the same database, as after a crash. */
    public TestBot restart() {
        // the bot's stop may rewrite its H2 file, which closes it for every pool in this JVM: a handle from before
        // the restart would be closed under the test
        if (storedRows != null) {
            storedRows.close();
            storedRows = null;
        }
        app.close();
        app = PartnerCoach.assemble(config, clock, messenger);
        return this;
    }

    /** A member of the test server. */
    public Member member(String name) {
        return new Member(this, name, GUILD, false);
    }

    /** A member with Manage Server (a coordinator). */
    public Member coordinator(String name) {
        return new Member(this, name, GUILD, true);
    }

    /** A member of another server that uses the same bot. */
    public Member memberOfOtherServer(String name) {
        return new Member(this, name, OTHER_GUILD, false);
    }

    /** A coordinator of another server that uses the same bot. */
    public Member coordinatorOfOtherServer(String name) {
        return new Member(this, name, OTHER_GUILD, true);
    }

    public PartnerCoach app() {
        return app;
    }

    public MovableClock clock() {
        return clock;
    }

    public RecordingMessenger messenger() {
        return messenger;
    }

    /**
     * Lets time pass with the bot running: walks the clock forward as the console's {@code :advance} does, running
     * due work at each moment it falls due on the way (as the real bot's poll would), not once at the end. Returns
     * how many sends were made.
     */
    public int advance(java.time.Duration by) {
        return ClockWalk.walkTo(clock, app.scheduler(), clock.instant().plus(by));
    }

    /**
     * The bot was down for this long: the clock jumps forward in one go and due work runs once, as at the next start
     * after an outage (work missed meanwhile fires once, late). Use {@link #advance} for time the bot was running.
     */
    public int jump(java.time.Duration by) {
        clock.advance(by);
        return app.scheduler().runDue();
    }

    public Clock clockView() {
        return clock;
    }

    @Override
    public void close() {
        if (storedRows != null) {
            storedRows.close();
        }
        app.close();
    }
}
