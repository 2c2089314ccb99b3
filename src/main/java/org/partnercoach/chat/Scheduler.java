package org.partnercoach.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every {@link ScheduledJob} with the current time: on a timer while connected to Discord, or on demand
 * (the console's {@code :advance}, tests). The jobs keep their own due rows in the database, so a run missed while
 * the bot was down simply finds the work due on the next run. While polling, the jobs that send run on one thread
 * and {@link ScheduledJob#housekeeping() housekeeping} on another, so that neither waits for the other.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    /**
     * The exit code of a bot whose polling met what a job cannot recover from (the machine out of memory): not 0, so
     * that whatever runs it (Docker's restart policy, systemd's {@code Restart=on-failure}) starts it again.
     */
    public static final int POLLING_STOPPED = 1;

    private final List<ScheduledJob> sending;
    private final List<ScheduledJob> housekeeping;
    private final Clock clock;
    /** Volatile, not guarded by the lock: {@link #soon()} is called from the platform's threads and must never wait. */
    private volatile ScheduledExecutorService timer;
    private volatile ScheduledExecutorService housekeeper;
    private volatile boolean closed;
    /** Held by each kind of run, so that the console's run of everything never overlaps either. */
    private final Object sendingRun = new Object();
    private final Object housekeepingRun = new Object();
    /** The rehearsal of the sending jobs' runs ({@link #rehearse}), once started. */
    private final AtomicReference<CompletableFuture<Void>> rehearsal = new AtomicReference<>();
    /** What happens when a poll meets what it cannot recover from: the process ends ({@link #stopTheProcess}). */
    private final java.util.function.Consumer<Throwable> whenPollingStops;

    public Scheduler(List<ScheduledJob> jobs, Clock clock) {
        this(jobs, clock, Scheduler::stopTheProcess);
    }

    /** A scheduler that calls {@code whenPollingStops} where polling would end (a test's stand-in for the exit). */
    public Scheduler(List<ScheduledJob> jobs, Clock clock, java.util.function.Consumer<Throwable> whenPollingStops) {
        this.sending = jobs.stream().filter(j -> !j.housekeeping()).toList();
        this.housekeeping = jobs.stream().filter(ScheduledJob::housekeeping).toList();
        this.clock = clock;
        this.whenPollingStops = whenPollingStops;
    }

    /**
     * Runs everything that is due now, the sends first, then housekeeping; returns how many sends were made. A
     * failing job never stops the others. The console and tests run this; polling runs the two parts apart.
     */
    public int runDue() {
        int sent = runSends();
        runHousekeeping();
        return sent;
    }

    /**
     * When the jobs that send say work falls due, from {@code now}: whether some is due already ({@code waiting}, as
     * a send waiting for its lease to run out stays), and the first moment after now that another's falls due.
     */
    public record Due(boolean waiting, Optional<Instant> next) {
    }

    /** {@link Due} at {@code now}, each job asked once. */
    public Due due(Instant now) {
        List<Instant> times = sending.stream().map(j -> hint(j, now)).flatMap(Optional::stream).toList();
        return new Due(times.stream().anyMatch(t -> !t.isAfter(now)),
                times.stream().filter(t -> t.isAfter(now)).min(Comparator.naturalOrder()));
    }

    /**
     * When {@code job} says its work falls due; none when it fails to tell, as a job failing to run stops no other:
     * a walk of the clock then steps on and runs it where it fails alike, logged.
     */
    private static Optional<Instant> hint(ScheduledJob job, Instant now) {
        try {
            return job.nextDue(now);
        } catch (RuntimeException e) {
            log.warn("scheduled job {} could not tell when its work falls due; stepping on", job.name(), e);
            return Optional.empty();
        }
    }

    /** Runs the jobs that send (what one poll of the sending thread does); returns how many sends were made. */
    public int runSends() {
        synchronized (sendingRun) {
            return run(sending);
        }
    }

    /** Runs the housekeeping jobs that are due (backups, pruning, compaction). */
    public void runHousekeeping() {
        synchronized (housekeepingRun) {
            run(housekeeping);
        }
    }

    private int run(List<ScheduledJob> jobs) {
        int sent = 0;
        for (ScheduledJob job : jobs) {
            if (closed) {
                return sent; // stopping: the next start runs what is due
            }
            try {
                sent += job.runDue(clock.instant());
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                // a job's own fault (a text that overflows a recursive step, a class missing from the jar) is that
                // job's: escaping the timer's task, it would end every later poll, everyone's reminders with it
                if (closed) {
                    // the bot is stopping and closed what the job was using: nothing failed that a start will not redo
                    log.info("scheduled job {} stopped with the bot; the next start runs what is due", job.name());
                    return sent;
                }
                log.error("scheduled job {} failed; it will be tried again on the next run", job.name(), e);
            }
        }
        return sent;
    }

    /**
     * Rehearses the sending jobs' runs once ({@link ScheduledJob#rehearse}) on a thread of its own, once per
     * scheduler; later calls return the same run. The bot starts it while it connects to the platform, before polling
     * starts: the first poll after a start would otherwise run the bot's and the database's code before Java has
     * compiled it and read the partners' pages from the file, taking twice as long as the polls after it. Completes
     * when done; a job's failure is logged (its first run reports its own) and the other jobs rehearse all the same.
     */
    public CompletableFuture<Void> rehearse() {
        return OnceInBackground.start(rehearsal, "partner-coach-rehearsal", () -> {
            for (ScheduledJob job : sending) {
                try {
                    if (!closed) {
                        job.rehearse(clock.instant());
                    }
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    if (!closed) {
                        log.warn("scheduled job {} could not rehearse its run; it runs all the same", job.name(), e);
                    }
                }
            }
            return null;
        });
    }

    /** How long the first poll waits at most for the {@link #rehearse rehearsal} of its run. */
    private static final long REHEARSAL_WAIT_SECONDS = 30;

    private void awaitRehearsal() {
        CompletableFuture<Void> running = rehearsal.get();
        if (running == null) {
            return;
        }
        try {
            running.get(REHEARSAL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.info("the first poll runs without waiting longer for the rehearsal of its run");
        }
    }

    /** Runs due work now (work missed while the bot was down) and then every {@code seconds}. */
    public synchronized void startPolling(int seconds) {
        if (timer != null) {
            return;
        }
        timer = daemonTimer("partner-coach-scheduler");
        // the first poll waits for the rehearsal of its run, if one runs: run alongside, both would be cold
        timer.execute(this::awaitRehearsal);
        timer.scheduleWithFixedDelay(() -> saying("sending", this::runSends), 0, seconds, TimeUnit.SECONDS);
        housekeeper = daemonTimer("partner-coach-housekeeping");
        housekeeper.scheduleWithFixedDelay(() -> saying("housekeeping", this::runHousekeeping), 0, seconds,
                TimeUnit.SECONDS);
    }

    /**
     * Runs one poll. What escapes it (the machine out of memory; the jobs' own faults are caught in {@link #run})
     * would end the timer's polling for good, every reminder with it, while the bot still looked alive to Discord:
     * it is logged in one line, and the process ends ({@link #whenPollingStops}) so that whatever runs it starts it
     * again. Nothing is lost: every send is committed or still claimed, and a start takes its own claims back.
     */
    private void saying(String polling, Runnable poll) {
        try {
            poll.run();
        } catch (Throwable t) {
            if (closed) {
                throw t; // stopping anyway
            }
            try {
                log.error("the {} poll stopped ({}); the bot stops now, with exit code {}, so that whatever runs it "
                        + "(Docker's restart policy, systemd) starts it again", polling, t, POLLING_STOPPED, t);
            } finally {
                whenPollingStops.accept(t);
            }
            throw t;
        }
    }

    /**
     * Ends the process with {@link #POLLING_STOPPED}, at once: the shutdown hooks are not run (they wait for this
     * very thread, and with the memory gone may never end). The database is left as after {@code kill -9}, which the
     * bot is built to survive: every commit is on disk, and the next start sends what was in hand.
     */
    private static void stopTheProcess(Throwable why) {
        System.err.flush();
        Runtime.getRuntime().halt(POLLING_STOPPED);
    }

    private static ScheduledExecutorService daemonTimer(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs due work on the polling thread as soon as it is free (a handler just queued a send), without waiting for
     * the next poll. Does nothing when not polling (the console and tests run due work themselves). Never blocks:
     * the caller may be a platform thread that a send in progress is waiting on.
     */
    public void soon() {
        ScheduledExecutorService current = timer;
        if (current != null) {
            try {
                current.execute(() -> saying("sending", this::runSends));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing down: the next start runs what is due
            }
        }
    }

    /**
     * Stops polling: a run in progress may finish (up to 10 seconds; then it is interrupted, and whatever it had
     * claimed is released at the next start). Not synchronized while waiting, so the run can end.
     */
    @Override
    public void close() {
        ScheduledExecutorService current;
        ScheduledExecutorService housekeeping;
        closed = true;
        synchronized (this) {
            current = timer;
            housekeeping = housekeeper;
            timer = null;
            housekeeper = null;
        }
        for (ScheduledExecutorService executor : new ScheduledExecutorService[] {current, housekeeping}) {
            if (executor != null) {
                executor.shutdown();
            }
        }
        awaitOrInterrupt(current);
        awaitOrInterrupt(housekeeping);
    }

    private static void awaitOrInterrupt(ScheduledExecutorService current) {
        if (current == null) {
            return;
        }
        try {
            if (!current.awaitTermination(10, TimeUnit.SECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
