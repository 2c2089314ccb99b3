package org.partnercoach.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members the platform last said have left a server, for a planner that sends them nothing while they are away:
 * it asks the platform about one again only {@link #ASK_AGAIN_AFTER} after it said she had left, not on each of its
 * runs while her partners wait for a coordinator's hand-over (weeks, at times), so that one who came back hears from
 * the bot again within a day. One who acts in the server meanwhile (a command, a button, a form: {@link #seen}) is
 * plainly a member again, and is not held until then. Kept in memory only: a restart asks about her once more, which
 * costs one request; and with several bot processes, each knows only what it asked and heard itself (the one that
 * plans may not be the one her command reached: she then waits for the daily look, as before).
 */
public final class Departures {

    /** How long after the platform said a member left the server it is asked about her again. */
    public static final Duration ASK_AGAIN_AFTER = Duration.ofDays(1);

    private final Messenger messenger;

    /** What was last known of a member in a server: the platform said she had left, or she acted there. */
    private record Sighting(Instant at, boolean here) {

        /** The later of two sightings: what the bot knows now (on a tie, the one that came in last). */
        static Sighting later(Sighting known, Sighting heard) {
            return heard.at().isBefore(known.at()) ? known : heard;
        }
    }

    /** The last sighting of each member, as (server, member); forgotten {@link #ASK_AGAIN_AFTER} after it. */
    private final Map<Key, Sighting> sightings = new ConcurrentHashMap<>();

    /** A member in a server. */
    private record Key(long guildId, long memberId) {
    }

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
                // unless she acted in the server since the platform was asked
                sightings.merge(new Key(guildId, member), new Sighting(now, false), Sighting::later);
            } else {
                sightings.computeIfPresent(new Key(guildId, member), (key, s) -> s.here() ? s : null);
            }
        }
        return left;
    }

    /**
     * The member acted in the server at {@code now} (a command, a button, a form, an option being typed): she is a
     * member, whatever the platform said before. Memory only, no request: the router calls it on every event from a
     * server.
     */
    public void seen(long guildId, long memberId, Instant now) {
        sightings.merge(new Key(guildId, memberId), new Sighting(now, true), Sighting::later);
    }

    /**
     * Whether the member acted in the server at or after {@code since} (within the last {@link #ASK_AGAIN_AFTER}, as
     * remembered): a message to her given up at {@code since} because she had left no longer says she is away, and the
     * platform need not be asked.
     */
    public boolean seenSince(long guildId, long memberId, Instant since) {
        Sighting s = sightings.get(new Key(guildId, memberId));
        return s != null && s.here() && !s.at().isBefore(since);
    }

    /**
     * When the platform may be asked again about a member it said had left the server, if that is after {@code now};
     * null when it may be asked now (she was never found gone, or long enough ago, or she acted in the server since).
     */
    public Instant askAgainAt(long guildId, long memberId, Instant now) {
        return askAgainAt(gone(guildId, memberId), now);
    }

    /**
     * {@link #askAgainAt(long, long, Instant)}, also counting what the platform said at {@code saidAt} elsewhere (a
     * message to her given up because she had left, as stored): of the two, the later. A caller that may send her
     * nothing until then asks {@link #seenSince} first: acting in the server since {@code saidAt}, she is back.
     */
    public Instant askAgainAt(long guildId, long memberId, Instant saidAt, Instant now) {
        Instant remembered = gone(guildId, memberId);
        return askAgainAt(remembered == null || saidAt.isAfter(remembered) ? saidAt : remembered, now);
    }

    /** When the platform last said the member had left, if nothing was heard of her since; else null. */
    private Instant gone(long guildId, long memberId) {
        Sighting s = sightings.get(new Key(guildId, memberId));
        return s == null || s.here() ? null : s.at();
    }

    private static Instant askAgainAt(Instant found, Instant now) {
        Instant again = found == null ? null : found.plus(ASK_AGAIN_AFTER);
        return again != null && again.isAfter(now) && !now.isBefore(found) ? again : null;
    }

    /**
     * Forgets the members found gone, or seen in a server, long enough before {@code now} (those found gone are asked
     * about again; those seen, once a message to them was refused, count as away again until the platform says not).
     */
    public void forgetBefore(Instant now) {
        sightings.values().removeIf(s -> !s.at().plus(ASK_AGAIN_AFTER).isAfter(now));
    }
}
