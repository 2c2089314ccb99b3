package org.partnercoach;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clean stop on SIGTERM or Ctrl+C ({@code docker stop}, systemd, {@code kill}): a shutdown hook closes the bot
 * (the member action in progress finishes and commits, the scheduler's run ends or leaves its outbox rows claimable
 * for the next start, the database closes) and the process exits with 0, not the JVM's 143, so a supervisor sees a
 * normal stop. {@link #cancel()} removes the hook when the bot fails on its own (its own exit code stands);
 * {@link #closeNow()} closes the bot when it ends normally and keeps the hook, so that a stop signal racing that end
 * (a supervisor that closes the input as it signals, as {@code Process.destroy} does) still exits with 0.
 */
public final class Shutdown {

    private static final Logger log = LoggerFactory.getLogger(Shutdown.class);

    private final Thread hook;
    private final Runnable closeOnce;

    private Shutdown(Thread hook, Runnable closeOnce) {
        this.hook = hook;
        this.closeOnce = closeOnce;
    }

    /** Runs {@code close} when the process is asked to stop, then ends the process with exit code 0. */
    public static Shutdown onStop(Runnable close) {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable closeOnce = () -> {
            if (closed.compareAndSet(false, true)) {
                close.run();
            }
        };
        Thread hook = new Thread(() -> {
            try {
                closeOnce.run();
                log.info("Stopped cleanly: the database is closed");
            } catch (RuntimeException | Error e) {
                log.warn("Stopping: closing the bot failed ({}); the next start recovers", e.toString());
            } finally {
                // whatever happened above, the stop was asked for: a supervisor sees 0, not the JVM's 143
                Runtime.getRuntime().halt(0);
            }
        }, "partner-coach-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return new Shutdown(hook, closeOnce);
    }

    /**
     * The bot ended normally (its input ended, or {@code :quit}): closes it now, once. The hook stays, so the process
     * ends with 0 whether the JVM exits on its own or a stop signal arrives meanwhile.
     */
    public void closeNow() {
        closeOnce.run();
    }

    /** The bot stopped on its own: no hook any more. False when a stop signal is already being handled. */
    public boolean cancel() {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
