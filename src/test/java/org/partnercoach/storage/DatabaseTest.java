package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The database")
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a file database commits to disk at once (no write delay) and runs in PostgreSQL mode")
    void durableSettings() {
        String url = Database.withH2Settings("jdbc:h2:file:./data/partner-coach");
        assertThat(url).contains(";WRITE_DELAY=0").contains(";MODE=PostgreSQL").contains(";DATABASE_TO_LOWER=TRUE");
        assertThat(Database.withH2Settings("jdbc:h2:file:x;WRITE_DELAY=100")).doesNotContain("WRITE_DELAY=0");
    }

    @Test
    @DisplayName("a failed write leaves nothing behind; committed rows survive reopening the file")
    void transactions() {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        try (Database db = Database.open(url)) {
            db.write(c -> Database.update(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", 1L, 10L));
            assertThatThrownBy(() -> db.write(c -> {
                Database.update(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", 2L, 20L);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
        }
        try (Database db = Database.open(url)) {
            java.util.List<Long> users = db.read(c -> Database.list(c, "SELECT user_id FROM member_home",
                    rs -> rs.getLong(1)));
            assertThat(users).containsExactly(1L);
        }
    }

    @Test
    @DisplayName("a rehearsal of writes runs them, sees them, and leaves nothing behind in the file, even after a "
            + "restart; one inside a transaction is refused and rolls back nothing of it")
    void rehearsedWritesLeaveNothing() {
        String url = "jdbc:h2:file:" + dir.resolve("rehearsed").toAbsolutePath();
        String count = "SELECT COUNT(*) FROM member_home";
        try (Database db = Database.open(url)) {
            db.write(c -> Database.update(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", 1L, 10L));
            long[] seen = {-1};
            db.rehearseWrites(() -> db.write(c -> {
                Database.update(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", 2L, 20L);
                Database.update(c, "UPDATE member_home SET guild_id = ? WHERE user_id = ?", 11L, 1L);
                seen[0] = db.read(r -> Database.one(r, count, rs -> rs.getLong(1))).orElseThrow();
                return null;
            }));
            assertThat(seen[0]).isEqualTo(2);
            java.util.List<Long> guilds = db.read(c -> Database.list(c, "SELECT guild_id FROM member_home",
                    rs -> rs.getLong(1)));
            assertThat(guilds).containsExactly(10L);

            assertThatThrownBy(() -> db.write(c -> {
                Database.update(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", 3L, 30L);
                db.rehearseWrites(() -> { });
                return null;
            })).hasMessage("a rehearsal inside a transaction");
        }
        try (Database db = Database.open(url)) {
            java.util.List<String> rows = db.read(c -> Database.list(c, "SELECT user_id, guild_id FROM member_home",
                    rs -> rs.getLong(1) + "/" + rs.getLong(2)));
            assertThat(rows).containsExactly("1/10");
        }
    }

    @Test
    @DisplayName("a command in the member's home server writes nothing to the file; moving home does")
    void sameHomeWritesNothing() throws Exception {
        Path file = dir.resolve("homes.mv.db");
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("homes").toAbsolutePath())) {
            MemberHomes homes = new MemberHomes(db);
            homes.remember(7, 100);
            long size = Files.size(file);

            for (int i = 0; i < 20; i++) {
                homes.remember(7, 100);
            }
            assertThat(Files.size(file)).isEqualTo(size);

            homes.remember(7, 200);
            assertThat(Files.size(file)).isGreaterThan(size);
            assertThat(homes.homeOf(7)).isEqualTo(200);
        }
    }

    private static final String INSERT_HOME = "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)";
    private static final String COUNT_HOMES = "SELECT COUNT(*) FROM member_home";

    @Test
    @DisplayName("a remembering scope reads a value once across its transactions; a rollback in it forgets")
    void rememberingScope() {
        try (Database db = Database.inMemory()) {
            java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Supplier<Integer> load = () -> db.remembered("settings", loads::incrementAndGet);

            // outside a scope and a transaction, every call loads
            load.get();
            load.get();
            assertThat(loads).hasValue(2);

            db.remembering(() -> {
                db.read(c -> load.get());
                db.write(c -> load.get());
                assertThat(load.get()).isEqualTo(3);
                assertThat(loads).hasValue(3);
                // a transaction that rolls back may have remembered what it wrote: the scope forgets everything
                assertThatThrownBy(() -> db.write(c -> {
                    db.forget("settings");
                    load.get();
                    throw new IllegalStateException("refused");
                })).isInstanceOf(IllegalStateException.class);
                assertThat(load.get()).isEqualTo(5);
                return null;
            });

            // the scope is over: loads again
            load.get();
            assertThat(loads).hasValue(6);
        }
    }

    @Test
    @DisplayName("reads and writes inside a transaction join its one connection, and it commits once")
    void transactionJoins() {
        try (Database db = Database.inMemory()) {
            Database.Usage before = db.usage();
            long seen = db.transaction(() -> {
                db.write(c -> Database.update(c, INSERT_HOME, 1L, 10L));
                db.write(c -> Database.update(c, INSERT_HOME, 2L, 10L));
                // a nested read sees the transaction's own rows
                return db.read(c -> Database.one(c, COUNT_HOMES, rs -> rs.getLong(1))).orElseThrow();
            });
            assertThat(seen).isEqualTo(2);
            assertThat(db.usage().since(before)).isEqualTo(new Database.Usage(1, 1));
        }
    }

    @Test
    @DisplayName("a refusal thrown after a write rolls the whole transaction back, nested writes included")
    void refusalRollsBack() {
        try (Database db = Database.inMemory()) {
            assertThatThrownBy(() -> db.transaction(() -> {
                db.write(c -> Database.update(c, INSERT_HOME, 1L, 10L));
                throw new org.partnercoach.chat.UserError("No, thanks.");
            })).hasMessage("No, thanks.");
            assertThat(db.read(c -> Database.one(c, COUNT_HOMES, rs -> rs.getLong(1))).orElseThrow()).isZero();
            // the pooled connection comes back ready for the next transaction
            db.write(c -> Database.update(c, INSERT_HOME, 3L, 30L));
            assertThat(db.read(c -> Database.one(c, COUNT_HOMES, rs -> rs.getLong(1))).orElseThrow()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a write inside a read-only transaction is refused; a read outside any transaction commits nothing")
    void readOnly() {
        try (Database db = Database.inMemory()) {
            assertThatThrownBy(() -> db.readOnlyTransaction(() -> db.write(c -> Database.update(c, INSERT_HOME,
                    1L, 10L)))).isInstanceOf(IllegalStateException.class);
            Database.Usage before = db.usage();
            db.read(c -> Database.one(c, COUNT_HOMES, rs -> rs.getLong(1)));
            assertThat(db.usage().since(before)).isEqualTo(new Database.Usage(1, 0));
            db.write(c -> Database.update(c, INSERT_HOME, 1L, 10L));
            assertThat(db.read(c -> Database.one(c, COUNT_HOMES, rs -> rs.getLong(1))).orElseThrow()).isEqualTo(1);
        }
    }
}
