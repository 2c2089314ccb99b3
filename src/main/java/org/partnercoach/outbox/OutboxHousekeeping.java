package org.partnercoach.outbox;

import java.time.Duration;
import java.time.Instant;
import org.partnercoach.chat.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's housekeeping, on the scheduler's housekeeping thread: at most once an hour it prunes closed rows past
 * their retention ({@link Outbox#prune}), and after each run it compacts the database file when much of it is dead
 * space (sends are written several times each, and H2 gives no space back on its own). Neither holds up a send.
 */
public final class OutboxHousekeeping implements ScheduledJob {

    /** How often closed rows are pruned: the first run after a start, then at most once an hour. */
    static final Duration PRUNE_EVERY = Duration.ofHours(1);
    /** The database file is compacted when less than this share of it is live data (scheduled sends churn it). */
    static final int COMPACT_BELOW_PERCENT = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final Outbox outbox;
    private Instant lastPrune;

    public OutboxHousekeeping(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "outbox housekeeping";
    }

    @Override
    public boolean housekeeping() {
        return true;
    }

    @Override
    public int runDue(Instant now) {
        pruneHourly(now);
        outbox.compactStorage(COMPACT_BELOW_PERCENT);
        return 0;
    }

    private void pruneHourly(Instant now) {
        if (lastPrune != null && now.isBefore(lastPrune.plus(PRUNE_EVERY))) {
            return;
        }
        lastPrune = now;
        try {
            outbox.prune(now);
        } catch (RuntimeException e) {
            // pruning is housekeeping: a failure must not stop the next runs
            log.warn("could not prune old scheduled sends; will try again in an hour", e);
        }
    }
}
