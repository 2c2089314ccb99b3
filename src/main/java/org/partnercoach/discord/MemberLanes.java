package org.partnercoach.discord;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where Discord's events are handled: a small pool of threads, on which each member's events run one after the other,
 * in the order they came (a lane per member), while other members' run beside them. So lines a phone sends at once
 * each answer the question the one before left open, where, taken side by side, two of them read the same question
 * and the second write failed; and a member's slow command (a report) holds up no one else. Handlers read and write
 * the database: they never run on the gateway's own thread. Once shut down (the bot stopping, or a start that
 * failed), an event handed over is dropped, not refused: a refusal made JDA run it on its own thread and print a
 * warning, which could land on the screen beside a failed start's one line.
 */
final class MemberLanes {

    private static final int THREADS = 4;

    private final ThreadPoolExecutor pool;
    /** The members with an event being handled, each with the events that wait for it, oldest first. */
    private final Map<Long, ArrayDeque<Runnable>> busy = new HashMap<>();

    MemberLanes() {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "partner-coach-events-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /**
     * Runs {@code work} once the member's earlier events are handled (0: events of no member, such as a server
     * becoming ready, which keep their order among themselves too).
     */
    void execute(long memberId, Runnable work) {
        synchronized (busy) {
            ArrayDeque<Runnable> waiting = busy.get(memberId);
            if (waiting != null) {
                waiting.add(work);
                return;
            }
            busy.put(memberId, new ArrayDeque<>());
        }
        start(memberId, work);
    }

    private void start(long memberId, Runnable work) {
        pool.execute(() -> {
            try {
                work.run();
            } finally {
                next(memberId);
            }
        });
    }

    /** The member's next event, if one waits; else the member is no longer busy. */
    private void next(long memberId) {
        Runnable following;
        synchronized (busy) {
            ArrayDeque<Runnable> waiting = busy.get(memberId);
            following = waiting == null ? null : waiting.poll();
            if (following == null) {
                busy.remove(memberId);
            }
        }
        if (following != null) {
            start(memberId, following);
        }
    }

    /** Handles what is queued, and takes nothing new. */
    void shutdown() {
        pool.shutdown();
    }

    /** Drops what is queued, and takes nothing new. */
    void shutdownNow() {
        pool.shutdownNow();
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}
