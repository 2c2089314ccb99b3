package org.partnercoach.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time from a starting point and can be moved forward: the console's {@code :advance}
 * and tests use it to make reminders and digests fall due without waiting.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final Clock base;
    private final ZoneId zone;

    /** A clock standing still at {@code start}, moved only by {@link #advance}. */
    public MovableClock(Instant start, ZoneId zone) {
        this(Clock.fixed(start, zone), zone, new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(Clock base, ZoneId zone, AtomicReference<Duration> offset) {
        this.base = base;
        this.zone = zone;
        this.offset = offset;
    }

    /** A clock that runs as {@code base} runs (the system's; in tests, one that runs on as told), movable forward. */
    static MovableClock over(Clock base) {
        return new MovableClock(base, base.getZone(), new AtomicReference<>(Duration.ZERO));
    }

    /** The system clock, movable forward. */
    public static MovableClock system() {
        return over(Clock.systemUTC());
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        offset.updateAndGet(d -> d.plus(by));
    }

    /** Whether {@link #advance} moved this clock on. */
    public boolean moved() {
        return !offset.get().isZero(); // it only moves forward
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(base.withZone(newZone), newZone, offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
