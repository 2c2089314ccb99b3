package org.partnercoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.Postgres;

/** The benchmark at tiny sizes, so that it keeps running; its figures are not checked here (see docs/benchmark.md). */
@DisplayName("The coalition benchmark runs end to end at tiny sizes")
class CoalitionBenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("on H2: it seeds, measures everything, and ends with the BENCH line")
    void runsTiny() throws Exception {
        runsTinyOn("h2");
    }

    /**
     * On a database of the test server (support/Postgres, durability off, already migrated): the full run starts a
     * PostgreSQL of its own with fsync on, which costs another 10 to 15 seconds of initdb and migrations here.
     */
    @Test
    @DisplayName("on PostgreSQL: the same steps and the same line")
    void runsTinyOnPostgresql() throws Exception {
        String url = Postgres.freshDatabase();
        try {
            assertThat(runsTinyOn(url, "postgresql")).contains("postgresql: 15.");
        } finally {
            Postgres.drop(url);
        }
    }

    private String runsTinyOn(String engine) throws Exception {
        return runsTinyOn(engine, engine);
    }

    private String runsTinyOn(String engine, String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CoalitionBench.Sizes sizes = CoalitionBench.Sizes.tiny();
        Map<String, String> figures = new CoalitionBench(sizes, engine, dir, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), CoalitionBench.DigestHook.WEEKLY).run();

        String printed = bytes.toString(StandardCharsets.UTF_8);
        String last = printed.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).matches("BENCH engine=" + name + " handler_p99_ms=\\S+ ratio_vs_jdbc=\\S+ poll_10k_ms=\\d+"
                + " claim_10k_ms=\\d+ digest_100k_ms=\\d+ startup_ms=\\d+ heap_mb=\\d+ file_growth=\\S+");
        // the work was really done: one message per owner, every due row claimed, sent rows pruned a month later
        assertThat(figures).containsEntry("poll_messages", String.valueOf(sizes.owners()))
                .containsEntry("poll_again_messages", "0")
                // the first poll after a start, in a JVM of its own, sent what this JVM's poll sends again after it
                .containsEntry("poll_first_sent", figures.get("poll_sent"))
                .containsEntry("poll_running_sent", figures.get("poll_sent"))
                .containsEntry("claimed", String.valueOf(sizes.claimDue()))
                // both polls' sent rows, less the first poll's reminders, which the benchmark clears for the second
                .containsEntry("pruned", String.valueOf(sizes.writes() / 2
                        + 2 * Integer.parseInt(figures.get("poll_sent")) - sizes.owners()));
        assertThat(printed).contains("/partner list filtered", "partner autocomplete", "/coalition gaps",
                "answer submitted", "touchpoint logged", "partner added", "/partner show",
                "sample chart drawn on its own thread", "poll, the first after a start (a new JVM",
                "digest, the first after a start", "digest at 10 touchpoints",
                "took part in the week besides their moves");
        // the seed has members who said they know someone, asked for or agreed to an introduction, or rated a
        // partner in the digest's week, and the digest's reading of them finds them
        assertThat(Integer.parseInt(figures.getOrDefault("took_part_members", "0"))).isPositive()
                .isEqualTo(Integer.parseInt(figures.get("took_part_members_bare")));
        return printed;
    }
}
