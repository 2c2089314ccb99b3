package org.partnercoach.chat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every {@link ScheduledJob} with the current time: on a timer while connected to Discord, or on demand
 * (the console's {@code :advance}, tests). The jobs keep their own due rows in the database, so a run missed while
 * the bot was down simply finds the work due on the next run.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final List<ScheduledJob> jobs;
    private final Clock clock;
    /** Volatile, not guarded by the lock: {@link #soon()} is called from the platform's threads and must never wait. */
    private volatile ScheduledExecutorService timer;
    private volatile boolean closed;

    public Scheduler(List<ScheduledJob> jobs, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.clock = clock;
    }

    /** Runs everything that is due now; returns how many sends were made. A failing job never stops the others. */
    public synchronized int runDue() {
        int sent = 0;
        if (closed) {
            return 0; // stopping: the next start runs what is due
        }
        for (ScheduledJob job : jobs) {
            try {
                sent += job.runDue(clock.instant());
            } catch (RuntimeException e) {
                log.error("scheduled job {} failed; it will be tried again on the next run", job.name(), e);
            }
        }
        return sent;
    }

    /** Runs due work now (work missed while the bot was down) and then every {@code seconds}. */
    public synchronized void startPolling(int seconds) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partner-coach-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runDue, 0, seconds, TimeUnit.SECONDS);
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
                current.execute(this::runDue);
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
        closed = true;
        synchronized (this) {
            current = timer;
            timer = null;
        }
        if (current == null) {
            return;
        }
        current.shutdown();
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
