package org.partnercoach.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the quarterly value question is planned: planning reads every looked-after partner and the quarter's
 * questions, and most runs find nothing new, so it runs at most every {@link #EVERY}, and on the next run after a
 * value question was answered on every line or skipped here (that owner's next question is due then). A partner that
 * becomes due otherwise (a new quarter, a stage or owner changed, an answer given to another process, a week passed
 * since a question could not be delivered) is asked within the hour; {@code ValueAsks.nextDue} names that run to a
 * walk of the clock.
 *
 * <p>It also remembers the owners the platform last said have left their server, so that an hourly run does not ask
 * Discord about one again while her partners wait for a coordinator's hand-over (weeks, at times): she is asked about
 * again {@link #GONE_ASKED_AGAIN_AFTER} later, so that one who came back is asked her question within a day. Kept in
 * memory only: a restart asks about her once more, which costs one request.
 */
final class ValuePlanning {

    static final Duration EVERY = Duration.ofHours(1);
    /** How long after the platform said an owner left the server it is asked about her again. */
    static final Duration GONE_ASKED_AGAIN_AFTER = Duration.ofDays(1);

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Instant last;
    /** When the platform said each owner had left, as (server, owner). */
    private final Map<List<Long>, Instant> gone = new ConcurrentHashMap<>();

    /** The platform said, at {@code at}, that {@code left} have left the server and {@code here} are members. */
    void foundGone(long guildId, Collection<Long> left, Collection<Long> here, Instant at) {
        left.forEach(owner -> gone.put(List.of(guildId, owner), at));
        here.forEach(owner -> gone.remove(List.of(guildId, owner)));
    }

    /**
     * When the platform may be asked again about an owner it said had left the server, if that is after {@code now};
     * null when it may be asked now (she was never found gone, or long enough ago).
     */
    Instant goneUntil(long guildId, long ownerId, Instant now) {
        Instant found = gone.get(List.of(guildId, ownerId));
        Instant again = found == null ? null : found.plus(GONE_ASKED_AGAIN_AFTER);
        return again != null && again.isAfter(now) && !now.isBefore(found) ? again : null;
    }

    /** Forgets the owners found gone long enough before {@code now} to be asked about again (handed over since). */
    void forgetGoneBefore(Instant now) {
        gone.values().removeIf(found -> !found.plus(GONE_ASKED_AGAIN_AFTER).isAfter(now));
    }

    /** A value question was answered or skipped: the next run plans. */
    void questionClosed() {
        closed.set(true);
    }

    /** Whether a value question was answered or skipped since the last planning run: the next run plans. */
    boolean closedSinceLastRun() {
        return closed.get();
    }

    /**
     * The first run at or after {@code at} that plans, as far as the clock decides it: {@code at}, or an hour after
     * the last planning run when that is later.
     */
    Instant firstPlanningAt(Instant at) {
        Instant before = last;
        Instant next = before == null ? at : before.plus(EVERY);
        return next.isAfter(at) ? next : at;
    }

    /** Whether the run at {@code now} plans; when it does, the next hour counts from now. */
    boolean due(Instant now) {
        boolean answered = closed.getAndSet(false);
        Instant before = last;
        if (answered || before == null || !now.isBefore(before.plus(EVERY)) || now.isBefore(before)) {
            last = now;
            return true;
        }
        return false;
    }
}
