package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program, killed with SIGKILL while it creates its database on first start, starts again and answers.
 * The killed start runs with H2's statement trace on its output, so the test knows which statement the bot has
 * reached: it kills the bot right after the statement picked (with a fixed seed) begins.
 */
@DisplayName("Killed during first start")
class StartUpCrashTest {

    private static final String END = "<<end>>";
    private static final String CONVERSATION = "/coach progress\n:quit\n";
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a bot killed in the middle of its migrations starts cleanly the next time and answers")
    void killedDuringMigrations() throws Exception {
        String answer = null;
        // Flyway's history table and its index, then every statement of every migration
        int statements = 2 + MigrationScripts.all().stream().mapToInt(s -> s.statements().size()).sum();
        Random random = new Random(20261129L);
        for (int kill = 0; kill < KILLS; kill++) {
            int statement = 1 + random.nextInt(statements);
            Path data = dir.resolve("killed-" + kill);
            // GIVEN a first start killed as it runs that statement
            Child child = start(data, ";TRACE_LEVEL_SYSTEM_OUT=3");
            child.awaitStatement(statement);
            child.process().destroyForcibly();
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();

            // WHEN it starts again
            Finished again = finish(start(data, ""));

            // THEN it answers as an untouched bot does, and says nothing went wrong
            assertThat(again.exitCode()).as("exit code after a kill at statement %d: %s", statement, again.err())
                    .isZero();
            String progress = answerOf(again);
            assertThat(progress).as("killed at statement %d", statement)
                    .contains("── Your coaching so far ──").endsWith("you (you)> :quit\n");
            // and every restarted bot says the same
            assertThat(progress).isEqualTo(answer == null ? progress : answer);
            answer = progress;
            assertThat(again.err()).as("killed at statement %d", statement).doesNotContain("ERROR", "Exception");
        }
    }

    private static String answerOf(Finished run) {
        int at = run.out().indexOf("you (you)> /coach progress");
        assertThat(at).as("the conversation in:%n%s%n%s", run.out(), run.err()).isNotNegative();
        return run.out().substring(at);
    }

    private record Finished(int exitCode, String out, String err) {
    }

    private record Child(Process process, BlockingQueue<String> out, StringBuilder err) {
        /** Reads the bot's output up to the start of its {@code n}-th statement. */
        void awaitStatement(int n) throws InterruptedException {
            int seen = 0;
            while (seen < n) {
                String line = out.poll(20, TimeUnit.SECONDS);
                assertThat(line).as("statement %d of the first start", seen + 1).isNotNull().isNotEqualTo(END);
                if (line.startsWith("/**/stat") && line.contains(".execute")) {
                    seen++;
                }
            }
        }
    }

    private Child start(Path data, String urlSettings) throws IOException {
        Files.createDirectories(data);
        Path config = Files.writeString(data.resolve("partner-coach.yml"),
                Files.readString(Path.of("config/partner-coach.yml"))
                        .replace("outputDirectory: data/console-out", "outputDirectory: " + data.resolve("out")));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM: start fast rather than run fast
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                "org.partnercoach.App", "--console");
        Map<String, String> env = builder.environment();
        env.remove("DISCORD_TOKEN");
        env.put("PARTNER_COACH_CONFIG", config.toString());
        env.put("PARTNER_COACH_DB_URL", "jdbc:h2:file:" + data.resolve("partner-coach").toAbsolutePath()
                + urlSettings);
        Process process = builder.start();
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        StringBuilder err = new StringBuilder();
        drain(process.getInputStream(), out::add, () -> out.add(END));
        drain(process.getErrorStream(), line -> {
            synchronized (err) {
                err.append(line).append('\n');
            }
        }, () -> { });
        return new Child(process, out, err);
    }

    /** Feeds the conversation and reads everything the bot says until it ends. */
    private static Finished finish(Child child) throws Exception {
        try (OutputStream in = child.process().getOutputStream()) {
            in.write(CONVERSATION.getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder out = new StringBuilder();
        for (String line = child.out().poll(30, TimeUnit.SECONDS); line != null && !line.equals(END);
             line = child.out().poll(30, TimeUnit.SECONDS)) {
            out.append(line).append('\n');
        }
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).as("the bot ends after :quit").isTrue();
        String err;
        synchronized (child.err()) {
            err = child.err().toString();
        }
        return new Finished(child.process().exitValue(), out.toString(), err);
    }

    private static void drain(InputStream stream, Consumer<String> lines, Runnable atEnd) {
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the process was killed: its pipe closed
            } finally {
                atEnd.run();
            }
        }, "crash-test-reader");
        reader.setDaemon(true);
        reader.start();
    }
}
