package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an H2 file puts each commit. A commit written into the space of dead data can be lost to a kill (see
 * {@link KillDurabilityTest}); one appended to the file never is. So every commit must make the file longer, until the
 * housekeeping's compaction gives the dead space back. H2 frees dead space at once here ({@code RETENTION_TIME=0}), as
 * in a bot that has run for a minute or compacted once.
 */
@DisplayName("The H2 file: every commit appended, dead space given back by compaction and by a rewrite at stop or start")
class H2FileStoreTest {

    private static final String INSERT = "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)";
    private static final String MOVE = "UPDATE member_home SET guild_id = ? WHERE user_id = ?";
    private static final String HOME = "SELECT guild_id FROM member_home WHERE user_id = ?";

    @TempDir
    Path dir;

    @Test
    @DisplayName("each commit lengthens the file, before and after a compaction and a backup; nothing is lost")
    void commitsAppended() throws IOException {
        try (Database db = openWithOneMember()) {
            moveHomeUpTo(db, 300);
            assertEachCommitAppended(db, 301);

            long sparse = Files.size(file());
            assertThat(db.compactIfSparse(50)).isTrue();
            assertThat(Files.size(file())).isLessThan(sparse / 2);
            assertEachCommitAppended(db, 400);

            db.read(c -> c.createStatement().execute("BACKUP TO '" + dir.resolve("copy.zip") + "'"));
            assertEachCommitAppended(db, 500);
            assertThat(db.compactIfSparse(101)).isTrue();
            assertEachCommitAppended(db, 600);
        }
        try (Database db = Database.open(url())) {
            java.util.Optional<Long> home = db.read(c -> Database.one(c, HOME, rs -> rs.getLong(1), 7L));
            assertThat(home).contains(619L);
        }
    }

    @Test
    @DisplayName("compacting after every 100 commits, as the housekeeping would, keeps a busy file from growing")
    void housekeepingKeepsTheSize() throws IOException {
        try (Database db = openWithOneMember()) {
            long largest = 0;
            for (int i = 1; i <= 3_000; i++) {
                long guild = i;
                db.write(c -> Database.update(c, MOVE, guild, 7L));
                if (i % 100 == 0) {
                    db.compactIfSparse(50);
                    largest = Math.max(largest, Files.size(file()));
                }
            }
            // 3,000 appended commits take more than 12 MB; the live data, well under one
            assertThat(largest).isLessThan(4L << 20);
        }
    }

    @Test
    @DisplayName("a burst's dead space is given back by the housekeeping while the bot runs on, with no commit since")
    void burstGivenBackWhileRunning() throws IOException {
        // H2's own keeping of dead space (45 s) while the burst is written: its chunks are dropped only by a later
        // commit, and until then H2 counts them as used, so a quiet bot's housekeeping must look at the chunks
        try (Database db = Database.open(url())) {
            db.write(c -> Database.update(c, INSERT, 7L, 0L));
            moveHomeUpTo(db, 3_000);
            long burst = Files.size(file());
            assertThat(burst).isGreaterThan(12L << 20);
            // as if H2's 45 s had passed, with nothing committed (H2's SET RETENTION_TIME would commit)
            db.read(c -> {
                H2FileStore.fileStoreOf(c).orElseThrow().setRetentionTime(0);
                return true;
            });

            for (int run = 0; run < 3; run++) {
                db.compactIfSparse(50);
            }
            assertThat(Files.size(file())).isLessThan(2L << 20);
            assertThat(home(db)).contains(3_000L);
            assertEachCommitAppended(db, 3_001);
        }
        try (Database db = Database.open(url())) {
            assertThat(home(db)).contains(3_020L);
        }
    }

    @Test
    @DisplayName("a file whose data fills most of it is not compacted; in memory there is nothing to compact")
    void compactsOnlySparseFiles() {
        try (Database db = Database.open(url())) {
            assertThat(db.compactIfSparse(0)).isFalse();
        }
        try (Database db = Database.inMemory()) {
            assertThat(db.compactIfSparse(101)).isFalse();
        }
    }

    @Test
    @DisplayName("a file mostly of dead space is rewritten small at stop, with every row; a full one is not")
    void rewrittenAtStopWhenMostlyDead() throws IOException {
        try (Database db = openWithOneMember()) {
            moveHomeUpTo(db, 3_000);
        } // closed as a kill leaves it, not rewritten
        // 3,000 appended commits take more than 12 MB; the live data, well under one
        assertThat(Files.size(file())).isGreaterThan(12L << 20);
        Object sparse = fileKey();
        try (Database db = Database.open(url())) {
            assertThat(fileKey()).as("too small to hold up a start: left to the stop").isEqualTo(sparse);
            assertThat(db.closeAtStop()).isTrue();
        }
        assertThat(Files.size(file())).isLessThan(1L << 20);
        Object rewritten = fileKey();

        try (Database db = Database.open(url())) {
            assertThat(home(db)).contains(3_000L);
            db.write(c -> Database.update(c, MOVE, 3_001L, 7L));
            assertThat(db.closeAtStop()).isFalse();
        }
        assertThat(fileKey()).as("mostly live data: closed as it is, in the same file").isEqualTo(rewritten);
        try (Database db = Database.open(url())) {
            assertThat(home(db)).contains(3_001L);
        }
    }

