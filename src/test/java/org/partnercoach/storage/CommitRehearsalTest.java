package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The commits rehearsed before the first poll")
class CommitRehearsalTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String INSERT_HOME = "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)";

    @TempDir
    Path dir;

    @Test
    @DisplayName("on an H2 file: 90 commits of rows written, changed and deleted; the table is empty after, the rest as"
            + " it was, and the file stays small")
    void onAFile() {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            db.write(c -> Database.update(c, INSERT_HOME, 1L, 10L));
            long sizeBefore = db.sizeOnDisk();
            Database.Usage before = db.usage();

            db.rehearseCommits(NOW);

            assertThat(db.usage().since(before).commits())
                    .isEqualTo(3L * CommitRehearsal.ROUNDS).isEqualTo(90);
            assertThat(count(db, "SELECT COUNT(*) FROM commit_rehearsals")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM member_home WHERE user_id = 1 AND guild_id = 10")).isOne();
            // the chunks it appends, which the housekeeping gives back, stay within a few MB
            assertThat(db.sizeOnDisk() - sizeBefore).isLessThan(8L << 20);
        }
    }

    @Test
    @DisplayName("rows an earlier run left, not finished, are deleted by the next run's rounds")
    void leftoversOfAKilledStart() {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            // as a run stopped between a round's write and its delete would leave them
            db.write(c -> Database.update(c, "INSERT INTO commit_rehearsals (mark, status, written_at) VALUES"
                    + " (0, 'PENDING', ?), (7, 'SENT', ?), (?, 'PENDING', ?)", NOW, NOW, CommitRehearsal.ROUNDS - 1,
                    NOW));

            db.rehearseCommits(NOW.plusSeconds(60));

            assertThat(count(db, "SELECT COUNT(*) FROM commit_rehearsals")).isZero();
        }
    }

    @Test
    @DisplayName("in memory: nothing is committed (no file whose commit path to rehearse)")
    void inMemory() {
        try (Database db = Database.inMemory()) {
            Database.Usage before = db.usage();

            db.rehearseCommits(NOW);

            assertThat(db.usage().since(before).commits()).isZero();
        }
    }

    @Test
    @DisplayName("inside a transaction it is refused, as a bug, and the transaction's own write is rolled back")
    void refusedInsideATransaction() {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            assertThatThrownBy(() -> db.transaction(() -> {
                db.write(c -> Database.update(c, INSERT_HOME, 2L, 20L));
                db.rehearseCommits(NOW);
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");

            assertThat(count(db, "SELECT COUNT(*) FROM member_home")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM commit_rehearsals")).isZero();
        }
    }

    private static long count(Database db, String sql) {
        return db.read(c -> Database.one(c, sql, rs -> rs.getLong(1))).orElseThrow();
    }
}
