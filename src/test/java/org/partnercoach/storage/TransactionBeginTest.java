package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.TestBot;

@DisplayName("Write work begins its transaction at its first write or lock")
class TransactionBeginTest {

    private static final String INSERT_HOME = "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)";
    private static final String HOMES = "SELECT user_id FROM member_home ORDER BY user_id";
    private static final String LOCK_HOME = "SELECT user_id FROM member_home WHERE user_id = ? FOR UPDATE";

    private final Database db = TestBot.freshDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> homes() {
        return db.read(c -> Database.list(c, HOMES, rs -> rs.getLong(1)));
    }

    @Test
    @DisplayName("work that only reads commits nothing; a write after reads commits once, with everything it wrote")
    void readsCommitNothing() {
        db.write(c -> Database.update(c, INSERT_HOME, 1L, 10L));
        Database.Usage before = db.usage();

        List<Long> seen = db.write(c -> Database.list(c, HOMES, rs -> rs.getLong(1)));
        assertThat(seen).containsExactly(1L);
        assertThat(db.usage().since(before)).isEqualTo(new Database.Usage(1, 0));

        long count = db.write(c -> {
            Database.list(c, HOMES, rs -> rs.getLong(1));
            Database.update(c, INSERT_HOME, 2L, 20L);
            Database.update(c, INSERT_HOME, 3L, 30L);
            // its own rows, before the commit
            return Database.list(c, HOMES, rs -> rs.getLong(1)).size();
        });
        assertThat(count).isEqualTo(3);
        assertThat(db.usage().since(before)).isEqualTo(new Database.Usage(2, 1));
        assertThat(homes()).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("a refusal after reads and writes rolls all the writes back; after reads alone it changes nothing")
    void refusalAfterReads() {
        assertThatThrownBy(() -> db.write(c -> {
            Database.list(c, HOMES, rs -> rs.getLong(1));
            Database.update(c, INSERT_HOME, 1L, 10L);
            Database.batch(c, INSERT_HOME, List.of(new Object[] {2L, 20L}, new Object[] {3L, 30L}));
            throw new org.partnercoach.chat.UserError("No, thanks.");
        })).hasMessage("No, thanks.");
        assertThatThrownBy(() -> db.write(c -> {
            Database.list(c, HOMES, rs -> rs.getLong(1));
            throw new org.partnercoach.chat.UserError("Not now.");
        })).hasMessage("Not now.");
        assertThat(homes()).isEmpty();
        // the pooled connections come back ready for the next work
        db.write(c -> Database.update(c, INSERT_HOME, 4L, 40L));
        assertThat(homes()).containsExactly(4L);
    }

    @Test
    @DisplayName("a locking read begins the transaction: its row stays locked until the work ends")
    void lockingReadHoldsItsLock() throws Exception {
        db.write(c -> Database.update(c, INSERT_HOME, 1L, 10L));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Long>> holder = CompletableFuture.supplyAsync(() -> db.write(c -> {
            List<Long> rows = Database.list(c, LOCK_HOME, rs -> rs.getLong(1), 1L);
            locked.countDown();
            await(release);
            return rows;
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            // another connection may not take the row meanwhile (NOWAIT: refused at once instead of waiting)
            assertThatThrownBy(() -> db.write(c -> Database.list(c, LOCK_HOME + " NOWAIT", rs -> rs.getLong(1),
                    1L))).isInstanceOf(StorageException.class);
        } finally {
            release.countDown();
        }
        List<Long> held = holder.get(30, TimeUnit.SECONDS);
        assertThat(held).containsExactly(1L);
        List<Long> free = db.write(c -> Database.list(c, LOCK_HOME + " NOWAIT", rs -> rs.getLong(1), 1L));
        assertThat(free).containsExactly(1L);
    }

    @Test
    @DisplayName("work running JDBC statements of its own begins the transaction itself: all of them or none")
    void ownStatements() {
        assertThatThrownBy(() -> db.write(c -> {
            Database.begin(c);
            insertOnItsOwn(c, 1L, 10L);
            throw new IllegalStateException("stopped half-way");
        })).hasMessage("stopped half-way");
        assertThat(homes()).isEmpty();
        Database.Usage before = db.usage();
        db.write(c -> {
            Database.begin(c);
            return insertOnItsOwn(c, 2L, 20L);
        });
        assertThat(db.usage().since(before)).isEqualTo(new Database.Usage(1, 1));
        assertThat(homes()).containsExactly(2L);
    }

    @Test
    @DisplayName("work of another database run inside the work leaves its first write inside its transaction")
    void otherDatabaseInside() {
        try (Database other = TestBot.freshDatabase()) {
            assertThatThrownBy(() -> db.write(c -> {
                other.read(o -> Database.list(o, HOMES, rs -> rs.getLong(1)));
                other.write(o -> Database.list(o, HOMES, rs -> rs.getLong(1)));
                Database.update(c, INSERT_HOME, 1L, 10L);
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
        }
        assertThat(homes()).isEmpty();
    }

    @Test
    @DisplayName("only a plain SELECT waits for a write to begin the transaction")
    void plainSelects() {
        assertThat(Database.plainSelect("SELECT id FROM partners WHERE guild_id = ?")).isTrue();
        assertThat(Database.plainSelect("\n  select name_key from partners")).isTrue();
        assertThat(Database.plainSelect("SELECT id FROM scheduled_sends WHERE id = ANY(?)\n"
                + "            FOR UPDATE SKIP LOCKED")).isFalse();
        assertThat(Database.plainSelect("SELECT id FROM t FOR\nSHARE")).isFalse();
        assertThat(Database.plainSelect("SELECT id FROM t FOR NO KEY UPDATE")).isFalse();
        assertThat(Database.plainSelect("UPDATE scheduled_sends SET status = 'SENT' RETURNING id")).isFalse();
        assertThat(Database.plainSelect("WITH x AS (DELETE FROM t RETURNING id) SELECT id FROM x")).isFalse();
        assertThat(Database.plainSelect("SELECTED")).isFalse();
        assertThat(Database.plainSelect("SELECT before_update FROM t")).isTrue();
        // asked again, the same answers (kept per statement)
        assertThat(Database.plainSelect("SELECT id FROM t FOR NO KEY UPDATE")).isFalse();
        assertThat(Database.plainSelect("SELECT id FROM partners WHERE guild_id = ?")).isTrue();
    }

    @Test
    @DisplayName("statements built per call, more than are kept, are each told apart all the same")
    void plainSelectsPastWhatIsKept() {
        for (int i = 0; i < Database.PLAIN_SELECTS_KEPT + 100; i++) {
            assertThat(Database.plainSelect("SELECT id FROM t WHERE id = " + i)).isTrue();
            assertThat(Database.plainSelect("SELECT id FROM t WHERE id = " + i + " FOR UPDATE")).isFalse();
        }
    }

    /** A home row written by a JDBC statement of the work's own, not through the helpers. */
    private static int insertOnItsOwn(java.sql.Connection c, long userId, long guildId) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(INSERT_HOME)) {
            ps.setLong(1, userId);
            ps.setLong(2, guildId);
            return ps.executeUpdate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
