package org.partnercoach.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Since when the bot has been up, as {@code /coach status} says it: from its start, on the bot's clock. The console,
 * which then moves its clock on to where an earlier run's {@code :advance} left it, starts it again there.
 */
public final class Uptime {

    private final Clock clock;
    private volatile Instant since;

    public Uptime(Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
    }

    /** Counts from now on the clock: this run's start, once the console has set its clock. */
    public void startsNow() {
        since = clock.instant();
    }

    Duration until(Instant now) {
        return Duration.between(since, now);
    }
}
