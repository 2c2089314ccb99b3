package org.partnercoach.chat;

import java.time.Instant;

/** Work that falls due over time (reminders, digests). The scheduler calls every job with the current time. */
public interface ScheduledJob {

    String name();

    /** Sends whatever is due at {@code now}; returns how many sends it made. */
    int runDue(Instant now);

    /**
     * Whether this is housekeeping: work that never sends and may take long (the daily backup, pruning old rows,
     * compacting the file). While polling, housekeeping runs on a thread of its own, so that a backup of a big
     * database never holds up a reminder or a send a member just asked for.
     */
    default boolean housekeeping() {
        return false;
    }
}
