package org.partnercoach.chat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Work a start sets going while the bot connects to the platform (the first poll's rehearsal, the first picture's
 * warm-up): on a thread of its own, once per {@code slot}, never keeping the process alive.
 */
public final class OnceInBackground {

    private OnceInBackground() {
    }

    /**
     * Runs {@code work} on a daemon thread named {@code threadName}, unless {@code slot} holds a run already, which is
     * then returned. The run completes with what {@code work} returned, or with what it threw: a failure is
     * {@code work}'s to log, since only it knows what the bot does without it.
     */
    public static <T> CompletableFuture<T> start(AtomicReference<CompletableFuture<T>> slot, String threadName,
                                                 Supplier<T> work) {
        CompletableFuture<T> run = new CompletableFuture<>();
        if (!slot.compareAndSet(null, run)) {
            return slot.get();
        }
        Thread thread = new Thread(() -> {
            try {
                run.complete(work.get());
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                run.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return run;
    }
}
