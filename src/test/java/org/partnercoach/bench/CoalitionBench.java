package org.partnercoach.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.console.MovableClock;
import org.partnercoach.outbox.OutboxProbe;
import org.partnercoach.partners.NameSuffixesProbe;
import org.partnercoach.partners.StageCountsProbe;
import org.partnercoach.storage.Database;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * The coalition-scale benchmark: seeds one server in an H2 file or a PostgreSQL database (members, partners,
 * touchpoints, answers, pending reminders) with batched JDBC, then measures, in one run, the handlers through the chat
 * model against the same work as bare JDBC, one scheduler poll, the outbox's claim, start-up, heap, and the growth on
 * disk over many writes. It ends with one {@code BENCH engine=...} line; what differs between the engines is in
 * {@link BenchEngine}. Run it with {@code mvn -B -Pbench verify} (both engines, see docs/benchmark.md);
 * {@link CoalitionBenchSmokeTest} runs it with tiny sizes in the normal build so it cannot rot.
 */
public final class CoalitionBench {

    /**
     * How much to seed, how often to repeat each measured handler, how many new JVMs to start for the start-up
     * figure (their median), and how many digests to build at each size (their median, after as many untimed).
     */
    public record Sizes(int members, int partners, int touchpoints, int answers, int reminders, int owners,
                        int claimDue, int handlerRuns, int handlerWarmups, int writes, int coldStarts,
                        int digestBuilds) {

        /** The sizes of the issue: a coalition of 2,000 members. */
        public static Sizes full() {
            return new Sizes(2_000, 10_000, 200_000, 100_000, 1_000_000, 500, 10_000, 400, 5_000, 100_000, 3, 7);
        }

        /**
         * The full partners and touchpoints (so the handlers and the digest see a full server) with a tenth of the
         * reminders and writes: a few minutes, for measuring as you go.
         */
        public static Sizes medium() {
            return new Sizes(2_000, 10_000, 200_000, 20_000, 100_000, 500, 10_000, 200, 1_000, 10_000, 3, 5);
        }

        /** Seconds, for the smoke test. */
        public static Sizes tiny() {
            return new Sizes(60, 200, 2_000, 1_000, 5_000, 10, 100, 8, 4, 400, 1, 1);
        }
    }

    /**
     * HOOK for the weekly digest (package org.partnercoach.digest, built separately): return how long building the
     * digest of {@code [from, to)} took, in milliseconds. Until it lands the figure is printed as n/a; the history
     * query it will run is measured meanwhile as {@code digest_history_*_ms}.
     */
    @FunctionalInterface
    public interface DigestHook {
        OptionalLong buildMillis(PartnerCoach app, long guildId, Instant from, Instant to);

        DigestHook NOT_YET = (app, guildId, from, to) -> OptionalLong.empty();

        /** The real weekly digest (card, chart and CSV) of the period, through {@code DigestFeature.digestOf}. */
        DigestHook WEEKLY = (app, guildId, from, to) -> {
            long start = System.nanoTime();
            org.partnercoach.chat.Reply digest = app.digest().digestOf(guildId, from, to);
            long took = ms(start);
            if (digest.plainText().isBlank()) {
                throw new IllegalStateException("an empty digest");
            }
            return OptionalLong.of(took);
        };
    }

    static final long GUILD = TestBot.GUILD;
    static final long CHANNEL = TestBot.CHANNEL;
    /** Midday UTC: outside the default quiet hours, so the poll sends at once. */
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    /** The week whose touchpoints the digest reads: half of all touchpoints fall in it. */
    static final Instant WEEK = NOW.minus(Duration.ofDays(45));
    /** The quarter of {@link #NOW}, as the quarterly value question keys it, and when it began. */
    static final String QUARTER = "2026-Q1";
    static final String QUARTER_START = "2026-01-01T00:00:00Z";
    static final String[] SECTORS = {"public-health", "health-care", "mental-health", "education", "youth",
        "seniors", "faith", "business", "government", "housing", "food", "transportation", "safety", "media",
        "philanthropy", "academia", "community", "arts", "parks", "environment"};
    static final String[] STAGES = {"RESEARCHING", "CONNECTING", "CULTIVATING", "ASKING", "PARTNERED"};

    private static final String DIGEST_HISTORY = "SELECT t.partner_id, t.user_id, t.kind, t.happened_at"
            + " FROM partner_touchpoints t WHERE t.guild_id = ? AND t.happened_at >= ? AND t.happened_at < ?";

    private final Sizes sizes;
    private final Path dir;
    private final PrintStream out;
    private final DigestHook digest;
    private final BenchEngine engine;
    private final Map<String, String> summary = new LinkedHashMap<>();

    /** The benchmark on an H2 file in {@code dir}. */
    public CoalitionBench(Sizes sizes, Path dir, PrintStream out, DigestHook digest) {
        this(sizes, BenchEngine.H2, dir, out, digest);
    }

    /** The benchmark on {@code engine} ({@code h2}, or {@code postgresql}: a server of its own), data in dir. */
    public CoalitionBench(Sizes sizes, String engine, Path dir, PrintStream out, DigestHook digest) {
        this(sizes, BenchEngine.of(engine, dir, false), dir, out, digest);
    }

