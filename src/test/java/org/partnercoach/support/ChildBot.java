package org.partnercoach.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The real program ({@code org.partnercoach.App --console}) as a separate process on an H2 file in {@code data}
 * (or the database {@code PARTNER_COACH_DB_URL} names in the extra environment),
 * with its stdin a pipe the test writes lines to and its stdout read line by line: for kills, stops and restarts.
 */
public final class ChildBot implements AutoCloseable {

    public static final String END = "<<end>>";

    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final StringBuilder err = new StringBuilder();

    private ChildBot(Process process) {
        this.process = process;
        this.in = process.getOutputStream();
        drain(process.getInputStream(), out::add, () -> out.add(END));
        drain(process.getErrorStream(), line -> {
            synchronized (err) {
                err.append(line).append('\n');
            }
        }, () -> { });
    }

    /** The configuration file the child reads (the shipped one, its output folder moved into {@code data}). */
    public static Path config(Path data) throws IOException {
        Files.createDirectories(data);
        return Files.writeString(data.resolve("partner-coach.yml"),
                Files.readString(Path.of("config/partner-coach.yml"))
                        .replace("outputDirectory: data/console-out", "outputDirectory: " + data.resolve("out")));
    }

    /** The database URL of the child's H2 file in {@code data}. */
    public static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("partner-coach").toAbsolutePath();
    }

    /** Starts the bot on the H2 file in {@code data}, with extra environment variables. */
    public static ChildBot start(Path data, Map<String, String> extraEnv) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM: start fast rather than run fast
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                "org.partnercoach.App", "--console");
        Map<String, String> env = builder.environment();
        env.remove("DISCORD_TOKEN");
        env.remove("PARTNER_COACH_DB_KEY");
        env.put("PARTNER_COACH_CONFIG", config(data).toString());
        env.put("PARTNER_COACH_DB_URL", url(data));
        env.putAll(extraEnv);
        return new ChildBot(builder.start());
    }

    /** Sends one line, as typed. */
    public void send(String line) {
        try {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the bot's output up to the first line containing {@code text}; false if it ended or took 20 s. */
    public boolean await(String text) throws InterruptedException {
        return awaitLine(text) != null;
    }

    /** Reads the bot's output up to the first line containing {@code text}: that line; null if it ended or 20 s. */
    public String awaitLine(String text) throws InterruptedException {
        for (String line = out.poll(20, TimeUnit.SECONDS); line != null; line = out.poll(20, TimeUnit.SECONDS)) {
            if (line.equals(END)) {
                out.add(END);
                return null;
            }
            if (line.contains(text)) {
                return line;
            }
        }
        return null;
    }

    /** Every line the bot wrote after those read so far, once it has ended (waits up to 20 s for the end). */
    public java.util.List<String> restOfOutput() throws InterruptedException {
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (String line = out.poll(20, TimeUnit.SECONDS); line != null && !line.equals(END);
             line = out.poll(20, TimeUnit.SECONDS)) {
            rest.add(line);
        }
        out.add(END);
        return rest;
    }

    /**
     * Reads the bot's output up to the {@code n}-th line that {@code counted} accepts; false if it ended first or
     * a line took 20 s.
     */
    public boolean awaitLines(java.util.function.Predicate<String> counted, int n) throws InterruptedException {
        int seen = 0;
        while (seen < n) {
            String line = out.poll(20, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                return false;
            }
            if (counted.test(line)) {
                seen++;
            }
        }
        return true;
    }

    /** Types {@code lines} and closes the input, then returns everything the bot says until it ends. */
    public String finish(String lines) throws InterruptedException {
        try {
            in.write(lines.getBytes(StandardCharsets.UTF_8));
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder said = new StringBuilder();
        for (String line = out.poll(30, TimeUnit.SECONDS); line != null && !line.equals(END);
             line = out.poll(30, TimeUnit.SECONDS)) {
            said.append(line).append('\n');
        }
        return said.toString();
    }

    /** Looks for a file the bot is at work on; empty while there is none. */
    @FunctionalInterface
    public interface FileLookup {
        java.util.Optional<Path> find() throws IOException;
    }

    /**
     * Waits, without sleeping, for {@code lookup} to find the file the bot is at work on ({@code what}, for the
     * failure's words), so that a kill lands in the middle of that work; fails if the bot ends first or after 60 s.
     */
    public Path awaitFile(String what, FileLookup lookup) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            java.util.Optional<Path> found = lookup.find();
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the bot ended before " + what + " appeared: " + err());
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no " + what + " within 60 s: " + err());
    }

    public Process process() {
        return process;
    }

    /** What the bot wrote on stderr so far. */
    public String err() {
        synchronized (err) {
            return err.toString();
        }
    }

    /** Waits for the process to end; its exit code. */
    public int exitCode() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot did not end within 30 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static void drain(InputStream stream, Consumer<String> lines, Runnable atEnd) {
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the process ended: its pipe closed
            } finally {
                atEnd.run();
            }
        }, "child-bot-reader");
        reader.setDaemon(true);
        reader.start();
    }
}
