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

    @Test
    @DisplayName("while one job's work stays due, a long walk still stops at another's time: a check-in due on 24 "
            + "December goes out then, not at the end of a step of the walk days later")
    void stopsAtALaterJobWhileAnotherStaysDue() {
        MovableClock clock = new MovableClock(START, ZoneOffset.UTC);
        Instant checkIn = Instant.parse("2026-12-24T14:00:00Z");
        DueAt job = new DueAt(checkIn);
        Scheduler scheduler = new Scheduler(List.of(new AlwaysDue(), job), clock);

        ClockWalk.walkTo(clock, scheduler, START.plus(Duration.ofDays(365)));

        assertThat(job.ran).singleElement().satisfies(at -> assertThat(Duration.between(checkIn, at))
                .isLessThanOrEqualTo(ClockWalk.POLL));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(365)));
    }

    @Test
    @DisplayName("a job that fails to tell when its work falls due stops no other: the walk still stops at the "
            + "other's time and reaches its end")
    void jobFailingToTell() {
        MovableClock clock = new MovableClock(START, ZoneOffset.UTC);
        Instant checkIn = Instant.parse("2026-12-24T14:00:00Z");
        DueAt job = new DueAt(checkIn);
        ScheduledJob failing = new AlwaysDue() {
            @Override
            public Optional<Instant> nextDue(Instant now) {
                throw new IllegalStateException("a row this job cannot read");
            }
        };

        ClockWalk.walkTo(clock, new Scheduler(List.of(failing, job), clock), START.plus(Duration.ofDays(30)));

        assertThat(job.ran).containsExactly(checkIn);
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("with no work staying due, the walk stops at the job's time exactly")
    void stopsAtTheJobsTime() {
        MovableClock clock = new MovableClock(START, ZoneOffset.UTC);
        Instant checkIn = Instant.parse("2026-12-24T14:00:00Z");
        DueAt job = new DueAt(checkIn);

        ClockWalk.walkTo(clock, new Scheduler(List.of(job), clock), START.plus(Duration.ofDays(365)));

        assertThat(job.ran).containsExactly(checkIn);
    }
}
