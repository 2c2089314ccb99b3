package org.partnercoach.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members the platform last said have left a server, for a planner that sends them nothing while they are away:
 * it asks the platform about one again only {@link #ASK_AGAIN_AFTER} after it said she had left, not on each of its
 * runs while her partners wait for a coordinator's hand-over (weeks, at times), so that one who came back hears from
 * the bot again within a day. Kept in memory only: a restart asks about her once more, which costs one request.
 */
public final class Departures {

    /** How long after the platform said a member left the server it is asked about her again. */
    public static final Duration ASK_AGAIN_AFTER = Duration.ofDays(1);

    private final Messenger messenger;
    /** When the platform said each member had left, as (server, member). */
    private final Map<List<Long>, Instant> gone = new ConcurrentHashMap<>();

    public Departures(Messenger messenger) {
        this.messenger = messenger;
    }

    /**
     * Asks the platform, at {@code now}, which of {@code members} have left the server, and remembers its answer:
     * those it said left are not asked about again before {@link #askAgainAt}. One it could not tell about counts as
     * a member. Never call it inside a database transaction: on Discord it is a request over the network.
     */
    public Set<Long> whoLeft(long guildId, Collection<Long> members, Instant now) {
        if (members.isEmpty()) {
            return Set.of();
        }
        Set<Long> left = messenger.membership(guildId, members).left();
        for (long member : members) {
            if (left.contains(member)) {
                gone.put(List.of(guildId, member), now);
            } else {
                gone.remove(List.of(guildId, member));
            }
        }
        return left;
    }

    /**
     * When the platform may be asked again about a member it said had left the server, if that is after {@code now};
     * null when it may be asked now (she was never found gone, or long enough ago).
     */
    public Instant askAgainAt(long guildId, long memberId, Instant now) {
        return askAgainAt(gone.get(List.of(guildId, memberId)), now);
    }

    /**
     * {@link #askAgainAt(long, long, Instant)}, also counting what the platform said at {@code saidAt} elsewhere (a
     * message to her given up because she had left, as stored): of the two, the later.
     */
    public Instant askAgainAt(long guildId, long memberId, Instant saidAt, Instant now) {
        Instant remembered = gone.get(List.of(guildId, memberId));
        return askAgainAt(remembered == null || saidAt.isAfter(remembered) ? saidAt : remembered, now);
    }

    private static Instant askAgainAt(Instant found, Instant now) {
        Instant again = found == null ? null : found.plus(ASK_AGAIN_AFTER);
        return again != null && again.isAfter(now) && !now.isBefore(found) ? again : null;
    }

    /** Forgets the members found gone long enough before {@code now} to be asked about again (handed over since). */
    public void forgetBefore(Instant now) {
        gone.values().removeIf(found -> !found.plus(ASK_AGAIN_AFTER).isAfter(now));
    }
}
