package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ChildBot;

/**
 * The real program, killed with SIGKILL while it creates its database on first start, starts again and answers.
 * The killed start runs with H2's statement trace on its output, so the test knows which statement the bot has
 * reached: it kills the bot right after the statement picked (with a fixed seed) begins.
 */
@DisplayName("Killed during first start")
class StartUpCrashTest {

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
            try (ChildBot child = start(data, ";TRACE_LEVEL_SYSTEM_OUT=3")) {
                assertThat(child.awaitLines(line -> line.startsWith("/**/stat") && line.contains(".execute"),
                        statement)).as("statement %d of the first start: %s", statement, child.err()).isTrue();
                child.process().destroyForcibly();
                assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

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

    /** The real bot on the H2 file in {@code data}, with {@code urlSettings} added to its database URL. */
    private static ChildBot start(Path data, String urlSettings) throws IOException {
        return ChildBot.start(data, Map.of("PARTNER_COACH_DB_URL", ChildBot.url(data) + urlSettings));
    }

    /** Feeds the conversation and reads everything the bot says until it ends. */
    private static Finished finish(ChildBot child) throws Exception {
        try (child) {
            String out = child.finish(CONVERSATION);
            assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).as("the bot ends after :quit").isTrue();
            return new Finished(child.process().exitValue(), out, child.err());
        }
    }
}
