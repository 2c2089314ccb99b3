package org.partnercoach.outbox;

import java.time.Instant;
import java.util.function.Predicate;

/** The outbox's claim on its own, for the benchmark (org.partnercoach.bench): what one delivery run claims. */
public final class OutboxProbe {

    private OutboxProbe() {
    }

    /**
     * Claims every row due at {@code now}, in the job's batches, a full batch taking the rest due for its recipients
     * of rows that go {@code together} (as the job claims a kind sent as one message per member); returns how many
     * were claimed and in how many claims.
     */
    public static Claims claimAllDue(Outbox outbox, Instant now, Predicate<ScheduledSend> together) {
        int claimed = 0;
        int claims = 0;
        Outbox.Batch batch;
        do {
            batch = outbox.claimDue(now, s -> now, OutboxJob.BATCH, together);
            claimed += batch.claimed().size();
            claims++;
        } while (batch.more());
        return new Claims(claimed, claims);
    }

    /** How many rows were claimed, in how many claims. */
    public record Claims(int rows, int claims) {
    }
}
