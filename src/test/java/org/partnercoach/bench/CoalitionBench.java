package org.partnercoach.bench;

import static org.partnercoach.bench.BenchSeed.GUILD;
import static org.partnercoach.bench.BenchSeed.NOW;
import static org.partnercoach.bench.BenchSeed.WEEK;
import static org.partnercoach.bench.BenchSeed.member;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.partnercoach.PartnerCoach;
import org.partnercoach.config.AppConfig;
import org.partnercoach.console.MovableClock;
import org.partnercoach.digest.TookPart;
import org.partnercoach.outbox.OutboxProbe;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.storage.Database;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * The coalition-scale benchmark: seeds one server in an H2 file or a PostgreSQL database (members, partners,
 * touchpoints, answers, pending reminders) with batched JDBC, then measures, in one run, the handlers through the chat
 * model against the same work as bare JDBC, one scheduler poll, the outbox's claim, start-up, heap, and the growth on
 * disk over many writes. It ends with one {@code BENCH engine=...} line. What is seeded is {@link BenchSeed}, the
 * handlers and their bare sides {@link HandlerPairs}, the new JVMs (each engine's run, the start-up figure)
 * {@link ColdStarts}, and what differs between the engines {@link BenchEngine}. Run it with
 * {@code mvn -B -Pbench verify} (both engines, see docs/benchmark.md);
 * {@link CoalitionBenchSmokeTest} runs it with tiny sizes in the normal build so it cannot rot.
 */
public final class CoalitionBench {

    /**
     * How much to seed, how often to repeat each measured handler (timed runs, warm-up runs, and at most how many
     * more warm-up runs while Java is still compiling what they use), how many new JVMs to start for the start-up
     * figure (their median), and how many digests to build at each size (their median, after as many untimed).
     */
    public record Sizes(int members, int partners, int touchpoints, int answers, int reminders, int owners,
                        int claimDue, int handlerRuns, int handlerWarmups, int handlerSettleMax, int writes,
                        int coldStarts, int digestBuilds) {

        /**
         * The sizes of the issue: a coalition of 2,000 members. Each handler's p99 is read from 2,000 timed runs, the
         * 21st slowest: from 400 it was the fifth, which a few collections landing in one handler's runs decided
         * (docs/benchmark-history.md, sixtieth round).
         */
        public static Sizes full() {
            return new Sizes(2_000, 10_000, 200_000, 100_000, 1_000_000, 500, 10_000, 2_000, 5_000, 10_000, 100_000, 3,
                    7);
        }

        /**
         * The full partners and touchpoints (so the handlers and the digest see a full server) with a tenth of the
         * reminders and writes: a few minutes, for measuring as you go.
         */
        public static Sizes medium() {
            return new Sizes(2_000, 10_000, 200_000, 20_000, 100_000, 500, 10_000, 200, 1_000, 2_000, 10_000, 3, 5);
        }

        /** Seconds, for the smoke test. */
        public static Sizes tiny() {
            return new Sizes(60, 200, 2_000, 1_000, 5_000, 10, 100, 8, 4, 0, 400, 1, 1);
        }

        /** Who said they know someone at a partner: 0 to 3 members at each, 1.5 a partner. */
        public int contacts() {
            int full = partners / 4;
            return 6 * full + (partners % 4 == 3 ? 3 : partners % 4 == 2 ? 1 : 0);
        }

        /** Introductions asked, two requesters at each of the first partners someone knows. */
        public int intros() {
            return partners / 2;
        }

        /** Members waiting for someone who knows someone at a partner, at partners nobody knows. */
        public int waits() {
            return partners / 10;
        }

        /** The trust pulse's questions through the quarter, one a partner (three in four answered). */
        public int trustAsks() {
            return partners * 2 / 5;
        }

        /** What is seeded besides the figures of the record, for the line that says what was seeded. */
        String besides() {
            return String.format(Locale.ROOT, "%,d said they know someone at a partner, %,d introductions asked"
                    + " (about half agreed), %,d waiting for someone who knows someone, %,d value and %,d trust"
                    + " questions of the quarter (%,d and %,d answered)", contacts(), intros(), waits(), partners,
                    trustAsks(), partners / 2, trustAsks() * 3 / 4);
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


    /** The period's touchpoints as the digest counts them: by when they were logged. */
    private static final String DIGEST_HISTORY = "SELECT t.partner_id, t.user_id, t.kind, t.happened_at"
            + " FROM partner_touchpoints t WHERE t.guild_id = ? AND t.created_at >= ? AND t.created_at < ?";

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
                int exit = ColdStarts.inOwnJvm(one, args);
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
            BenchSeed.seed(engine, sizes);
            Files.writeString(engine.seededMarker(), sizes.toString());
        }
        out.printf("seeded %s in %d ms, %s %d MB%n", sizes, ms(t0), engine.name(), engine.size() >> 20);
        out.printf("seeded besides: %s%n", sizes.besides());

        summary.put("startup_ms", String.valueOf(ColdStarts.startup(url(), sizes.coldStarts(), out)));
        if (step("poll")) {
            firstPoll();
        }
        MovableClock clock = new MovableClock(NOW, ZoneOffset.UTC);
        RecordingMessenger messenger = new RecordingMessenger();
        AppConfig config = TestBot.config(url());
        long start = System.nanoTime();
        PartnerCoach app = PartnerCoach.assemble(config, clock, messenger);
        out.printf("assembled again in this JVM (classes loaded by the seeding or the start above): %d ms%n",
                ms(start));
        if (step("poll")) {
            dueAgain(app); // the first poll after a start, in its own JVM, sent the reminders due
        }
        // as the bot does while Discord connects (console mode: while the first line is typed)
        long warming = System.nanoTime();
        int sample = PartnerCoach.warmUpPictures().join();
        out.printf("sample chart drawn on its own thread, as the bot does at start-up: %d ms (%d bytes)%n",
                ms(warming), sample);
        long rehearsing = System.nanoTime();
        app.scheduler().rehearse().join();
        out.printf("the first poll rehearsed on its own thread (its writes rolled back a part at a time), as the bot"
                + " does while it connects to Discord: %d ms%n", ms(rehearsing));
        try {
            if (step("poll")) {
                poll(app, clock, messenger);
            }
            // after the polls: the full collections that read it shrink the heap, which a running bot's never is
            heap();
            if (step("claim")) {
                claim(app, clock);
            }
            // the digest before the handlers: a partner added adds a partner on each of its thousands of runs, and
            // the digest reads every active partner, so after them it was built on a server of about 20,500
            // partners, not the seeded 10,000 (until the sixty-first round)
            if (step("digest")) {
                digest(app);
            }
            if (step("handlers")) {
                handlers(app, clock);
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
     * Whether to run a step: -Dbench.steps=poll,claim,digest,handlers,growth (default all), to measure one part again
     * on a kept copy while working on it; the BENCH line then says n/a for the rest.
     */
    private static boolean step(String name) {
        String steps = System.getProperty("bench.steps", "");
        return steps.isBlank() || List.of(steps.split(",")).contains(name);
    }

    // --- measurements ----------------------------------------------------------------------------------------

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
     * The figure: the first poll after a start, in a new JVM started as the bot is ({@link ColdStarts#firstPoll}),
     * before this one opens the database (an H2 file is held by one process).
     */
    private void firstPoll() throws IOException, InterruptedException {
        ColdStarts.FirstPoll first = ColdStarts.firstPoll(url());
        out.printf("poll, the first after a start (a new JVM, the poll rehearsed beside the sample chart as the bot"
                + " does while it connects to Discord, in %d ms): %d partners due for %d owners -> %d messages sent in"
                + " %d ms (%d ms of CPU, %d statements; Java compiled for %d ms meanwhile)%n", first.rehearsalMs(),
                sizes.partners(), sizes.owners(), first.sent(), first.ms(), first.cpuMs(), first.statements(),
                first.compiledMs());
        summary.put("poll_10k_ms", String.valueOf(first.ms()));
        summary.put("poll_first_sent", String.valueOf(first.sent()));
    }

    /**
     * The same poll in this JVM (its database code partly compiled by the seeding; the figure until the fifty-second
     * round), and again on the running bot: the planner queues one message per owner, the outbox sends them. The
     * housekeeping that runs on its own thread (the first daily backup, pruning, compaction) is timed after it, on
     * its own.
     */
    private void poll(PartnerCoach app, MovableClock clock, RecordingMessenger messenger) {
        boolean statementTimes = statementTimes(app, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
                && statementTimes(app, "SELECT pg_stat_statements_reset()");
        long start = System.nanoTime();
        long cpu = cpuNanos();
        long statements = Database.statementsRun();
        int sent = app.scheduler().runSends();
        long took = ms(start);
        out.printf("poll in this JVM: %d partners due for %d owners -> %d messages sent (%d recorded) in %d ms (%d ms"
                + " of CPU, %d statements)%n", sizes.partners(), sizes.owners(), sent, messenger.sent().size(), took,
                (cpuNanos() - cpu) / 1_000_000, Database.statementsRun() - statements);
        summary.put("poll_in_jvm_ms", String.valueOf(took));
        if (statementTimes) {
            printStatementTimes(app, 1);
        }
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
        // the same poll on a bot that has been running (its code compiled, the pages it reads cached)
        dueAgain(app);
        clock.advance(Duration.ofMinutes(1));
        int before = messenger.sent().size();
        if (statementTimes) {
            statementTimes(app, "SELECT pg_stat_statements_reset()");
        }
        long warm = System.nanoTime();
        long warmCpu = cpuNanos();
        int sentWarm = app.scheduler().runSends();
        long tookWarm = ms(warm);
        out.printf("poll again on the running bot (the same %d partners due): %d messages sent (%d recorded) in %d ms"
                + " (%d ms of CPU)%n", sizes.partners(), sentWarm, messenger.sent().size() - before, tookWarm,
                (cpuNanos() - warmCpu) / 1_000_000);
        summary.put("poll_running_ms", String.valueOf(tookWarm));
        if (statementTimes) {
            printStatementTimes(app, 1);
        }
        summary.put("poll_running_sent", String.valueOf(sentWarm));
        long housekeeping = System.nanoTime();
        app.scheduler().runHousekeeping();
        out.printf("housekeeping on its own thread (the day's backup of the file, pruning, compaction): %d ms%n",
                ms(housekeeping));
    }

    /**
     * The reminder states the last poll wrote are cleared, so the same 10,000 partners are due again for the same
     * owners, and so are the messages it sent (an owner hears about their partners at most once a day).
     */
    private static void dueAgain(PartnerCoach app) {
        app.database().write(c -> Database.update(c, "DELETE FROM cultivate_states WHERE guild_id = ?", GUILD)
                + Database.update(c, "DELETE FROM scheduled_sends WHERE guild_id = ? AND kind = 'cultivate'", GUILD));
    }

    /** Claims every due row, in the outbox's batches, when claimDue of the reminders have fallen due. */
    private void claim(PartnerCoach app, MovableClock clock) {
        clock.advance(Duration.ofHours(2));
        long start = System.nanoTime();
        long cpu = cpuNanos();
        // the seed's due rows are personal reminders, which go as one message per member: a full batch takes the
        // rest due for its members too, as the bot's claim does
        OutboxProbe.Claims claimed = OutboxProbe.claimAllDue(app.outbox(), clock.instant(),
                s -> PersonalReminders.KIND.equals(s.kind()));
        long took = ms(start);
        out.printf("claim: %d due among %d pending -> %d claimed in %d claims, in %d ms (%d ms of CPU)%n",
                sizes.claimDue(), sizes.reminders(), claimed.rows(), claimed.claims(), took,
                (cpuNanos() - cpu) / 1_000_000);
        summary.put("claim_10k_ms", String.valueOf(took));
        summary.put("claimed", String.valueOf(claimed.rows()));
    }

    private void handlers(PartnerCoach app, java.time.Clock clock) throws SQLException {
        List<HandlerPairs.Pair> pairs = new HandlerPairs(app, clock, sizes).all();
        double worstP99 = 0;
        double worstRatio = 0;
        // p50s to the microsecond: /coalition gaps and its bare side take a hundredth of a millisecond or less
        out.println("handler                 p50_ms  p99_ms   jdbc_p50  jdbc_p99  ratio(p50)  kB/run (bare)"
                + "  statements, round trips/run (bare)  slowest 1%: with a GC, with a compile (bare)"
                + "  warm-up runs (bare)  compiled ms while timed (bare)");
        boolean statementTimes = statementTimes(app, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        for (HandlerPairs.Pair pair : pairs) {
            if (statementTimes) {
                statementTimes(app, "SELECT pg_stat_statements_reset()");
            }
            HandlerPairs.Timings both = HandlerPairs.time(pair, sizes.handlerRuns(), sizes.handlerWarmups(),
                    sizes.handlerSettleMax());
            HandlerPairs.Timing handler = both.handler();
            HandlerPairs.Timing jdbc = both.jdbc();
            double ratio = handler.p50() / Math.max(jdbc.p50(), 0.001);
            worstP99 = Math.max(worstP99, handler.p99());
            worstRatio = Math.max(worstRatio, ratio);
            out.printf(Locale.ROOT, "%-22s %7.3f  %6.2f   %8.3f  %8.2f  %6.2f      %6d (%4d)   %4.1f, %4.1f"
                    + " (%4.1f, %4.1f)        %d, %d of %d (%d, %d)                   %6d (%6d)  %5d (%5d)%n",
                    pair.name(), handler.p50(), handler.p99(), jdbc.p50(), jdbc.p99(), ratio,
                    (long) handler.kbPerRun(), (long) jdbc.kbPerRun(),
                    handler.statementsPerRun(), handler.roundTripsPerRun(),
                    jdbc.statementsPerRun(), jdbc.roundTripsPerRun(), handler.slowestWithCollection(),
                    handler.slowestWithCompile(), handler.slowest(), jdbc.slowestWithCollection(),
                    jdbc.slowestWithCompile(), handler.warmups(), jdbc.warmups(), handler.compiledWhileTimed(),
                    jdbc.compiledWhileTimed());
            if (statementTimes) {
                printStatementTimes(app, 100);
            }
        }
        summary.put("handler_p99_ms", String.format(Locale.ROOT, "%.1f", worstP99));
        summary.put("ratio_vs_jdbc", String.format(Locale.ROOT, "%.2f", worstRatio));
        replanned(app);
    }

    /**
     * With {@code -Dbench.slow_ms} on PostgreSQL (which loads pg_stat_statements): runs {@code sql} and says true;
     * otherwise does nothing and says false.
     */
    private static boolean statementTimes(PartnerCoach app, String sql) {
        if (System.getProperty("bench.slow_ms", "").isBlank()) {
            return false;
        }
        return app.database().write(c -> {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return false;
            }
            try (java.sql.Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return true;
        });
    }

    /**
     * The statements run since the last reset (a handler pair's, the bot's and bare JDBC's with their warm-up runs;
     * or a poll's) run at least {@code minCalls} times, by their time on the server.
     */
    private void printStatementTimes(PartnerCoach app, int minCalls) {
        List<String> lines = app.database().read(c -> Database.list(c, "SELECT calls, mean_plan_time, max_plan_time,"
                + " mean_exec_time, max_exec_time, LEFT(REGEXP_REPLACE(query, '\\s+', ' ', 'g'), 120)"
                + " FROM pg_stat_statements WHERE calls >= ? AND query NOT LIKE '%pg_stat_statements%'"
                + " ORDER BY total_plan_time + total_exec_time DESC FETCH FIRST 12 ROWS ONLY",
                rs -> String.format(Locale.ROOT, "    %6d  plan %6.3f (%7.2f)  run %6.3f (%7.2f)  %s", rs.getLong(1),
                        rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getString(6)), minCalls));
        out.println("    calls  plan ms: mean (slowest)  run ms: mean (slowest)  statement");
        lines.forEach(out::println);
    }

    /**
     * On PostgreSQL, the statements of the connection the handlers ran on (the pool gives a thread back the one it
     * used last) that PostgreSQL planned again on each run instead of keeping one plan: each such run pays its
     * planning, which bare JDBC's simpler statements may not.
     */
    private void replanned(PartnerCoach app) {
        List<String> lines = app.database().read(c -> {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return List.<String>of();
            }
            return Database.list(c, "SELECT custom_plans, generic_plans, LEFT(REGEXP_REPLACE(statement, '\\s+', ' ',"
                    + " 'g'), 110) FROM pg_prepared_statements WHERE custom_plans > 50 ORDER BY custom_plans DESC",
                    rs -> String.format(Locale.ROOT, "%7d %7d  %s", rs.getLong(1), rs.getLong(2), rs.getString(3)));
        });
        if (!lines.isEmpty()) {
            out.println("planned on every run (PostgreSQL custom plans, generic plans, statement):");
            lines.forEach(out::println);
        }
    }


    /**
     * The digest of the week (half of all touchpoints) built once as the first after a start (the classes and
     * fonts of drawing were loaded by the start's sample chart, the digest's own code not yet compiled); then, after
     * as many untimed builds, the median of {@code sizes.digestBuilds()} builds of periods holding a hundredth, a
     * tenth and all of the week's touchpoints, so that the three compare
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
        tookPart(app, WEEK, WEEK.plus(week));
    }

    /**
     * Who took part in the week besides their moves on the list and in walks (said they know someone at a partner,
     * asked for or agreed to an introduction, rated a partner), as the digest's "Active members" reads them: the
     * app's own {@link TookPart}, timed on its own, once and then the median of as many runs as digests, beside one
     * hand-written statement finding the same members. Each run reads the week to a millisecond later than the run
     * before (the same rows): H2 hands back the result of a statement run again with the same parameters while no
     * table changed, as it did for the digests' builds of this week above, without reading anything.
     */
    private void tookPart(PartnerCoach app, Instant from, Instant to) {
        int runs = Math.max(1, sizes.digestBuilds());
        long[] took = new long[runs + 1];
        long[] bare = new long[runs + 1];
        int found = 0;
        int foundBare = 0;
        for (int i = 0; i <= runs; i++) {
            Instant until = to.plusMillis(1 + i);
            long start = System.nanoTime();
            found = app.digest().tookPartBesidesMoves(GUILD, from, until).size();
            took[i] = System.nanoTime() - start;
            long bareStart = System.nanoTime();
            foundBare = app.database().read(c -> Database.list(c, TOOK_PART, rs -> rs.getLong(1), GUILD, from, until,
                    GUILD, from, until, GUILD, from, until, GUILD, from, until)).size();
            bare[i] = System.nanoTime() - bareStart;
        }
        double first = took[0] / 1e6;
        double firstBare = bare[0] / 1e6;
        Arrays.sort(took, 1, runs + 1);
        Arrays.sort(bare, 1, runs + 1);
        double median = took[1 + runs / 2] / 1e6;
        out.printf(Locale.ROOT, "took part in the week besides their moves (knows someone, introductions asked or"
                + " agreed, ratings): %d members in %.1f ms the first time, then %.1f ms (the median of %d); one"
                + " hand-written statement: %d members in %.1f ms, then %.1f ms%n", found, first, median, runs,
                foundBare, firstBare, bare[1 + runs / 2] / 1e6);
        summary.put("took_part_members", String.valueOf(found));
        summary.put("took_part_members_bare", String.valueOf(foundBare));
        summary.put("took_part_ms", String.format(Locale.ROOT, "%.1f", median));
    }

    /** The members of {@link #tookPart}'s reading in one statement (0: a former member, not counted). */
    private static final String TOOK_PART = Database.overUnion("SELECT user_id FROM partner_contacts"
            + " WHERE guild_id = ? AND created_at >= ? AND created_at < ? UNION SELECT requester_id FROM partner_intros"
            + " WHERE guild_id = ? AND asked_at >= ? AND asked_at < ? UNION SELECT helper_id FROM partner_intros"
            + " WHERE guild_id = ? AND status = 'WILL_INTRODUCE' AND helper_id <> 0 AND answered_at >= ?"
            + " AND answered_at < ? UNION SELECT rater_id FROM partnership_ratings WHERE guild_id = ? AND rated_at >= ?"
            + " AND rated_at < ?");

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
        if (engine.name().equals(BenchEngine.H2) && sizes.writes() >= 10_000) {
            settle(app, clock);
        }
        clock.advance(Duration.ofDays(31));
        long prune = System.nanoTime();
        int pruned = app.outbox().prune(clock.instant());
        out.printf("prune a month later: %d sent rows deleted in %d ms%n", pruned, ms(prune));
        summary.put("pruned", String.valueOf(pruned));
    }

    /** Housekeeping runs after the burst, two seconds apart: about 3 minutes (the file settled by run 53 in 150). */
    private static final int SETTLE_RUNS = 90;

    /**
     * The H2 file after the burst, with the bot running on, quiet: its housekeeping runs as its timer would, but two
     * seconds apart rather than 30 (this waits in real time: H2 keeps dead chunks for 45 s of it), and the file's size
     * is read after each run. Prints the smallest size, at which run it was reached, and the longest run, for which
     * members' commits wait. Not at the tiny size, so that the build's smoke test does not wait.
     */
    private void settle(PartnerCoach app, MovableClock clock) throws IOException, SQLException {
        long start = System.nanoTime();
        long smallest = engine.size();
        int reached = 0;
        long longest = 0;
        for (int run = 1; run <= SETTLE_RUNS; run++) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            clock.advance(Duration.ofSeconds(30));
            long began = System.nanoTime();
            app.scheduler().runHousekeeping();
            longest = Math.max(longest, ms(began));
            long size = engine.size();
            if (size < smallest) {
                smallest = size;
                reached = run;
            }
        }
        out.printf("after the burst, the bot running quiet: %d housekeeping runs 2 s apart in %d s; file %d MB at"
                + " run %d, the longest run %d ms%n", SETTLE_RUNS, ms(start) / 1000, smallest >> 20, reached, longest);
        summary.put("file_settled_bytes", String.valueOf(smallest));
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
        if (summary.containsKey("file_settled_bytes")) {
            long settled = Long.parseLong(summary.get("file_settled_bytes"));
            out.printf(Locale.ROOT, "file: %d MB once the running bot's housekeeping gave the burst back -> %.2f of its"
                    + " data (not in the BENCH line: its file_growth is right after the writes)%n", settled >> 20,
                    (double) settled / data);
        }
        summary.put("file_growth", String.format(Locale.ROOT, "%.2f", growth));
    }

    /**
     * CPU time of this thread: printed beside the wall-clock figures, which other work on a shared machine inflates
     * (the BENCH line keeps the wall clock).
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

}
