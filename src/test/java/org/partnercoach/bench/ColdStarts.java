package org.partnercoach.bench;

import static org.partnercoach.bench.BenchSeed.NOW;
import static org.partnercoach.bench.CoalitionBench.ms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnercoach.PartnerCoach;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.console.MovableClock;
import org.partnercoach.support.RecordingMessenger;

/**
 * New JVMs for the benchmark: each engine's run in a JVM of its own, and the start-up figure, from launching a JVM
 * that starts the bot as the README does (the built jar, its class archive) to its line saying it is ready.
 */
final class ColdStarts {

    private ColdStarts() {
    }

    /** Runs the benchmark on one engine in a new JVM with this one's options (heap), as a cold bot starts. */
    static int inOwnJvm(String engine, String[] args) throws IOException, InterruptedException {
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

    /**
     * Start-up as a bot meets it: a new JVM with this one's options reads the configuration file, opens the database
     * and assembles the app. The figure is from launching the JVM to its line saying it is ready: the median of
     * {@code coldStarts} such JVMs, one after the other, each printed (the first competes with this JVM's own
     * compiling and collecting after the seeding).
     */
    static long startup(String url, int coldStarts, PrintStream out) throws IOException, InterruptedException {
        List<String> command = coldCommand(url);
        Path archive = classArchive();
        long[] ready = new long[coldStarts];
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
        return median;
    }

    /**
     * The command of a cold start on the seed at {@code url}, with {@code more} options: the bot's configuration file
     * and logging, and its class archive, as the README starts the bot.
     */
    private static List<String> coldCommand(String url, String... more) {
        List<String> options = new ArrayList<>(List.of("-Dbench.url=" + url,
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
        options.addAll(List.of(more));
        return javaOn(ColdStart.class, coldClassPath(), options.toArray(String[]::new));
    }

    /** What the first poll of a bot just started did, as its JVM printed it. */
    record FirstPoll(int sent, long ms, long cpuMs, long statements, long rehearsalMs, long compiledMs) {

        private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
                "first poll: sent=(\\d+) ms=(\\d+) cpu_ms=(\\d+) statements=(\\d+) rehearsal_ms=(\\d+)"
                        + " compiled_ms=(\\d+)");

        String line() {
            return "first poll: sent=%d ms=%d cpu_ms=%d statements=%d rehearsal_ms=%d compiled_ms=%d"
                    .formatted(sent, ms, cpuMs, statements, rehearsalMs, compiledMs);
        }

        static Optional<FirstPoll> of(String line) {
            java.util.regex.Matcher m = LINE.matcher(line);
            return m.matches() ? Optional.of(new FirstPoll(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5)),
                    Long.parseLong(m.group(6))))
                    : Optional.empty();
        }
    }

    /**
     * The first poll after a start, as a bot meets it: a new JVM, started as {@link #startup} starts them, assembles
     * the app on the seed, draws the sample chart and rehearses the poll side by side (as the bot does while its shards
     * connect to Discord), then runs one poll of the sending thread with every partner due. Nothing in it ran the
     * bot's, the database's or the driver's code before, and no full collection shrank its heap, as in a bot just
     * started. Its sends go to a recording messenger, and what it wrote stays in the database.
     */
    static FirstPoll firstPoll(String url) throws IOException, InterruptedException {
        List<FirstPoll> poll = new ArrayList<>();
        runToEnd(coldCommand(url, "-Dbench.first_poll=true"), "the first poll's JVM",
                line -> FirstPoll.of(line).filter(p -> poll.isEmpty()).ifPresent(poll::add), () -> !poll.isEmpty());
        return poll.get(0);
    }

    /**
     * Runs {@code command} in a new JVM to its end, handing each line it prints (output and errors) to {@code eachLine};
     * fails with all it printed when it ends in an error or {@code printedWhatWasAwaited} says it did not.
     */
    private static void runToEnd(List<String> command, String what, java.util.function.Consumer<String> eachLine,
                                 java.util.function.BooleanSupplier printedWhatWasAwaited)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder printed = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                eachLine.accept(line);
                printed.append(line).append('\n');
            }
        }
        if (child.waitFor() != 0 || !printedWhatWasAwaited.getAsBoolean()) {
            throw new IllegalStateException(what + " failed:\n" + printed);
        }
    }

    /** {@link #firstPoll}, in the new JVM: the chart and the rehearsal side by side, then the poll. */
    private static FirstPoll firstPollOf(PartnerCoach app) {
        long rehearsing = System.nanoTime();
        java.util.concurrent.CompletableFuture<Integer> chart = PartnerCoach.warmUpPictures();
        app.scheduler().rehearse().join();
        chart.join();
        long rehearsalMs = ms(rehearsing);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long statements = org.partnercoach.storage.Database.statementsRun();
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compiled = jit.getTotalCompilationTime();
        long start = System.nanoTime();
        int sent = app.scheduler().runSends();
        return new FirstPoll(sent, ms(start), (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                org.partnercoach.storage.Database.statementsRun() - statements, rehearsalMs,
                jit.getTotalCompilationTime() - compiled);
    }

    /** One cold start: from launching the JVM to its ready line, and the configuration and assemble it printed. */
    private record ColdRun(long readyMs, String assembledMs) {
    }

    /** One new JVM running {@code command} to its ready line. */
    private static ColdRun coldStart(List<String> command) throws IOException, InterruptedException {
        long launched = System.nanoTime();
        List<ColdRun> ready = new ArrayList<>();
        runToEnd(command, "the cold start", line -> {
            if (ready.isEmpty() && line.startsWith(ColdStart.READY)) {
                ready.add(new ColdRun(ms(launched), line.substring(ColdStart.READY.length())));
            }
        }, () -> !ready.isEmpty());
        return ready.get(0);
    }

    /**
     * The cold start {@link #startup} runs: reads the bot's configuration file ({@code -Dbench.config}) with the
     * database at {@code -Dbench.url}, as {@code App} does, assembles the app, says so, and closes it; with
     * {@code -Dbench.first_poll=true}, first runs the first poll as {@link #firstPoll} says.
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
            try {
                if (Boolean.getBoolean("bench.first_poll")) {
                    System.out.println(firstPollOf(app).line());
                }
            } finally {
                app.close();
            }
        }
    }
}
