package org.partnercoach.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Turns state into due rows before each delivery run: a cultivate planner finds partners whose cadence has passed
 * and queues one {@link ScheduledSend} per owner with {@link Outbox#enqueue}. It must queue at most one open row
 * per recipient and purpose (check for a PENDING or CLAIMED row first, in the same transaction), so a long
 * downtime yields one message, never one per missed period. With several bot processes on one database, one of them
 * plans at a time ({@link OutboxJob} takes the planning turn first), so that check and the insert after it never
 * race with another process's.
 */
public interface DuePlanner {

    void plan(Instant now);

    /**
     * The reads of a run at {@code now}, queuing and writing nothing: the bot does them once while it connects to
     * the platform, so that the first run after a start finds its code compiled by Java and the pages it reads in
     * the database's cache, as every later run does. What it finds is dropped; the run finds it again.
     */
    default void rehearse(Instant now) {
    }

    /**
     * A run's queuing at {@code now}, for a rehearsal: what {@link #plan} queues, queued as it queues it, so that the
     * writes' code has run too. It is handed to {@code part} in parts, each of which the caller runs in a transaction
     * of its own that it rolls back ({@link org.partnercoach.storage.Database#rehearseWrites}): a part holds no more
     * rows than one of the run's own transactions. The platform is asked nothing, and nothing is kept
     * in memory for later runs. By default the reads alone ({@link #rehearse}), in no part: a part's claim after them
     * would only claim again what the parts of other planners claimed.
     */
    default void rehearseQueuing(Instant now, java.util.function.Consumer<Runnable> part) {
        rehearse(now);
    }

    /** The next moment after {@code now} at which this planner queues something, when it keeps such a time. */
    default Optional<Instant> nextDue(Instant now) {
        return Optional.empty();
    }
}