    @Test
    @DisplayName("a large file mostly of dead space, as a killed bot leaves it, is rewritten when the bot starts")
    void rewrittenAtStartWhenLargeAndMostlyDead() throws IOException {
        long large = makeLargeAndMostlyDead();
        try (Database db = Database.open(url())) {
            assertThat(Files.size(file())).isLessThan(large / 4);
            assertThat(rowsOfLatestVersion(db)).contains(LARGE_ROWS);
        }
    }

    private static final int LARGE_ROWS = 2_000;

    /** 2,000 reminders of 2 KB, each rewritten 20 times in commits of 4 MB: over 64 MB, nearly all dead. */
    private long makeLargeAndMostlyDead() throws IOException {
        try (Database db = Database.open(url())) {
            db.write(c -> Database.update(c, INSERT, 7L, 0L));
            db.write(c -> {
                for (int i = 0; i < LARGE_ROWS; i++) {
                    Database.insert(c, "INSERT INTO scheduled_sends (guild_id, kind, payload, requested_at, due_at,"
                            + " status, created_at) VALUES (1, 'personal', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                            + " 'PENDING', CURRENT_TIMESTAMP)", "a".repeat(2_000));
                }
                return null;
            });
            for (char version = 'b'; version <= 'u'; version++) {
                String payload = String.valueOf(version).repeat(2_000);
                db.write(c -> Database.update(c, "UPDATE scheduled_sends SET payload = ?", payload));
            }
        } // closed as a kill leaves it, not rewritten
        long large = Files.size(file());
        assertThat(large).isGreaterThan(H2FileStore.REWRITE_AT_START_FROM_BYTES);
        return large;
    }

    private static java.util.Optional<Integer> rowsOfLatestVersion(Database db) {
        return db.read(c -> Database.one(c, "SELECT COUNT(*) FROM scheduled_sends WHERE payload = ?",
                rs -> rs.getInt(1), "u".repeat(2_000)));
    }

    @Test
    @DisplayName("an encrypted file is rewritten encrypted, and opens with its key only")
    void rewrittenEncrypted() throws IOException {
        String key = "3f9c1a7be24d8e6051c2a9f7";
        try (Database db = Database.open(url() + ";RETENTION_TIME=0", key)) {
            db.write(c -> Database.update(c, INSERT, 7L, 0L));
            db.write(c -> Database.update(c, "INSERT INTO partners (guild_id, name, name_key, sector, stage, owner_id,"
                    + " created_by, created_at, activity_at) VALUES (1, 'Secret Garden Pantry', 'secret garden pantry',"
                    + " 'food', 'RESEARCHING', 7, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            moveHomeUpTo(db, 2_000);
            assertThat(Files.size(file())).isGreaterThan(8L << 20);
            assertThat(db.closeAtStop()).isTrue();
        }
        assertThat(Files.size(file())).isLessThan(1L << 20);
        assertThat(new String(Files.readAllBytes(file()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Secret Garden");
        try (Database db = Database.open(url(), key)) {
            assertThat(home(db)).contains(2_000L);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(url()).close())
                .isInstanceOf(DatabaseUnavailableException.class);
    }

    /** Member 7's home moved to servers 1, 2, ... {@code last}, a commit each: each leaves the last one dead. */
    private static void moveHomeUpTo(Database db, long last) {
        for (long guild = 1; guild <= last; guild++) {
            long to = guild;
            db.write(c -> Database.update(c, MOVE, to, 7L));
        }
    }

    private Object fileKey() throws IOException {
        return Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static java.util.Optional<Long> home(Database db) {
        return db.read(c -> Database.one(c, HOME, rs -> rs.getLong(1), 7L));
    }

    private Path file() {
        return dir.resolve("db.mv.db");
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    /** The file, opened with dead space freed at once, holding member 7's home server (0). */
    private Database openWithOneMember() {
        Database db = Database.open(url() + ";RETENTION_TIME=0");
        db.write(c -> Database.update(c, INSERT, 7L, 0L));
        return db;
    }

    /** Twenty commits from {@code guild} on, each of which must make the file longer. */
    private void assertEachCommitAppended(Database db, long guild) throws IOException {
        for (int i = 0; i < 20; i++) {
            long before = Files.size(file());
            long next = guild + i;
            db.write(c -> Database.update(c, MOVE, next, 7L));
            assertThat(Files.size(file())).as("commit %d", next).isGreaterThan(before);
        }
    }
}
