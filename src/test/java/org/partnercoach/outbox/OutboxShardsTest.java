package org.partnercoach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.config.Shards;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

/** With Discord's shards split across processes, each process's outbox claims the sends of its own servers. */
@DisplayName("The outbox and Discord shards")
class OutboxShardsTest {

    private static final Instant T0 = TestBot.START;
    /** In shard 1 of 2. */
    private static final long EAST = 222222222222222222L;
    /** In shard 0 of 2. */
    private static final long WEST = 232323232323232323L;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    private long enqueue(long guildId) {
        return db.write(c -> new Outbox(db, "seed").enqueue(c, new ScheduledSend.Draft(guildId, "personal", 7, 0,
                "Call", "", T0), T0));
    }

    @Test
    @DisplayName("each process claims only its shards' rows, and a batch full of others' rows does not loop")
    void claimsOwnShardsOnly() {
        assertThat(Shards.of(EAST, 2)).isEqualTo(1);
        assertThat(Shards.of(WEST, 2)).isZero();
        long east = enqueue(EAST);
        List<Long> west = List.of(enqueue(WEST), enqueue(WEST), enqueue(WEST));
        Outbox shardOne = new Outbox(db, "one", new Shards(2, List.of(1)));
        Outbox shardZero = new Outbox(db, "zero", new Shards(2, List.of(0)));

        Outbox.Batch first = shardOne.claimDue(T0, s -> T0, 2);
        assertThat(first.claimed()).extracting(ScheduledSend::id).containsExactly(east);
        assertThat(first.more()).as("nothing more for shard 1, however many rows other shards have").isFalse();

        assertThat(shardZero.claimDue(T0, s -> T0, 10).claimed()).extracting(ScheduledSend::id)
                .containsExactlyElementsOf(west);
        // a claim of shard 0's process that lapsed (it died) is taken again by a process of shard 0 only
        Instant late = T0.plus(Outbox.LEASE);
        assertThat(shardOne.claimDue(late, s -> late, 10).claimed()).extracting(ScheduledSend::id)
                .containsExactly(east);
        assertThat(new Outbox(db, "zero-again", new Shards(2, List.of(0))).claimDue(late, s -> late, 10)
                .claimed()).extracting(ScheduledSend::id).containsExactlyElementsOf(west);
    }

    @Test
    @DisplayName("one process running every shard claims every row")
    void allShards() {
        long east = enqueue(EAST);
        long west = enqueue(WEST);
        assertThat(new Outbox(db, "all", Shards.all(2)).claimDue(T0, s -> T0, 10).claimed())
                .extracting(ScheduledSend::id).containsExactlyInAnyOrder(east, west);
    }
}
