package org.partnercoach;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clean stop on SIGTERM or Ctrl+C ({@code docker stop}, systemd, {@code kill}): a shutdown hook closes the bot
 * (the member action in progress finishes and commits, the scheduler's run ends or leaves its outbox rows claimable
 * for the next start, the database closes) and the process exits with 0, not the JVM's 143, so a supervisor sees a
 * normal stop. {@link #cancel()} removes the hook when the bot fails on its own (its own exit code stands);
 * {@link #closeNow()} closes the bot when it ends normally and keeps the hook, so that a stop signal racing that end
 * (a supervisor that closes the input as it signals, as {@code Process.destroy} does) still exits with 0.
 *
 * <p>The program's own process installs its hook with {@link #duringStartUp()} before it opens anything, so that a
 * stop asked for while it starts (migrations on a new or upgraded database, connecting to Discord) also ends with 0:
 * nothing is open for members yet, so the hook ends the process at once, as a kill would, and the next start carries
 * on from there (migrations run again from any point; nothing had been answered or sent). {@link #onStop} then gives
 * that same hook the bot to close.
 */
public final class Shutdown {

    /**
     * The logger, looked up only when there is something to log: the hook is installed before the console sets its log
     * level, and looking the logger up sets the logging up, at the level of the moment.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Shutdown.class);
    }

    /** The program's own hook, installed during start-up; null inside tests, which run the app in their JVM. */
    private static volatile Shutdown process;

    private final Thread hook;
    /** What the hook closes: null while the bot starts. */
    private final AtomicReference<Runnable> close;
    private final Runnable closeOnce;

    private Shutdown(Thread hook, AtomicReference<Runnable> close, Runnable closeOnce) {
        this.hook = hook;
        this.close = close;
        this.closeOnce = closeOnce;
    }

    /**
     * For the program's own process, before anything is opened: from now on a stop signal ends the process with exit
     * code 0, even before {@link #onStop} names what to close.
     */
    public static void duringStartUp() {
        process = install(new AtomicReference<>());
    }

    /**
     * The start-up failed, or the program ends with an error of its own: its exit code stands, not the hook's 0. False
     * when a stop signal is already being handled (the process then ends with 0, as asked).
     */
    public static boolean startUpFailed() {
        Shutdown own = process;
        return own == null || own.cancel();
    }

    /** Runs {@code close} when the process is asked to stop, then ends the process with exit code 0. */
    public static Shutdown onStop(Runnable close) {
        Shutdown own = process;
        if (own != null && own.close.compareAndSet(null, close)) {
            return own;
        }
        return install(new AtomicReference<>(close));
    }

    private static Shutdown install(AtomicReference<Runnable> close) {
        AtomicBoolean closed = new AtomicBoolean();
        Runnable closeOnce = () -> {
            Runnable what = close.get();
            if (what != null && closed.compareAndSet(false, true)) {
                what.run();
            }
        };
        Thread hook = new Thread(() -> {
            try {
                // during start-up nothing is open for members yet: end now, as a kill would, and the next start
                // carries on. Nothing is logged then: the logging may itself be starting up on the main thread
                if (close.get() != null) {
                    closeOnce.run();
                    log().info("Stopped cleanly: the database is closed");
                }
            } catch (RuntimeException | Error e) {
                log().warn("Stopping: closing the bot failed ({}); the next start recovers", e.toString());
            } finally {
                // whatever happened above, the stop was asked for: a supervisor sees 0, not the JVM's 143
                Runtime.getRuntime().halt(0);
            }
        }, "partner-coach-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return new Shutdown(hook, close, closeOnce);
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
            boolean removed = Runtime.getRuntime().removeShutdownHook(hook);
            if (removed && process == this) {
                process = null;
            }
            return removed;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
