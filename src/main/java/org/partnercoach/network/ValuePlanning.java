package org.partnercoach.network;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the quarterly value question is planned: planning reads every looked-after partner and the quarter's
 * questions, and most runs find nothing new, so it runs at most every {@link #EVERY}, and on the next run after a
 * value question was answered on every line or skipped here (that owner's next question is due then). A partner that
 * becomes due otherwise (a new quarter, a stage or owner changed, an answer given to another process, a week passed
 * since a question could not be delivered) is asked within the hour; {@code ValueAsks.nextDue} names that run to a
 * walk of the clock.
 */
final class ValuePlanning {

    static final Duration EVERY = Duration.ofHours(1);

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Instant last;

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
