package org.partnercoach.console;

import java.time.Duration;
import java.time.Instant;
import org.partnercoach.chat.Scheduler;

/**
 * Moves a {@link MovableClock} forward to a moment in steps, running due work at each, as the real bot's poll would
 * on the way: a reminder moved to the end of quiet hours goes out then, even when the walk ends in the next night.
 * Steps are a poll long, or longer for a long walk (at most {@link #MAX_STEPS} of them); a step also ends where a job
 * says its work falls due (a reminder's minute, a partner's check-in, a session's timer, a weekly digest's time), so
 * that work runs at its time, as the real bot's would, and a digest is not sent hours after it, as if the bot had
 * been offline. The console's {@code :advance} and the tests walk time with it.
 */
public final class ClockWalk {

    /** The real bot looks for due work every 30 seconds ({@code scheduler.pollSeconds}). */
    static final Duration POLL = Duration.ofSeconds(30);
    /** A long walk takes at most this many steps where nothing says it falls due, so that a year stays quick. */
    static final int MAX_STEPS = 144;

    private ClockWalk() {
    }

    /** Walks {@code clock} to {@code target}, running {@code scheduler} at each step; returns how many sends were made. */
    public static int walkTo(MovableClock clock, Scheduler scheduler, Instant target) {
        Duration left = Duration.between(clock.instant(), target);
        Duration step = left.dividedBy(MAX_STEPS);
        if (step.compareTo(POLL) < 0) {
            step = POLL;
        }
        int sent = 0;
        while (left.compareTo(Duration.ZERO) > 0) {
            Duration by = left.compareTo(step) < 0 ? left : step;
            Instant now = clock.instant();
            Duration untilDue = scheduler.nextDue(now).map(due -> Duration.between(now, due))
                    .orElse(Duration.ZERO);
            if (untilDue.compareTo(Duration.ZERO) > 0 && untilDue.compareTo(by) < 0) {
                by = untilDue;
            }
            clock.advance(by);
            left = left.minus(by);
            sent += scheduler.runDue();
        }
        return sent;
    }
}
