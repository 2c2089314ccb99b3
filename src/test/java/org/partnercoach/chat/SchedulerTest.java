package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    /** A job that counts its runs and lets a test wait for them. */
    private static final class Counting implements ScheduledJob {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch twice = new CountDownLatch(2);
        private final boolean housekeeping;

        Counting(boolean housekeeping) {
            this.housekeeping = housekeeping;
        }

        @Override
        public String name() {
            return housekeeping ? "housekeeping" : "sends";
        }

        @Override
        public boolean housekeeping() {
            return housekeeping;
        }

        @Override
        public int runDue(Instant now) {
            runs.incrementAndGet();
            twice.countDown();
            return housekeeping ? 0 : 1;
        }
    }

    /** Housekeeping that takes as long as a test wants: a backup of a big file. */
    private static final class Stuck implements ScheduledJob {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return "backup";
        }

        @Override
        public boolean housekeeping() {
            return true;
        }

        @Override
        public int runDue(Instant now) {
            started.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    @Test
    @DisplayName("a job that meets the bot's stop (its database closed under it) logs no error, and the rest wait")
    void stopDuringARunIsNoFailure() {
        org.partnercoach.support.ErrorLogWatch errors = org.partnercoach.support.ErrorLogWatch.attach();
        Counting after = new Counting(false);
        try {
            Scheduler[] scheduler = new Scheduler[1];
            ScheduledJob meetsTheStop = new ScheduledJob() {
                @Override
                public String name() {
                    return "outbox";
                }

                @Override
                public int runDue(Instant now) {
                    scheduler[0].close(); // the stop signal arrives while the job runs
                    throw new IllegalStateException("Database is already closed");
                }
            };
            scheduler[0] = new Scheduler(List.of(meetsTheStop, after), CLOCK);
            assertThat(scheduler[0].runDue()).isZero();
            assertThat(errors.errors()).as("errors logged").isEmpty();
            assertThat(after.runs).hasValue(0);
        } finally {
            errors.detach();
        }
    }

    @Test
    @DisplayName("a job whose run overflows the stack or misses a class is logged, and the jobs after it still run")
    void jobErrorsHoldUpNothing() {
        org.partnercoach.support.ErrorLogWatch errors = org.partnercoach.support.ErrorLogWatch.attach();
        try {
            for (Error thrown : List.of(new StackOverflowError(), new NoClassDefFoundError("org/example/Gone"))) {
                Counting after = new Counting(false);
                ScheduledJob broken = new ScheduledJob() {
                    @Override
                    public String name() {
                        return "digest";
                    }

                    @Override
                    public int runDue(Instant now) {
                        throw thrown;
                    }
                };
                Scheduler scheduler = new Scheduler(List.of(broken, after), CLOCK);

                assertThat(scheduler.runDue()).isEqualTo(1);
                assertThat(after.runs).hasValue(1);
            }
            assertThat(errors.errors()).hasSize(2).allSatisfy(line -> assertThat(line)
                    .contains("scheduled job digest failed; it will be tried again on the next run"));
        } finally {
            errors.detach();
        }
    }

    @Test
    @DisplayName("while a long backup runs, sends a member just asked for still go out")
    void housekeepingNeverHoldsUpSends() throws Exception {
        Stuck backup = new Stuck();
        Counting sends = new Counting(false);
        try (Scheduler scheduler = new Scheduler(List.of(sends, backup), CLOCK)) {
            scheduler.startPolling(3600);
            assertThat(backup.started.await(30, TimeUnit.SECONDS)).isTrue();
            scheduler.soon(); // a handler queued a send: the sending thread runs again at once
            assertThat(sends.twice.await(30, TimeUnit.SECONDS)).as("sends ran twice while the backup was running")
                    .isTrue();
            assertThat(backup.release.getCount()).isEqualTo(1);
            backup.release.countDown();
        }
    }

    /** A sending job whose rehearsal waits for the test to release it, and that records what happened in order. */
    private static class Rehearsing implements ScheduledJob {
        final List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch ran = new CountDownLatch(1);
        private final String name;

        Rehearsing(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void rehearse(Instant now) {
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add("rehearsed " + name);
        }

        @Override
        public int runDue(Instant now) {
            events.add("ran " + name);
            ran.countDown();
            return 0;
        }
    }

    @Test
    @DisplayName("the rehearsal runs each sending job's rehearsal once, not housekeeping's, past a job whose rehearsal fails")
    void rehearsalOfEachSendingJob() {
        Rehearsing outbox = new Rehearsing("outbox");
        outbox.release.countDown();
        ScheduledJob broken = new ScheduledJob() {
            @Override
            public String name() {
                return "digest";
            }

            @Override
            public void rehearse(Instant now) {
                throw new IllegalStateException("a read failed");
            }

            @Override
            public int runDue(Instant now) {
                return 0;
            }
        };
        Rehearsing backup = new Rehearsing("backup") {
            @Override
            public boolean housekeeping() {
                return true;
            }
        };
        backup.release.countDown();
        Scheduler scheduler = new Scheduler(List.of(broken, backup, outbox), CLOCK);

        java.util.concurrent.CompletableFuture<Void> rehearsal = scheduler.rehearse();
        assertThat(scheduler.rehearse()).isSameAs(rehearsal);
        rehearsal.join();

        assertThat(outbox.events).containsExactly("rehearsed outbox");
        assertThat(backup.events).isEmpty();
    }

    @Test
    @DisplayName("polling waits for the rehearsal of its run before its first run")
    void firstPollWaitsForTheRehearsal() throws Exception {
        Rehearsing outbox = new Rehearsing("outbox");
        try (Scheduler scheduler = new Scheduler(List.of(outbox), CLOCK)) {
            scheduler.rehearse();
            scheduler.startPolling(3600);
            // the polling thread is parked waiting for the rehearsal, or (were it not to wait) has run already
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (outbox.ran.getCount() > 0 && !waitingForTheRehearsal() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            outbox.release.countDown();
            assertThat(outbox.ran.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(outbox.events).containsExactly("rehearsed outbox", "ran outbox");
        }
    }

    private static boolean waitingForTheRehearsal() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("partner-coach-scheduler"))
                .anyMatch(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(frame -> frame.getMethodName().equals("awaitRehearsal")));
    }

    @Test
    @DisplayName("a run on demand (the console, tests) runs the sends, then housekeeping, and counts only the sends")
    void runDueRunsBoth() {
        Counting sends = new Counting(false);
        Counting housekeeping = new Counting(true);
        Scheduler scheduler = new Scheduler(List.of(housekeeping, sends), CLOCK);
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(scheduler.runSends()).isEqualTo(1);
        assertThat(sends.runs).hasValue(2);
        assertThat(housekeeping.runs).hasValue(1);
        scheduler.runHousekeeping();
        assertThat(housekeeping.runs).hasValue(2);
    }

    /** A job whose run finds the machine out of memory. */
    private static final class OutOfMemory implements ScheduledJob {
        @Override
        public String name() {
            return "outbox";
        }

        @Override
        public int runDue(Instant now) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    @DisplayName("the machine out of memory during a poll: one error line says the bot stops, and it stops, where the "
            + "polling ended and the bot stayed up sending nothing")
    void outOfMemoryStopsTheBot() throws Exception {
        org.partnercoach.support.ErrorLogWatch errors = org.partnercoach.support.ErrorLogWatch.attach();
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> why = new java.util.concurrent.atomic.AtomicReference<>();
        try (Scheduler scheduler = new Scheduler(List.of(new OutOfMemory()), CLOCK, t -> {
            why.set(t);
            stopped.countDown();
        })) {
            scheduler.startPolling(3600);
            assertThat(stopped.await(30, TimeUnit.SECONDS)).as("the bot was stopped").isTrue();
        } finally {
            errors.detach();
        }
        assertThat(why.get()).isInstanceOf(OutOfMemoryError.class);
        assertThat(errors.errors()).singleElement().satisfies(line -> assertThat(line).contains(
                "the sending poll stopped (java.lang.OutOfMemoryError: Java heap space); the bot stops now, with exit "
                        + "code 1, so that whatever runs it (Docker's restart policy, systemd) starts it again"));
    }

    @Test
    @DisplayName("the machine out of memory during a poll: the real process ends with exit code 1, saying why")
    void outOfMemoryEndsTheProcess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path err = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), OutOfMemoryBot.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        assertThat(ended).as("the process ended by itself").isTrue();
        assertThat(child.exitValue()).isEqualTo(Scheduler.POLLING_STOPPED);
        assertThat(java.nio.file.Files.readString(err))
                .contains("the sending poll stopped (java.lang.OutOfMemoryError: Java heap space)");
    }

    /** A process whose only job runs out of memory, polling as the bot on Discord does; it waits to be ended. */
    static final class OutOfMemoryBot {
        public static void main(String[] args) throws InterruptedException {
            new Scheduler(List.of(new OutOfMemory()), CLOCK).startPolling(3600);
            new CountDownLatch(1).await();
        }
    }
}
