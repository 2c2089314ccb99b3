package org.partnercoach.outbox;

import java.time.Instant;

/** The outbox's claim on its own, for the benchmark (org.partnercoach.bench): what one delivery run claims. */
public final class OutboxProbe {

    private OutboxProbe() {
    }

    /** Claims every row due at {@code now}, in the job's batches; returns how many were claimed. */
    public static int claimAllDue(Outbox outbox, Instant now) {
        int claimed = 0;
        Outbox.Batch batch;
        do {
            batch = outbox.claimDue(now, s -> now, OutboxJob.BATCH);
            claimed += batch.claimed().size();
        } while (batch.more());
        return claimed;
    }
}
