package org.partnercoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.chat.Scheduler;

@DisplayName("A walk of the clock stops at each job's time")
class ClockWalkTest {

    private static final Instant START = Instant.parse("2026-12-03T12:00:00Z");

    /** A job whose work is due at {@code at}; records the clock at each of its runs from then on, once. */
    private static final class DueAt implements ScheduledJob {
        private final Instant at;
        private final List<Instant> ran = new ArrayList<>();

        DueAt(Instant at) {
            this.at = at;
        }

        @Override
        public String name() {
            return "due-at";
        }

        @Override
        public int runDue(Instant now) {
            if (ran.isEmpty() && !now.isBefore(at)) {
                ran.add(now);
                return 1;
            }
            return 0;
        }

        @Override
        public Optional<Instant> nextDue(Instant now) {
            return ran.isEmpty() ? Optional.of(at) : Optional.empty();
        }
    }

    /** A job whose work stays due whatever runs (a send waiting for its lease to run out, a retry held back). */
    private static class AlwaysDue implements ScheduledJob {
        @Override
        public String name() {
            return "always-due";
        }

        @Override
        public int runDue(Instant now) {
            return 0;
        }

        @Override
        public Optional<Instant> nextDue(Instant now) {
            return Optional.of(now);
        }
    }

    private static final Instant CHECK_IN = Instant.parse("2026-12-24T14:00:00Z");

    /**
     * Walks a clock from {@link #START} for {@code days}, with a check-in due at {@link #CHECK_IN} beside {@code
     * others}; returns when it ran, after checking that the walk reached its end.
     */
    private static List<Instant> walk(int days, ScheduledJob... others) {
        MovableClock clock = new MovableClock(START, ZoneOffset.UTC);
        DueAt job = new DueAt(CHECK_IN);
        List<ScheduledJob> jobs = new ArrayList<>(List.of(others));
        jobs.add(job);
        ClockWalk.walkTo(clock, new Scheduler(jobs, clock), START.plus(Duration.ofDays(days)));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(days)));
        return job.ran;
    }

    @Test
    @DisplayName("while one job's work stays due, a long walk still stops at another's time: a check-in due on 24 "
            + "December goes out then, not at the end of a step of the walk days later")
    void stopsAtALaterJobWhileAnotherStaysDue() {
        assertThat(walk(365, new AlwaysDue())).singleElement().satisfies(at -> assertThat(
                Duration.between(CHECK_IN, at)).isLessThanOrEqualTo(ClockWalk.POLL));
    }

    @Test
    @DisplayName("a job that fails to tell when its work falls due stops no other: the walk still stops at the "
            + "other's time and reaches its end")
    void jobFailingToTell() {
        ScheduledJob failing = new AlwaysDue() {
            @Override
            public Optional<Instant> nextDue(Instant now) {
                throw new IllegalStateException("a row this job cannot read");
            }
        };

        assertThat(walk(30, failing)).containsExactly(CHECK_IN);
    }

    @Test
    @DisplayName("with no work staying due, the walk stops at the job's time exactly")
    void stopsAtTheJobsTime() {
        assertThat(walk(365)).containsExactly(CHECK_IN);
    }

    @Test
    @DisplayName("work that came due while a step's run went on (the console's clock runs on with real time) runs at "
            + "the next poll: a check-in due a second into a run that takes two goes out then, not a long step later")
    void workDueDuringARunGoesAtTheNextPoll() {
        MovableClock clock = new MovableClock(START, ZoneOffset.UTC);
        DueAt checkIn = new DueAt(CHECK_IN);
        // a job whose run, a second before the check-in, takes two seconds of the clock
        ScheduledJob slow = new ScheduledJob() {
            private boolean ran;

            @Override
            public String name() {
                return "slow";
            }

            @Override
            public int runDue(Instant now) {
                if (!ran && !now.isBefore(CHECK_IN.minusSeconds(1))) {
                    ran = true;
                    clock.advance(Duration.ofSeconds(2));
                }
                return 0;
            }

            @Override
            public Optional<Instant> nextDue(Instant now) {
                return ran ? Optional.empty() : Optional.of(CHECK_IN.minusSeconds(1));
            }
        };

        ClockWalk.walkTo(clock, new Scheduler(List.of(checkIn, slow), clock), START.plus(Duration.ofDays(365)));

        assertThat(checkIn.ran).singleElement().satisfies(at -> assertThat(Duration.between(CHECK_IN, at))
                .isLessThanOrEqualTo(ClockWalk.POLL.plusSeconds(1)));
    }
}
