package org.partnercoach.config;

import java.util.List;
import java.util.TreeSet;

/**
 * Which Discord shards this process runs, out of how many. Discord puts a server in shard
 * {@code (server_id >> 22) % total} ({@link #of}); the bot's shards are connected by this process, the others by
 * other processes on the same database. One shard of one ({@link #ALL}) is a bot on one machine.
 *
 * @param total how many shards the bot has in all (Discord's {@code shard_count}), 1 or more
 * @param ids   the shards this process runs, ascending, each from 0 to {@code total - 1}; never empty
 */
public record Shards(int total, List<Integer> ids) {

    /** One process runs every server. */
    public static final Shards ALL = new Shards(1, List.of(0));

    public Shards {
        ids = List.copyOf(new TreeSet<>(ids));
        if (total < 1 || ids.isEmpty() || ids.get(0) < 0 || ids.get(ids.size() - 1) >= total) {
            throw new IllegalArgumentException("shards " + ids + " of " + total);
        }
    }

    /** Every shard of {@code total}. */
    public static Shards all(int total) {
        return new Shards(total, java.util.stream.IntStream.range(0, total).boxed().toList());
    }

    /** The shard a server belongs to when the bot has {@code total} shards: Discord's rule. */
    public static int of(long guildId, int total) {
        return (int) ((guildId >>> 22) % total);
    }

    /** Whether this process runs the server (its shard is one of {@link #ids}). */
    public boolean runs(long guildId) {
        return ids.contains(of(guildId, total));
    }

    /** Whether this process runs shard 0, which receives the bot's direct messages. */
    public boolean runsFirst() {
        return ids.get(0) == 0;
    }

    /** Whether this process runs every shard (nothing is left to another process). */
    public boolean everything() {
        return ids.size() == total;
    }

    /** As the log says it: "shards [0, 1] of 2". */
    @Override
    public String toString() {
        return "shards " + ids + " of " + total;
    }
}
