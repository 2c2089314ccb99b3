package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A database file cut short is refused, never opened as an older or a new empty database")
class CutShortFileTest {

    private static final String KEY = "3f9c1a7be24d8e6051c2a9f7";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a file the bot stopped, cut anywhere, stops the start with one line naming it, and is left as it "
            + "was; whole, it opens with its rows")
    void cutAnywhere() throws Exception {
        Path whole = stoppedFileWithRows(null);
        long size = Files.size(whole);
        for (long cut : List.of(8192L, 12288L, 20480L, 40000L, size / 2, size - 4096, size - 1).stream()
                .filter(c -> c < size).distinct().toList()) {
            Path db = dir.resolve("cut-" + cut);
            Path file = Database.storeFile(db);
            Files.copy(whole, file);
            truncate(file, cut);
            byte[] before = Files.readAllBytes(file);

            assertThatThrownBy(() -> Database.open("jdbc:h2:file:" + db.toAbsolutePath()))
                    .as("cut at %d of %d", cut, size)
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage("the database file " + file.toAbsolutePath() + " cannot be read: it is damaged, cut "
                            + "short before the last changes saved in it (a copy that did not finish, or a full disk), "
                            + "and was left as it is; restore a backup (see docs/privacy.md)");
            assertThat(Files.readAllBytes(file)).as("cut at %d", cut).isEqualTo(before);
            assertThat(dir.resolve("backups")).as("no copy before an upgrade").doesNotExist();
        }
        Path db = dir.resolve("whole");
        Files.copy(whole, Database.storeFile(db));
        try (Database reopened = Database.open("jdbc:h2:file:" + db.toAbsolutePath())) {
            assertThat(jobs(reopened)).isEqualTo(50);
        }
    }

    @Test
    @DisplayName("an encrypted file cut short is refused the same, with its key; whole, it opens")
    void encrypted() throws Exception {
        Path whole = stoppedFileWithRows(KEY);
        Path db = dir.resolve("cut");
        Path file = Database.storeFile(db);
        Files.copy(whole, file);
        truncate(file, 20480);
        assertThatThrownBy(() -> Database.open("jdbc:h2:file:" + db.toAbsolutePath(), KEY))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("cannot be read: it is damaged, cut short before the last changes saved in it")
                .hasMessageNotContaining(KEY);

        Path kept = dir.resolve("whole");
        Files.copy(whole, Database.storeFile(kept));
        try (Database reopened = Database.open("jdbc:h2:file:" + kept.toAbsolutePath(), KEY)) {
            assertThat(jobs(reopened)).isEqualTo(50);
        }
    }

    @Test
    @DisplayName("a file as a kill leaves it (copied while the bot has it open) opens with every committed row")
    void asAKillLeavesIt() throws Exception {
        Path db = dir.resolve("open");
        Path copy = dir.resolve("killed");
        try (Database open = Database.open("jdbc:h2:file:" + db.toAbsolutePath())) {
            addJobs(open, 50);
            Files.copy(Database.storeFile(db), Database.storeFile(copy));
        }
        try (Database reopened = Database.open("jdbc:h2:file:" + copy.toAbsolutePath())) {
            assertThat(jobs(reopened)).isEqualTo(50);
        }
    }

    /** A file with 50 rows of {@code storage_jobs}, closed as the bot closes it at a stop; its path. */
    private Path stoppedFileWithRows(String key) {
        Path db = dir.resolve("made-" + (key == null ? "plain" : "encrypted"));
        Database made = Database.open("jdbc:h2:file:" + db.toAbsolutePath(), key);
        addJobs(made, 50);
        made.closeAtStop();
        return Database.storeFile(db);
    }

    private static void addJobs(Database db, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            db.write(c -> Database.update(c, "INSERT INTO storage_jobs (guild_id, name, due_at) VALUES (?, ?, ?)",
                    n, "job-" + n, java.time.Instant.parse("2026-11-30T09:00:00Z")));
        }
    }

    private static long jobs(Database db) {
        return db.read(c -> Database.one(c, "SELECT COUNT(*) FROM storage_jobs WHERE name LIKE 'job-%'",
                rs -> rs.getLong(1))).orElseThrow();
    }

    private static void truncate(Path file, long length) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }
}