    private CoalitionBench(Sizes sizes, BenchEngine engine, Path dir, PrintStream out, DigestHook digest) {
        this.sizes = sizes;
        this.dir = dir;
        this.out = out;
        this.digest = digest;
        this.engine = engine;
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "full";
        Sizes sizes = switch (size) {
            case "tiny" -> Sizes.tiny();
            case "medium" -> Sizes.medium();
            default -> Sizes.full();
        };
        // -Dbench.keep=<folder>: seed there once and keep it, to measure again without seeding (figures after the
        // first run are of a server the earlier runs have written to)
        String keep = System.getProperty("bench.keep", "");
        // -Dbench.engine=h2|postgresql|both (default both: each in a cold JVM of its own, H2 first)
        String engine = System.getProperty("bench.engine", "both");
        if (engine.isBlank() || engine.equals("both")) {
            for (String one : List.of(BenchEngine.H2, BenchEngine.POSTGRESQL)) {
                int exit = inOwnJvm(one, args);
                if (exit != 0) {
                    System.exit(exit);
                }
            }
            return;
        }
        Path dir = keep.isEmpty() ? Files.createTempDirectory("partner-coach-bench") : Files.createDirectories(
                Path.of(keep));
        try {
            new CoalitionBench(sizes, BenchEngine.of(engine, dir, !keep.isEmpty()), dir, System.out,
                    DigestHook.WEEKLY).run();
        } finally {
            if (keep.isEmpty()) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Runs the benchmark on one engine in a new JVM with this one's options (heap), as a cold bot starts. */
    private static int inOwnJvm(String engine, String[] args) throws IOException, InterruptedException {
        List<String> command = javaLikeThisOne(CoalitionBench.class, "-Dbench.engine=" + engine);
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * A command starting {@code main} in a new JVM with this one's options (heap, properties) and class path, less a
     * flight recording (one JVM writes its file), with {@code properties} ({@code -D...=...}, or
     * options such as {@code -Xshare:on}) in place of its own.
     */
    private static List<String> javaLikeThisOne(Class<?> main, String... properties) {
        return javaOn(main, System.getProperty("java.class.path"), properties);
    }

    /** The same, on {@code classPath}. */
    private static List<String> javaOn(Class<?> main, String classPath, String... properties) {
        List<String> names = Stream.of(properties)
                .map(p -> p.indexOf('=') > 0 ? p.substring(0, p.indexOf('=') + 1) : p).toList();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> names.stream().noneMatch(a::startsWith) && !a.startsWith("-XX:StartFlightRecording"))
                .forEach(command::add);
        command.addAll(List.of(properties));
        command.add("-classpath");
        command.add(classPath);
        command.add(main.getName());
        return command;
    }

    /** The jar the build shipped ({@code -Dbench.jar}, set by the bench profile), when it is there. */
    private static Optional<Path> builtJar() {
        String jar = System.getProperty("bench.jar", "");
        return jar.isEmpty() || !Files.isRegularFile(Path.of(jar)) ? Optional.empty() : Optional.of(Path.of(jar));
    }

    /**
     * What the cold start runs on: the built jar with the benchmark's own classes, as {@code java -jar} loads the
     * bot; this JVM's class path (the tests' libraries too) where no jar was built yet, as in the smoke test.
     */
    private static String coldClassPath() {
        return builtJar().map(jar -> {
            try {
                return jar + java.io.File.pathSeparator
                        + Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }).orElse(System.getProperty("java.class.path"));
    }

    /** The class archive the build wrote beside the built jar ({@code partner-coach.jsa}); null without either. */
    private static Path classArchive() {
        return builtJar()
                .map(jar -> jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa")))
                .filter(Files::isRegularFile).orElse(null);
    }

    String url() {
        return engine.url();
    }

    /** Runs every measurement; returns the summary's figures, which the last printed line also carries. */
    public Map<String, String> run() throws Exception {
        out.printf("machine: %d cores, max heap %d MB, java %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), loadAverage());
        long started = System.nanoTime();
        String engineLine = engine.start();
        out.printf("%s, ready in %d ms%n", engineLine, ms(started));
        try {
            measure();
        } finally {
            engine.close();
        }
        String line = "BENCH engine=" + engine.name() + " " + String.join(" ", Stream.of("handler_p99_ms",
                "ratio_vs_jdbc", "poll_10k_ms", "claim_10k_ms", "digest_100k_ms", "startup_ms", "heap_mb",
                "file_growth").map(k -> k + "=" + summary.getOrDefault(k, "n/a")).toList());
        out.println(line);
        return summary;
    }

    private void measure() throws Exception {
        long t0 = System.nanoTime();
        if (Files.exists(engine.seededMarker())) {
            out.println("kept from an earlier run: not seeded again");
        } else {
            seed();
            Files.writeString(engine.seededMarker(), sizes.toString());
        }
        out.printf("seeded %s in %d ms, %s %d MB%n", sizes, ms(t0), engine.name(), engine.size() >> 20);

        startup();
        MovableClock clock = new MovableClock(NOW, ZoneOffset.UTC);
        RecordingMessenger messenger = new RecordingMessenger();
        AppConfig config = TestBot.config(url());
        long start = System.nanoTime();
        PartnerCoach app = PartnerCoach.assemble(config, clock, messenger);
        out.printf("assembled again in this JVM (classes loaded by the seeding or the start above): %d ms%n",
                ms(start));
        // as the bot does while Discord connects (console mode: while the first line is typed)
        long warming = System.nanoTime();
        int sample = PartnerCoach.warmUpPictures().join();
        out.printf("sample chart drawn on its own thread, as the bot does at start-up: %d ms (%d bytes)%n",
                ms(warming), sample);
        try {
            heap();
            if (step("poll")) {
                poll(app, clock, messenger);
            }
            if (step("claim")) {
                claim(app, clock);
            }
            if (step("handlers")) {
                handlers(app);
            }
            if (step("digest")) {
                digest(app);
            }
            if (step("growth")) {
                app = restarted(app, config, clock, messenger);
                growth(app, clock);
            }
        } finally {
            long stop = System.nanoTime();
            app.close();
            // an H2 file mostly of dead space is rewritten when the bot stops
            summary.put("stop_ms", String.valueOf(ms(stop)));
        }
        if (step("growth")) {
            compactedGrowth();
        }
    }

    /**
     * Whether to run a step: -Dbench.steps=poll,claim,handlers,digest,growth (default all), to measure one part again
     * on a kept copy while working on it; the BENCH line then says n/a for the rest.
     */
    private static boolean step(String name) {
        String steps = System.getProperty("bench.steps", "");
        return steps.isBlank() || List.of(steps.split(",")).contains(name);
    }

    // --- seeding (harness code: batched JDBC) ----------------------------------------------------------------

    static long member(int i) {
        return 100_000L + i;
    }

    static long owner(int i) {
        return member(i);
    }

    /** One suffix of a partner's name (V39), as the seeding and the bare side of adding a partner write it. */
    private static final String INSERT_SUFFIX = "INSERT INTO partner_name_suffixes (guild_id, suffix, partner_id)"
            + " VALUES (?, ?, ?)";

    static String partnerName(int i) {
        return String.format(Locale.ROOT, "Partner %05d", i);
    }

    /**
     * Seeds in big transactions with the engine's bulk-load settings, then lets the engine tidy up (H2 compacts the
     * file once, as a server restarted now and then would have it; PostgreSQL gathers its planner statistics).
     */
    private void seed() throws SQLException {
        try (Database db = engine.openForSeeding()) {
            db.write(c -> {
                batch(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", sizes.members(),
                        (ps, i) -> set(ps, member(i), GUILD));
                Instant old = NOW.minus(Duration.ofDays(400));
                batch(c, "INSERT INTO partners (guild_id, name, name_key, sector, stage, owner_id, contact, notes,"
                        + " created_by, created_at, activity_at, last_touch_at, last_touch_note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sizes.partners(), (ps, i) -> set(ps,
                        GUILD, partnerName(i), partnerName(i).toLowerCase(Locale.ROOT), SECTORS[i % SECTORS.length],
                        STAGES[i % STAGES.length], owner(i % sizes.owners()), "Maria, maria@example.org",
                        "Met at the spring fair", owner(i % sizes.owners()), ts(old),
                        ts(NOW.minus(Duration.ofMinutes(i))), ts(NOW.minus(Duration.ofDays(30 + i % 10))),
                        "Coffee with the director: they want to help with the youth program"));
                // each name's suffixes (what partner autocomplete finds names containing the typed text by, V39) and
                // the key rule they were made with, as the bot keeps them for the partners it adds
                List<Object[]> suffixes = new ArrayList<>();
                for (int i = 0; i < sizes.partners(); i++) {
                    for (String suffix : NameSuffixesProbe.suffixesOfName(partnerName(i))) {
                        suffixes.add(new Object[] {GUILD, suffix, 1L + i});
                    }
                }
                batch(c, INSERT_SUFFIX, suffixes.size(), (ps, i) -> set(ps, suffixes.get(i)));
                // how many partners each sector has in each stage (V40), as the migration counts them once
                StageCountsProbe.recount(c);
                batch(c, "INSERT INTO partner_key_rule (rule) VALUES (?)", 1,
                        (ps, i) -> set(ps, NameSuffixesProbe.keyRule()));
                // the quarter's value questions went out at its start (a server running for longer than a quarter):
                // the poll measured is the cultivate reminders' (docs/benchmark.md says what the first run of a
                // quarter adds)
                batch(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key, asked_at)"
                        + " VALUES (?, ?, ?, 'VALUE', ?, ?)", sizes.partners(), (ps, i) -> set(ps, GUILD, 1 + i,
                        owner(i % sizes.owners()), QUARTER, ts(Instant.parse(QUARTER_START))));
                int inWeek = sizes.touchpoints() / 2;
                long weekSeconds = Duration.ofDays(7).toSeconds();
                long before = Duration.ofDays(300).toSeconds();
                batch(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note, happened_at,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", sizes.touchpoints(), (ps, i) -> {
                            Instant at = i < inWeek ? WEEK.plusSeconds(weekSeconds * i / inWeek)
                                    : WEEK.minusSeconds(1 + before * (i - inWeek) / inWeek);
                            set(ps, GUILD, 1 + i % sizes.partners(), member(i % sizes.members()), "MEETING",
                                    "Met to talk about the health fair and who else should be at the table", ts(at),
                                    ts(at));
                        });
                int walks = Math.max(1, sizes.answers() / 10);
                batch(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key, status,"
                        + " started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", walks, (ps, i) -> set(ps,
                        GUILD, member(i % sizes.members()), "partner-plan", 1 + i, "q10", "ACTIVE", ts(old),
                        ts(old)));
                batch(c, "INSERT INTO walk_answers (guild_id, walk_id, question_key, answer, skipped, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", walks * 10, (ps, i) -> set(ps, GUILD,
                        1 + i / 10, "q" + (i % 10), "We could invite them to the next coalition meeting", false,
                        ts(old), ts(old)));
                // pending personal reminders: claimDue of them fall due an hour after the poll, the rest later
                batch(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload, requested_at, due_at,"
                        + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)", sizes.reminders(),
                        (ps, i) -> {
                            Instant due = i < sizes.claimDue() ? NOW.plus(Duration.ofHours(1)).plusSeconds(i % 600)
                                    : NOW.plus(Duration.ofDays(2)).plusSeconds(i);
                            set(ps, GUILD, "personal", member(i % sizes.members()), "Call back about the grant",
                                    ts(due), ts(due), ts(NOW.minus(Duration.ofDays(1))));
                        });
                return null;
            });
        }
        engine.afterSeeding();
    }

    private interface Row {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    private static void batch(Connection c, String sql, int count, Row row) throws SQLException {
        Database.begin(c); // its statements are its own, committed every 50,000 rows
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                row.bind(ps, i);
                ps.addBatch();
                if ((i + 1) % 5_000 == 0) {
                    ps.executeBatch();
                }
                if ((i + 1) % 50_000 == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    // --- measurements ----------------------------------------------------------------------------------------

    /**
     * Start-up as a bot meets it: a new JVM with this one's options reads the configuration file, opens the database
     * and assembles the app. The figure is from launching the JVM to its line saying it is ready: the median of
     * {@code sizes.coldStarts()} such JVMs, one after the other, each printed (the first competes with this JVM's own
     * compiling and collecting after the seeding).
     */
    private void startup() throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Dbench.url=" + url(),
                "-Dbench.config=" + Path.of("config", "partner-coach.yml").toAbsolutePath(),
                // the bot's own logging set-up, as App chooses it (not the tests' logback-test.xml)
                "-Dlogback.configurationFile=" + Path.of("config", "logback.xml").toAbsolutePath()));
        Path archive = classArchive();
        if (archive != null) {
            // as the README starts the bot: the classes the build archived are mapped, not loaded (and the start fails,
            // rather than quietly loading them, if the archive cannot be used)
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xshare:on");
        }
        List<String> command = javaOn(ColdStart.class, coldClassPath(), options.toArray(String[]::new));
        long[] ready = new long[sizes.coldStarts()];
        List<String> each = new ArrayList<>();
        for (int i = 0; i < ready.length; i++) {
            ColdRun run = coldStart(command);
            ready[i] = run.readyMs();
            each.add(run.readyMs() + " (" + run.assembledMs() + ")");
        }
        long median = Arrays.stream(ready).sorted().toArray()[ready.length / 2];
        out.printf("startup_ms=%d (the median of %d new JVMs, each from its launch to ready, with the configuration and"
                + " PartnerCoach.assemble in brackets: %s ms; %s)%n", median, ready.length, String.join(", ", each),
                archive != null ? "classes mapped from " + archive.getFileName()
                        : "no class archive: classes loaded from the class path");
        summary.put("startup_ms", String.valueOf(median));
    }

    /** One cold start: from launching the JVM to its ready line, and the configuration and assemble it printed. */
    private record ColdRun(long readyMs, String assembledMs) {
    }

    /** One new JVM running {@code command} to its ready line. */
    private static ColdRun coldStart(List<String> command) throws IOException, InterruptedException {
        long launched = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder printed = new StringBuilder();
        long ready = -1;
        String assembled = "";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (ready < 0 && line.startsWith(ColdStart.READY)) {
                    ready = ms(launched);
                    assembled = line.substring(ColdStart.READY.length());
                }
                printed.append(line).append('\n');
            }
        }
        if (child.waitFor() != 0 || ready < 0) {
            throw new IllegalStateException("the cold start failed:\n" + printed);
        }
        return new ColdRun(ready, assembled);
    }

    /**
     * The cold start {@link #startup} runs: reads the bot's configuration file ({@code -Dbench.config}) with the
     * database at {@code -Dbench.url}, as {@code App} does, assembles the app, says so, and closes it.
     */
    public static final class ColdStart {

        static final String READY = "ready, configured and assembled in ms: ";

        private ColdStart() {
        }

        public static void main(String[] args) {
            long start = System.nanoTime();
            AppConfig config = ConfigLoader.load(Map.of(ConfigLoader.ENV_CONFIG, System.getProperty("bench.config"),
                    ConfigLoader.ENV_DB_URL, System.getProperty("bench.url")));
            PartnerCoach app = PartnerCoach.assemble(config, new MovableClock(NOW, ZoneOffset.UTC),
                    new RecordingMessenger());
            System.out.println(READY + ms(start));
            System.out.flush();
            app.close();
        }
    }

    private void heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
        out.printf("heap_mb=%d (in use after a full GC, data loaded)%n", used);
        summary.put("heap_mb", String.valueOf(used));
    }

    /**
     * One poll of the sending thread with every partner due: the planner queues one message per owner, the outbox
     * sends them. The housekeeping that runs on its own thread (the first daily backup, pruning, compaction) is timed
     * after it, on its own.
     */
    private void poll(PartnerCoach app, MovableClock clock, RecordingMessenger messenger) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        long statements = Database.statementsRun();
        int sent = app.scheduler().runSends();
        long took = ms(start);
        out.printf("poll: %d partners due for %d owners -> %d messages sent (%d recorded) in %d ms (%d ms of CPU,"
                + " %d statements)%n", sizes.partners(), sizes.owners(), sent, messenger.sent().size(), took,
                (cpuNanos() - cpu) / 1_000_000, Database.statementsRun() - statements);
        summary.put("poll_10k_ms", String.valueOf(took));
        // the cultivate reminders among them (the same run may also send other kinds, such as value questions)
        long cultivate = messenger.sent().stream().filter(m -> m.reply().rows().stream().anyMatch(row ->
                row instanceof org.partnercoach.chat.Row.Buttons buttons ? buttons.buttons().stream()
                        .anyMatch(button -> button.id().feature().equals("cultivate"))
                        : row instanceof org.partnercoach.chat.Row.Select select
                        && select.menu().id().feature().equals("cultivate"))).count();
        out.printf("poll: %d of them cultivate reminders, one per owner%n", cultivate);
        summary.put("poll_messages", String.valueOf(cultivate));
        summary.put("poll_sent", String.valueOf(sent));
        clock.advance(Duration.ofMinutes(1));
        long again = System.nanoTime();
        int more = app.scheduler().runSends();
        out.printf("poll a minute later: %d more messages in %d ms%n", more, ms(again));
        summary.put("poll_again_messages", String.valueOf(more));
        // the same poll on a bot that has been running (its code compiled, the pages it reads cached): the reminder
        // states the first poll wrote are cleared, so the same 10,000 partners are due again for the same owners
        app.database().write(c -> Database.update(c, "DELETE FROM cultivate_states WHERE guild_id = ?", GUILD));
        clock.advance(Duration.ofMinutes(1));
        int before = messenger.sent().size();
        long warm = System.nanoTime();
        long warmCpu = cpuNanos();
        int sentWarm = app.scheduler().runSends();
        long tookWarm = ms(warm);
        out.printf("poll again on the running bot (the same %d partners due): %d messages sent (%d recorded) in %d ms"
                + " (%d ms of CPU)%n", sizes.partners(), sentWarm, messenger.sent().size() - before, tookWarm,
                (cpuNanos() - warmCpu) / 1_000_000);
        summary.put("poll_running_ms", String.valueOf(tookWarm));
        summary.put("poll_running_sent", String.valueOf(sentWarm));
        long housekeeping = System.nanoTime();
        app.scheduler().runHousekeeping();
        out.printf("housekeeping on its own thread (the day's backup of the file, pruning, compaction): %d ms%n",
                ms(housekeeping));
    }

    /** Claims every due row, in the outbox's batches, when claimDue of the reminders have fallen due. */
    private void claim(PartnerCoach app, MovableClock clock) {
        clock.advance(Duration.ofHours(2));
        long start = System.nanoTime();
        long cpu = cpuNanos();
        int claimed = OutboxProbe.claimAllDue(app.outbox(), clock.instant());
        long took = ms(start);
        out.printf("claim: %d due among %d pending -> %d claimed in %d ms (%d ms of CPU)%n", sizes.claimDue(),
                sizes.reminders(), claimed, took, (cpuNanos() - cpu) / 1_000_000);
        summary.put("claim_10k_ms", String.valueOf(took));
        summary.put("claimed", String.valueOf(claimed));
    }

    private void handlers(PartnerCoach app) throws SQLException {
        Handlers h = new Handlers(app, sizes);
        List<Handlers.Pair> pairs = h.all();
        double worstP99 = 0;
        double worstRatio = 0;
        out.println("handler                p50_ms  p99_ms   jdbc_p50  jdbc_p99  ratio(p50)  kB/run (bare)  statements/run"
                + " (bare)  slowest 1%: with a GC, with a compile (bare)");
        for (Handlers.Pair pair : pairs) {
            int warmups = pair.warmups() < 0 ? sizes.handlerWarmups() : pair.warmups();
            double[] handler = time(pair.handler(), sizes.handlerRuns(), warmups);
            double[] jdbc = time(pair.jdbc(), sizes.handlerRuns(), warmups);
            double ratio = handler[0] / Math.max(jdbc[0], 0.001);
            worstP99 = Math.max(worstP99, handler[1]);
            worstRatio = Math.max(worstRatio, ratio);
            out.printf(Locale.ROOT, "%-22s %6.2f  %6.2f   %7.2f  %8.2f  %6.2f      %6d (%4d)   %8.1f (%4.1f)        %d, %d"
                    + " of %d (%d, %d)%n", pair.name(), handler[0], handler[1], jdbc[0], jdbc[1], ratio,
                    (long) handler[4], (long) jdbc[4], handler[5], jdbc[5], (int) handler[2], (int) handler[6],
                    (int) handler[3], (int) jdbc[2], (int) jdbc[6]);
        }
        summary.put("handler_p99_ms", String.format(Locale.ROOT, "%.1f", worstP99));
        summary.put("ratio_vs_jdbc", String.format(Locale.ROOT, "%.2f", worstRatio));
    }

    /**
     * p50 and p99 in ms of {@code runs} timed runs, after {@code warmups} untimed ones (until the JIT has compiled
     * what the runs use, as a bot running for a while has it: see docs/benchmark.md, eighth round); then how many of
     * the slowest 1% had a garbage collection during them, the kilobytes allocated per run (what makes the
     * collections come), the statements per run (each a round trip on PostgreSQL), and how many of the slowest 1%
     * saw a compilation finish during them (what made most tails after a short warm-up).
     */
    private static double[] time(Handlers.Op op, int runs, int warmups) throws SQLException {
        for (int i = 0; i < warmups; i++) {
            op.run(runs + i);
        }
        double[] took = new double[runs];
        long[] collections = new long[runs];
        long[] compiles = new long[runs];
        long allocatedBefore = allocatedBytes();
        long statementsBefore = Database.statementsRun();
        for (int i = 0; i < runs; i++) {
            long gcBefore = collections();
            long jitBefore = compileMillis();
            long start = System.nanoTime();
            op.run(i);
            took[i] = (System.nanoTime() - start) / 1e6;
            collections[i] = collections() - gcBefore;
            compiles[i] = compileMillis() - jitBefore;
        }
        double kbPerRun = (allocatedBytes() - allocatedBefore) / 1024.0 / runs;
        double statementsPerRun = (Database.statementsRun() - statementsBefore) / (double) runs;
        Integer[] order = new Integer[runs];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingDouble(k -> took[k]));
        int p99 = Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1);
        int tail = 0;
        int jit = 0;
        for (int k = p99; k < runs; k++) {
            tail += collections[order[k]] > 0 ? 1 : 0;
            jit += compiles[order[k]] > 0 ? 1 : 0;
        }
        return new double[] {took[order[runs / 2]], took[order[p99]], tail, runs - p99, kbPerRun, statementsPerRun, jit};
    }

    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Bytes this thread has allocated so far (HotSpot's count; 0 where the JVM does not keep it). */
    private static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean()
                instanceof com.sun.management.ThreadMXBean hotspot ? hotspot.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Garbage collections so far, of every collector of this JVM. */
    private static long collections() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory
                .getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /**
     * The digest of the week (half of all touchpoints) built once as the first after a start (the classes and
     * fonts of drawing were loaded by the start's sample chart, the digest's own code not yet compiled); then, after
     * as many untimed builds, the median of {@code sizes.digestBuilds()} builds of periods holding a hundredth, a tenth and all of the week's touchpoints, so that the three compare
     * (until the ninth round each was built once, in that order, and the JIT warming meanwhile made the smallest the
     * slowest). The figure is the median at 100,000.
     */
    private void digest(PartnerCoach app) {
        int inWeek = sizes.touchpoints() / 2;
        Duration week = Duration.ofDays(7);
        OptionalLong first = digest.buildMillis(app, GUILD, WEEK, WEEK.plus(week));
        out.printf("digest, the first after a start (the start drew its sample chart), at %d touchpoints: %s%n",
                inWeek, first.isPresent() ? first.getAsLong() + " ms" : "n/a");
        for (int i = 0; i < sizes.digestBuilds(); i++) {
            digest.buildMillis(app, GUILD, WEEK, WEEK.plus(week));
        }
        String hooked = "n/a";
        for (int n : new int[] {inWeek / 100, inWeek / 10, inWeek}) {
            Instant to = WEEK.plus(week.multipliedBy(n).dividedBy(inWeek));
            long start = System.nanoTime();
            int rows = app.database().read(c -> Database.list(c, DIGEST_HISTORY, rs -> rs.getLong(1), GUILD, WEEK,
                    to)).size();
            long took = ms(start);
            long[] built = new long[sizes.digestBuilds()];
            for (int i = 0; i < built.length; i++) {
                built[i] = digest.buildMillis(app, GUILD, WEEK, to).orElse(-1);
            }
            Arrays.sort(built);
            long median = built[built.length / 2];
            out.printf("digest at %d touchpoints: history query %d rows in %d ms; digest %s%n", n, rows, took,
                    median < 0 ? "n/a (org.partnercoach.digest not hooked in yet)" : median + " ms (the median of "
                            + built.length + " builds, " + built[0] + "-" + built[built.length - 1] + " ms)");
            if (n == inWeek) {
                summary.put("digest_history_100k_ms", String.valueOf(took));
                hooked = median < 0 ? "n/a" : String.valueOf(median);
            }
        }
        summary.put("digest_100k_ms", hooked);
    }

    /**
     * The bot stopped and started again: the writes of the growth step start from the file as a restart leaves it
     * (rewritten at stop when mostly dead space), so that their figure does not depend on how many runs the steps
     * before made (the handlers' warm-up alone commits some 70,000 times).
     */
    private PartnerCoach restarted(PartnerCoach app, AppConfig config, MovableClock clock,
                                   RecordingMessenger messenger) throws IOException, SQLException {
        long before = engine.size();
        app.close();
        long closed = engine.size();
        PartnerCoach again = PartnerCoach.assemble(config, clock, messenger);
        out.printf("restarted before the writes: %d MB while running, %d MB once stopped%n", before >> 20,
                closed >> 20);
        return again;
    }

    /**
     * Many small writes as the bot makes them (a reminder queued, one sent), with the scheduler's run every 1,000
     * writes as its 30-second poll would (its housekeeping keeps the file compact), then pruning a month later.
     */
    private void growth(PartnerCoach app, MovableClock clock) throws IOException, SQLException {
        long before = engine.size();
        Database db = app.database();
        Instant now = clock.instant();
        long[] last = new long[1];
        long start = System.nanoTime();
        for (int i = 0; i < sizes.writes(); i++) {
            if (i % 2 == 0) {
                int n = i;
                last[0] = db.write(c -> Database.insert(c, "INSERT INTO scheduled_sends (guild_id, kind,"
                        + " recipient_id, payload, requested_at, due_at, status, created_at)"
                        + " VALUES (?, 'personal', ?, 'Send the flyer', ?, ?, 'PENDING', ?)", GUILD,
                        member(n % sizes.members()), now, now, now));
            } else {
                db.write(c -> Database.update(c, "UPDATE scheduled_sends SET status = 'SENT', sent_at = ?,"
                        + " attempts = attempts + 1 WHERE id = ? AND guild_id = ?", now, last[0], GUILD));
            }
            if (i % 1_000 == 999) {
                clock.advance(Duration.ofSeconds(30));
                app.scheduler().runDue();
            }
        }
        long took = ms(start);
        long after = engine.size();
        out.printf("writes: %d in %d ms; file %d MB -> %d MB%n", sizes.writes(), took, before >> 20, after >> 20);
        summary.put("file_before_bytes", String.valueOf(before));
        summary.put("file_after_bytes", String.valueOf(after));
        clock.advance(Duration.ofDays(31));
        long prune = System.nanoTime();
        int pruned = app.outbox().prune(clock.instant());
        out.printf("prune a month later: %d sent rows deleted in %d ms%n", pruned, ms(prune));
        summary.put("pruned", String.valueOf(pruned));
    }

    /**
     * The size on disk after the writes over the size of the data it holds once pruned (the same database fully
     * compacted: H2's {@code SHUTDOWN COMPACT} on a copy, PostgreSQL's {@code VACUUM FULL}).
     */
    private void compactedGrowth() throws IOException, SQLException {
        long afterWrites = Long.parseLong(summary.get("file_after_bytes"));
        long closed = engine.size();
        long data = engine.compacted();
        double growth = (double) afterWrites / data;
        out.printf(Locale.ROOT, "file: %d MB after the writes, %d MB once the bot stopped (in %s ms), %d MB of data"
                + " -> growth %.2f%n", afterWrites >> 20, closed >> 20, summary.get("stop_ms"), data >> 20, growth);
        summary.put("file_growth", String.format(Locale.ROOT, "%.2f", growth));
    }

    /**
     * CPU time of this thread: printed beside the wall-clock figures, which other work on a shared machine inflates
     * (the BENCH line keeps the wall clock).
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The measured handlers, each through the chat model and as the bare JDBC doing the same work. */
    static final class Handlers {

        interface Op {
            void run(int i) throws SQLException;
        }

        /** A handler and its bare side, each warmed up with {@code warmups} runs before the timed ones. */
        record Pair(String name, Op handler, Op jdbc, int warmups) {
            Pair(String name, Op handler, Op jdbc) {
                this(name, handler, jdbc, -1);
            }
        }

        private final PartnerCoach app;
        private final Sizes sizes;

        Handlers(PartnerCoach app, Sizes sizes) {
            this.app = app;
            this.sizes = sizes;
        }

        static Caller caller(long userId) {
            return new Caller(GUILD, CHANNEL, userId, "member" + userId, false, Surface.SERVER);
        }

        private Reply handle(Inbound in) {
            Reply r = app.router().handle(in);
            if (r == null) {
                throw new IllegalStateException("no reply to " + in);
            }
            return r;
        }

        private Reply command(long userId, String path, String... pairs) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                options.put(pairs[i], pairs[i + 1]);
            }
            return handle(new Inbound.Command(caller(userId), path, options));
        }

        private String somePartner(int i) {
            return partnerName((i * 7919) % sizes.partners());
        }

        private <T> T write(Database.Work<T> work) {
            return app.database().write(work);
        }

        private <T> T read(Database.Work<T> work) {
            return app.database().read(work);
        }

        /*
         * Each bare-JDBC side is what a developer would hand-write for the reply the member sees, with nothing the
         * bot's structure asks for (one package per table, the member's home server, statements shared between
         * features): the fewest statements, joining tables where one read serves, through the same indexes, in one
         * transaction like the handler's. Branches the handler takes only sometimes (the pulse after an owner's
         * touchpoint, the health line for the owner) are taken by the bare side in the same runs.
         */
        List<Pair> all() throws SQLException {
            List<Pair> pairs = new ArrayList<>();
            pairs.add(answer());
            // the reply: "Logged a note with X on ...; its reminders now count from this contact: every N days ...
            // next check-in ..." (the partner, its cadence and reminder state, the server's default cadence), and
            // for its owner the trust pulse unless one was asked lately. Writes: the touchpoint, the partner's last
            // touch and activity in one update.
            pairs.add(new Pair("touchpoint logged", i -> command(owner(i % sizes.owners()), "partner log",
                    "partner", somePartner(i), "what", "Coffee with the director " + i),
                    i -> write(c -> {
                        Instant now = Instant.now();
                        long who = owner(i % sizes.owners());
                        long[] partner = Database.one(c, PARTNER_WITH_STATE, rs -> new long[] {rs.getLong(1),
                                rs.getLong(2)}, GUILD, somePartner(i).toLowerCase(Locale.ROOT)).orElseThrow();
                        Database.insert(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind,"
                                + " note, happened_at, created_at) VALUES (?, ?, ?, 'NOTE', ?, ?, ?)", GUILD,
                                partner[0], who, "Coffee " + i, now, now);
                        Database.update(c, "UPDATE partners SET last_touch_at = ?, last_touch_note = ?,"
                                + " activity_at = ? WHERE guild_id = ? AND id = ?", now, "Coffee " + i, now, GUILD,
                                partner[0]);
                        if (partner[1] == who) {
                            pulse(c, partner[0], who, now);
                        }
                        return null;
                    })));
            // the page: the partner with its reminder line (its cadence state and the server's default cadence,
            // joined in one read), the 3 recent touchpoints, who knows someone there, the 6 latest introductions,
            // every member's plan with its answers (one join), and for the owner or a coordinator the health line
            pairs.add(new Pair("/partner show", i -> command(member(i % sizes.members()), "partner show",
                    "partner", somePartner(i)),
                    i -> read(c -> {
                        long[] partner = Database.one(c, PARTNER_WITH_STATE, rs -> new long[] {rs.getLong(1),
                                rs.getLong(2)}, GUILD, somePartner(i).toLowerCase(Locale.ROOT)).orElseThrow();
                        long id = partner[0];
                        Database.list(c, "SELECT kind, note, happened_at, user_id FROM partner_touchpoints"
                                + " WHERE guild_id = ? AND partner_id = ? ORDER BY happened_at DESC, id DESC"
                                + " FETCH FIRST 3 ROWS ONLY", rs -> rs.getString(1), GUILD, id);
                        Database.list(c, "SELECT user_id FROM partner_contacts WHERE guild_id = ?"
                                + " AND partner_id = ? ORDER BY created_at, user_id", rs -> rs.getLong(1), GUILD, id);
                        Database.list(c, "SELECT requester_id, helper_id, status, asked_at FROM partner_intros"
                                + " WHERE guild_id = ? AND partner_id = ? ORDER BY asked_at DESC, id DESC"
                                + " FETCH FIRST 6 ROWS ONLY", rs -> rs.getLong(1), GUILD, id);
                        Database.list(c, "SELECT w.id, w.user_id, a.question_key, a.answer, a.skipped FROM walks w"
                                + " LEFT JOIN walk_answers a ON a.guild_id = w.guild_id AND a.walk_id = w.id"
                                + " WHERE w.guild_id = ? AND w.curriculum = 'partner-plan' AND w.subject_id = ?"
                                + " ORDER BY w.started_at, w.id, a.id", rs -> rs.getLong(1), GUILD, id);
                        if (partner[1] == member(i % sizes.members())) {
                            Database.list(c, "SELECT aspect, score, rated_at FROM partnership_ratings"
                                    + " WHERE guild_id = ? AND partner_id = ? ORDER BY rated_at, id",
                                    rs -> rs.getInt(2), GUILD, id);
                        }
                        return null;
                    })));
            // the page of 10 shows name, sector, stage, owner and last touch; the footer the number that match
            pairs.add(new Pair("/partner list filtered", i -> command(member(i % sizes.members()), "partner list",
                    "sector", SECTORS[i % SECTORS.length], "stage", STAGES[i % STAGES.length].toLowerCase(Locale.ROOT)),
                    i -> read(c -> {
                        // the count comes with the page, and the same order is spelled so that H2 reads it from
                        // the (sector, stage, activity) index and stops after the page
                        String where = " FROM partners WHERE guild_id = ? AND stage = ? AND sector = ?";
                        return Database.list(c, "SELECT id, name, sector, stage, owner_id, last_touch_at,"
                                + " (SELECT COUNT(*)" + where + ")" + where
                                + " ORDER BY guild_id, sector, stage, activity_at DESC, id DESC LIMIT 10",
                                rs -> rs.getLong(1), GUILD, STAGES[i % STAGES.length], SECTORS[i % SECTORS.length],
                                GUILD, STAGES[i % STAGES.length], SECTORS[i % SECTORS.length]);
                    })));
            // 25 names starting with what was typed (the exact name first), newest activity first, from the range
            // of the name key's index; names that merely contain it only when fewer than 25 start with it (most of
            // these runs: "Partner 142" starts and is contained in none of the names "Partner 00000" to "09999")
            pairs.add(new Pair("partner autocomplete", i -> {
                String typed = "Partner " + String.format(Locale.ROOT, "%03d", i % 1000);
                app.router().suggest(new Inbound.Autocomplete(caller(member(i % sizes.members())), "partner show",
                        "partner", typed, Map.of("partner", typed)));
            }, i -> read(c -> {
                String key = "partner " + String.format(Locale.ROOT, "%03d", i % 1000);
                List<String> names = Database.list(c, "SELECT name, sector, stage FROM partners WHERE guild_id = ?"
                        + " AND name_key >= ? AND name_key < ? ORDER BY CASE WHEN name_key = ? THEN 0 ELSE 1 END,"
                        + " activity_at DESC, id DESC FETCH FIRST 25 ROWS ONLY", rs -> rs.getString(1), GUILD, key,
                        key + Character.MAX_VALUE, key);
                if (names.size() < 25) {
                    // the names containing it: a range of the name keys' suffixes (V39), the partners joined
                    names.addAll(Database.list(c, "SELECT p.name, p.sector, p.stage FROM partner_name_suffixes s"
                            + " JOIN partners p ON p.id = s.partner_id WHERE s.guild_id = ? AND s.suffix >= ?"
                            + " AND s.suffix < ? FETCH FIRST 50 ROWS ONLY", rs -> rs.getString(1), GUILD, key,
                            key + Character.MAX_VALUE));
                }
                return names;
            })));
            // the card shows how many active partners each sector has in each stage: the kept counts (V40)
            pairs.add(new Pair("/coalition gaps", i -> command(member(i % sizes.members()), "coalition gaps"),
                    i -> read(c -> Database.list(c, "SELECT sector, stage, partners FROM partner_stage_counts"
                            + " WHERE guild_id = ? AND stage <> 'MOVED_ON' AND partners > 0", rs -> rs.getString(1),
                            GUILD))));
            // the reply names the partner and its sector (from the catalogue in memory): the duplicate check, the
            // insert, its sector and stage's count, its name's suffixes. Measured last: the thousands it adds while
            // warming up would otherwise be among the partners the reads above look through and count
            pairs.add(new Pair("partner added", i -> command(member(i % sizes.members()), "partner add", "name",
                    "Bench Org " + i, "sector", "food"),
                    i -> write(c -> {
                        String name = "Bare Org " + i;
                        Database.one(c, "SELECT name, sector, stage FROM partners WHERE guild_id = ?"
                                + " AND name_key = ?", rs -> rs.getString(1), GUILD, name.toLowerCase(Locale.ROOT));
                        Instant now = Instant.now();
                        long id = Database.insert(c, "INSERT INTO partners (guild_id, name, name_key, sector, stage,"
                                + " owner_id, created_by, created_at, activity_at)"
                                + " VALUES (?, ?, ?, 'food', 'RESEARCHING', ?, ?, ?, ?)", GUILD, name,
                                name.toLowerCase(Locale.ROOT), member(i), member(i), now, now);
                        // one more in its sector and stage (V40; the row is there since the seeding)
                        Database.update(c, "UPDATE partner_stage_counts SET partners = partners + 1"
                                + " WHERE guild_id = ? AND sector = 'food' AND stage = 'RESEARCHING'", GUILD);
                        // its suffixes, for the names-containing lookup (V39), as one batch
                        return Database.batch(c, INSERT_SUFFIX, NameSuffixesProbe.suffixesOfName(name).stream()
                                .map(suffix -> new Object[] {GUILD, suffix, id}).toList());
                    })));
            return pairs;
        }

        /**
         * A partner by its name key with what its reminder line needs, in one read: its cadence, last touch and stage,
         * its cultivate state, and the server's default cadence.
         */
        private static final String PARTNER_WITH_STATE = "SELECT p.id, p.owner_id, p.name, p.sector, p.stage,"
                + " p.contact, p.notes, p.cadence_days, p.created_by, p.created_at, p.last_touch_at, p.last_touch_note,"
                + " c.touch_marker, c.reminders, c.reminded_at, c.snoozed_until, c.asked_at, c.decision,"
                + " c.decided_at, s.default_cadence_days, s.time_zone FROM partners p"
                + " LEFT JOIN cultivate_states c ON c.guild_id = p.guild_id AND c.partner_id = p.id"
                + " LEFT JOIN server_settings s ON s.guild_id = p.guild_id"
                + " WHERE p.guild_id = ? AND p.name_key = ?";

        /** The trust pulse after the owner's touchpoint: asked lately? If not, ask (as {@code network.Pulse}). */
        private static void pulse(Connection c, long partnerId, long owner, Instant now) throws SQLException {
            int days = Database.one(c, "SELECT pulse_days FROM partnership_settings WHERE guild_id = ?",
                    rs -> rs.getInt(1), GUILD).orElse(30);
            int asked = Database.one(c, "SELECT COUNT(*) FROM partnership_asks WHERE guild_id = ? AND partner_id = ?"
                    + " AND kind = 'TRUST' AND asked_at > ?", rs -> rs.getInt(1), GUILD, partnerId,
                    now.minus(Duration.ofDays(days))).orElse(0);
            if (asked == 0) {
                Database.insert(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key,"
                        + " asked_at) VALUES (?, ?, ?, 'TRUST', ?, ?)", GUILD, partnerId, owner,
                        now.atZone(ZoneOffset.UTC).toLocalDate().toString(), now);
            }
        }

        /**
         * An answer submitted in a coaching walk: each run is a member who has just started the 5 tips (not timed)
         * and sends the answer form of the first question.
         */
        private Pair answer() throws SQLException {
            Map<Integer, CustomId> forms = new java.util.HashMap<>();
            Op handler = i -> {
                CustomId form = forms.remove(i);
                handle(new Inbound.ModalSubmit(caller(member(i % sizes.members())), form,
                        Map.of("answer", "Invite the food bank's director to our next meeting " + i)));
            };
            Op prepared = i -> {
                if (!forms.containsKey(i)) {
                    Reply walk = command(member(i % sizes.members()), "coach start");
                    Button answer = walk.buttons().stream().filter(b -> b.id().action().equals("answer"))
                            .findFirst().orElseThrow(() -> new IllegalStateException("no Answer button in "
                                    + walk.plainText()));
                    forms.put(i, CustomId.of(answer.id().feature(), "answered", answer.id().longArg(0),
                            answer.id().arg(1)));
                }
            };
            // each run a member of their own, answering their walk's first question (a member's second run would
            // replace the answer instead), so fewer warm-up runs than the others where the members run out
            int warmups = Math.min(sizes.handlerWarmups(), Math.max(1, sizes.members() - sizes.handlerRuns()));
            // prepare every run's walk up front, so that only the submission is timed
            for (int i = 0; i < sizes.handlerRuns() + warmups; i++) {
                prepared.run(i);
            }
            // the reply: "Saved: ...", the next question with the walk's progress (the walk and its answers, one
            // join), and, for the question asking which organizations to invite, the names in the answer that are
            // not on the list yet (one read for all of them). Writes: the answer (inserted, or an earlier one
            // replaced), the walk's position.
            Op jdbc = i -> write(c -> {
                long walk = 1 + i % Math.max(1, sizes.answers() / 10);
                Instant now = Instant.now();
                String question = "bench-" + i;
                OptionalLong answered = OptionalLong.empty();
                for (Object[] row : Database.list(c, "SELECT w.question_key, w.status, a.id, a.question_key,"
                        + " a.skipped FROM walks w LEFT JOIN walk_answers a ON a.guild_id = w.guild_id"
                        + " AND a.walk_id = w.id WHERE w.guild_id = ? AND w.id = ? ORDER BY a.id",
                        rs -> new Object[] {rs.getLong(3), rs.getString(4)}, GUILD, walk)) {
                    if (question.equals(row[1])) {
                        answered = OptionalLong.of((Long) row[0]);
                    }
                }
                if (answered.isPresent()) {
                    Database.update(c, "UPDATE walk_answers SET answer = ?, skipped = FALSE, updated_at = ?"
                            + " WHERE guild_id = ? AND id = ?", "Invite the director " + i, now, GUILD,
                            answered.getAsLong());
                } else {
                    Database.insert(c, "INSERT INTO walk_answers (guild_id, walk_id, question_key, answer, skipped,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, FALSE, ?, ?)",
                            GUILD, walk, question, "Invite the director " + i, now, now);
                }
                Database.update(c, "UPDATE walks SET question_key = ?, updated_at = ? WHERE guild_id = ?"
                        + " AND id = ?", "q10", now, GUILD, walk);
                // one index lookup per name (H2 would read every key for "name_key IN (...)")
                return Database.list(c, "SELECT p.name_key FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS k(name_key)"
                        + " JOIN partners p ON p.guild_id = ? AND p.name_key = k.name_key", rs -> rs.getString(1),
                        new String[] {"invite the director " + i}, GUILD);
            });
            return new Pair("answer submitted", handler, jdbc, warmups);
        }
    }
}
