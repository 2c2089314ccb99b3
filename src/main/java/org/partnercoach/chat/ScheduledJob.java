package org.partnercoach.chat;

import java.time.Instant;
import java.util.Optional;

/** Work that falls due over time (reminders, digests). The scheduler calls every job with the current time. */
public interface ScheduledJob {

    String name();

    /** Sends whatever is due at {@code now}; returns how many sends it made. */
    int runDue(Instant now);

    /**
     * The next moment after {@code now} at which this job has work falling due, when it can tell cheaply (a weekly
     * send time, the first row waiting in the outbox; a read at most). The console's {@code :advance} stops the
     * clock there, so the job runs then, as the real bot's poll would within seconds, and not a step of the jump
     * later. A moment too early only costs the console a step; empty leaves the job to the console's steps.
     */
    default Optional<Instant> nextDue(Instant now) {
        return Optional.empty();
    }

    /**
     * Runs through what a run at {@code now} would do, and sends nothing and leaves nothing written (its writes in
     * transactions rolled back; {@link Scheduler#rehearse}): the first run after a start then meets code Java has
     * compiled. Nothing by default.
     */
    default void rehearse(Instant now) {
    }

    /**
     * Whether this is housekeeping: work that never sends and may take long (the daily backup, pruning old rows,
     * compacting the file). While polling, housekeeping runs on a thread of its own, so that a backup of a big
     * database never holds up a reminder or a send a member just asked for.
     */
    default boolean housekeeping() {
        return false;
    }
}
