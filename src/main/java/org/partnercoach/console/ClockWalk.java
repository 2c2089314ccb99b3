package org.partnercoach.console;

import java.time.Duration;
import java.time.Instant;
import org.partnercoach.chat.Scheduler;

/**
 * Moves a {@link MovableClock} forward to a moment in steps, running due work at each, as the real bot's poll would
 * on the way: a reminder moved to the end of quiet hours goes out then, even when the walk ends in the next night.
 * A step ends where a job says its work falls due (a reminder's minute, a partner's check-in, a retry, a session's
 * timer, a weekly digest's time), so that work runs at its time, as the real bot's would, and a digest is not sent
 * hours after it, as if the bot had been offline. Where no job says anything falls due, a step is at most
 * {@link #QUIET_STEP}. Work a job says is due already (it came while the last step's run went on, as the clock runs on
 * with real time in the console) runs a poll later, as the real bot's next poll would run it; while work stays due
 * after that (a send waiting for its lease to run out), steps are a poll long, or longer for a long walk (at most
 * {@link #MAX_STEPS} of them).
 * The console's {@code :advance} and the tests walk time with it.
 */
public final class ClockWalk {

    /** The real bot looks for due work every 30 seconds ({@code scheduler.pollSeconds}). */
    static final Duration POLL = Duration.ofSeconds(30);
    /** While work stays due, a long walk takes at most this many steps, so that a year stays quick. */
    static final int MAX_STEPS = 144;
    /**
     * The longest step where no job says work falls due: every job that sends says when its work falls due, so this
     * only keeps housekeeping (backups, pruning), which says nothing, from waiting for the end of a very long walk.
     */
    static final Duration QUIET_STEP = Duration.ofDays(7);

    private ClockWalk() {
    }

    /**
     * Walks {@code clock} to {@code target}, running {@code scheduler} at each step (once, at once, when {@code target}
     * is not later than now); returns how many sends were made.
     */
    public static int walkTo(MovableClock clock, Scheduler scheduler, Instant target) {
        Duration left = Duration.between(clock.instant(), target);
        if (left.compareTo(Duration.ZERO) <= 0) {
            return scheduler.runDue(); // no time passes: what is due now still runs, as the next poll would run it
        }
        Duration step = left.dividedBy(MAX_STEPS).compareTo(POLL) < 0 ? POLL : left.dividedBy(MAX_STEPS);
        int sent = 0;
        boolean justSent = false;
        boolean wasWaiting = false;
        while (left.compareTo(Duration.ZERO) > 0) {
            Instant now = clock.instant();
            Scheduler.Due due = scheduler.due(now);
            Duration by = due.next().map(next -> Duration.between(now, next)).orElse(QUIET_STEP);
            // work that stays due takes a step, but never one past another job's time: a check-in due meanwhile
            // would go out at the end of the step, days late in a long walk
            if (due.waiting() && step.compareTo(by) < 0) {
                by = step;
            }
            if (by.compareTo(QUIET_STEP) > 0) {
                by = QUIET_STEP;
            }
            // what the last step sent is recorded now (a check-in's partners reminded), which the planners' hints
            // read on their next run: the next step is a poll away, as the real bot's next poll would be. So is it
            // when a job says work is due that was not due after the step before: it came while that step's run went
            // on (a look at a partner that a planner named a second after its run began, in a run that took two),
            // and a long step would carry it out hours late
            boolean newlyDue = due.waiting() && !wasWaiting;
            wasWaiting = due.waiting();
            if ((justSent || newlyDue) && POLL.compareTo(by) < 0) {
                by = POLL;
            }
            if (left.compareTo(by) < 0) {
                by = left;
            }
            clock.advance(by);
            left = left.minus(by);
            int sentNow = scheduler.runDue();
            justSent = sentNow > 0;
            sent += sentNow;
        }
        return sent;
    }
}
