package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ChildBot;

/**
 * The real program, killed with SIGKILL while it copies its database into {@code backups/} (the daily copy, and the
 * copy made before an upgrade): every copy left under a backup's name must be whole and restore every row, and the
 * copy the kill cut short must be made again (an hour later for the daily one, at the next start for an upgrade's).
 */
@DisplayName("Killed with SIGKILL while a backup is written")
class BackupKillTest {

    /** Notes of random letters, so that the copy takes long enough (about 20 MB to compress) to be killed in. */
    private static final int TOUCHPOINTS = 20_000;
    private static final String BEFORE_LAST = "68";

    @TempDir
    Path dir;

    @Test
    @DisplayName("the daily copy: no broken copy is kept, and an hour later a whole one is made")
    void killedDuringTheDailyCopy() throws Exception {
        Path data = dir.resolve("data");
        Database.open(ChildBot.url(data)).close();
        fill(ChildBot.url(data));

        // GIVEN a first start killed while its daily copy is written
        killWhileCopying(data);
        assertThat(copies(data)).as("no copy under a backup's name yet").isEmpty();

        // WHEN it starts again, and an hour goes by
        try (ChildBot again = ChildBot.start(data, Map.of())) {
            String said = again.finish(":advance 61m\n:quit\n");
            assertThat(again.exitCode()).as(said + again.err()).isZero();
            assertThat(again.err()).contains("a copy of the database that a stop left half written")
                    .doesNotContain("ERROR", "Exception");
        }

        // THEN the one daily copy is whole, and nothing half written is left
        assertThat(copies(data)).singleElement().satisfies(zip -> {
            assertThat(zip.getFileName().toString()).matches("partner-coach-daily-\\d{8}-\\d{6}\\.zip");
            assertThat(touchpointsRestoredFrom(zip)).isEqualTo(TOUCHPOINTS);
        });
        assertThat(unfinished(data)).isEmpty();
    }

    @Test
    @DisplayName("the copy before an upgrade: the next start copies again, upgrades, and keeps only whole copies")
    void killedDuringTheCopyBeforeAnUpgrade() throws Exception {
        Path data = dir.resolve("data");
        String url = ChildBot.url(data);
        MigrationScripts.migrateTo(url, BEFORE_LAST);
        fill(url);

        // GIVEN a start killed while it copies the database before upgrading it
        killWhileCopying(data);
        assertThat(copies(data)).isEmpty();

        // WHEN it starts again
        try (ChildBot again = ChildBot.start(data, Map.of())) {
            String said = again.finish("/coach progress\n:quit\n");
            assertThat(said).contains("── Your coaching so far ──");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.err()).doesNotContain("ERROR", "Exception");
        }

        // THEN it copied before the upgrade, then made its daily copy: both whole, nothing half written left
        assertThat(copies(data)).hasSize(2).allSatisfy(zip ->
                assertThat(touchpointsRestoredFrom(zip)).isEqualTo(TOUCHPOINTS));
        assertThat(copies(data)).map(zip -> zip.getFileName().toString()).anyMatch(name ->
                name.matches("partner-coach-before-V" + (Integer.parseInt(BEFORE_LAST) + 1) + "-\\d{8}-\\d{6}\\.zip"));
        assertThat(unfinished(data)).isEmpty();
        try (Database db = Database.open(url)) {
            Optional<Integer> kept = db.read(c -> Database.one(c, "SELECT COUNT(*) FROM partner_touchpoints",
                    rs -> rs.getInt(1)));
            assertThat(kept).contains(TOUCHPOINTS);
        }
    }

    /** Starts the bot on {@code data} and kills it once a copy is being written; the half-written copy stays. */
    private static void killWhileCopying(Path data) throws Exception {
        try (ChildBot child = ChildBot.start(data, Map.of())) {
            // piped input: the console starts its work once a first line comes (a comment, which it skips)
            child.send("# start");
            Path part = child.awaitFile("a copy under way", () -> unfinished(data).stream().findFirst());
            child.process().destroyForcibly();
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(part).as("the copy the kill cut short: %s", child.err()).exists();
        }
    }

    private static List<Path> copies(Path data) throws IOException {
        return inBackups(data, ".zip");
    }

    private static List<Path> unfinished(Path data) throws IOException {
        return inBackups(data, ".zip" + Backups.UNFINISHED);
    }

    private static List<Path> inBackups(Path data, String ending) throws IOException {
        Path folder = Backups.folderOf(data.resolve("partner-coach"));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending)).sorted().toList();
        }
    }

    /** Restores {@code zip} into a folder of its own, as README says to, and counts the touchpoints it holds. */
    private int touchpointsRestoredFrom(Path zip) {
        try (ZipFile whole = new ZipFile(zip.toFile())) {
            assertThat(whole.getEntry("partner-coach.mv.db")).as("%s holds the database", zip).isNotNull();
            Path restored = Files.createTempDirectory(dir, "restored");
            Restore.execute(zip.toString(), restored.toString(), "partner-coach");
            try (Connection c = DriverManager.getConnection(
                    Database.withH2Settings("jdbc:h2:file:" + restored.resolve("partner-coach")), "sa", "");
                 var counted = c.createStatement().executeQuery("SELECT COUNT(*) FROM partner_touchpoints")) {
                counted.next();
                return counted.getInt(1);
            }
        } catch (IOException | SQLException e) {
            throw new AssertionError(zip + " is not a whole copy: " + e, e);
        }
    }

    /** One partner with {@link #TOUCHPOINTS} touchpoints, each note 1,000 random letters. */
    private static void fill(String url) throws SQLException {
        Random random = new Random(20261206L);
        char[] note = new char[1000];
        PartnerRows.add(url, 1, TOUCHPOINTS, partner -> {
            for (int i = 0; i < note.length; i++) {
                note[i] = (char) ('a' + random.nextInt(26));
            }
            return new String(note);
        });
    }
}
