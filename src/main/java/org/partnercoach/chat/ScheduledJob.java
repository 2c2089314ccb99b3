package org.partnercoach.chat;

import java.time.Instant;

/** Work that falls due over time (reminders, digests). The scheduler calls every job with the current time. */
public interface ScheduledJob {

    String name();

    /** Sends whatever is due at {@code now}; returns how many sends it made. */
    int runDue(Instant now);
}
