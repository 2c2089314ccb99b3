package org.partnercoach.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads Discord's events are handled on: a few lanes, each one thread taking its events in the order they
 * came, and every event of one member in the same lane. So a member's DMs, presses and forms are handled one after
 * the other, in order: lines a phone sends at once each answer the question the one before left open, where on a
 * shared pool two of them read the same question and the second write failed. Members in other lanes go on meanwhile.
 * Handlers read and write the database: they never run on the gateway's own thread. Once shut down (the bot
 * stopping, or a start that failed), an event handed over is dropped, not refused: a refusal made JDA run it on its
 * own thread and print a warning, which could land on the screen beside a failed start's one line.
 */
final class MemberLanes {

    private static final int LANES = 4;

    private final List<ExecutorService> lanes = new ArrayList<>();

    MemberLanes() {
        AtomicInteger count = new AtomicInteger();
        for (int i = 0; i < LANES; i++) {
            lanes.add(new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "partner-coach-events-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy()));
        }
    }

    /** Runs {@code work} in the lane of {@code memberId} (0: events of no member, such as a server becoming ready). */
    void execute(long memberId, Runnable work) {
        lanes.get(laneOf(memberId)).execute(work);
    }

    /** The lane of a member: snowflake ids spread by their mixed bits, not their low ones alone. */
    static int laneOf(long memberId) {
        long mixed = memberId * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(mixed >>> 32, (long) LANES);
    }

    /** Handles what is queued, and takes nothing new. */
    void shutdown() {
        lanes.forEach(ExecutorService::shutdown);
    }

    /** Drops what is queued, and takes nothing new. */
    void shutdownNow() {
        lanes.forEach(ExecutorService::shutdownNow);
    }

    /** Whether every lane finished within {@code timeout} (the lanes one after the other, each given what is left). */
    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (ExecutorService lane : lanes) {
            if (!lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }
}
