package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ChildBot;

/**
 * A bot whose H2 file is mostly dead space rewrites it when it stops ({@code H2FileStore#rewriteIfMostlyDead}). The
 * real program is killed with SIGKILL while that rewrite is under way (its copy of the file is on disk): the old file
 * must be whole, with every partner and touchpoint, H2 must clear the copy away, and the next stop must rewrite it.
 */
@DisplayName("Killed with SIGKILL while the database file is rewritten at stop")
class StopRewriteKillTest {

    private static final int PARTNERS = 120;
    private static final int TOUCHPOINTS = 600;

    @TempDir
    Path dir;

    @Test
    @DisplayName("the file is whole after the restart, and the next stop makes it small")
    void killedDuringTheRewrite() throws Exception {
        Path data = dir.resolve("data");
        try (ChildBot bot = ChildBot.start(data, Map.of())) {
            for (int p = 0; p < PARTNERS; p++) {
                bot.send("/partner add name:\"Org " + p + "\" sector:food");
            }
            for (int t = 0; t < TOUCHPOINTS; t++) {
                bot.send("/partner log partner:\"Org " + t % PARTNERS + "\" what:\"Call " + t + "\"");
            }
            assertThat(bot.awaitLines(line -> line.contains("Logged a note with"), TOUCHPOINTS)).as(bot.err())
                    .isTrue();
            assertThat(Files.size(storeFile(data))).as("a file mostly of dead space").isGreaterThan(4L << 20);

            bot.process().getOutputStream().close(); // the console ends: the bot stops and rewrites its file
            Path copy = bot.awaitFile("the rewrite's copy of the file", () -> siblings(data).stream().findFirst());
            bot.process().destroyForcibly(); // SIGKILL, with the copy half written
            assertThat(bot.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(copy).as("the copy of a rewrite under way").exists();
        }

        try (Database db = Database.open(ChildBot.url(data))) {
            assertThat(count(db, "SELECT COUNT(*) FROM partners")).isEqualTo(PARTNERS);
            assertThat(count(db, "SELECT COUNT(*) FROM partner_touchpoints")).isEqualTo(TOUCHPOINTS);
            assertThat(siblings(data)).as("H2 clears the copy away when it opens the file").isEmpty();
        }
        try (ChildBot again = ChildBot.start(data, Map.of())) {
            String said = again.finish("/partner show partner:\"Org 7\"\n");
            assertThat(said).contains("Org 7");
            assertThat(again.exitCode()).isZero();
        }
        assertThat(Files.size(storeFile(data))).as("rewritten at the next stop").isLessThan(2L << 20);
        try (Database db = Database.open(ChildBot.url(data))) {
            assertThat(count(db, "SELECT COUNT(*) FROM partner_touchpoints")).isEqualTo(TOUCHPOINTS);
        }
    }

    /** Files H2 writes beside the database file while rewriting it ({@code partner-coach.mv.db.tempFile}). */
    private static List<Path> siblings(Path data) throws IOException {
        String name = storeFile(data).getFileName() + ".";
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name)).toList();
        }
    }

    private static Path storeFile(Path data) {
        return data.resolve("partner-coach.mv.db");
    }

    private static int count(Database db, String sql) {
        return db.read(c -> Database.one(c, sql, rs -> rs.getInt(1))).orElseThrow();
    }
}
