package org.partnercoach.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A button that confirms something that cannot be undone (Delete my data, Delete for good) acts only for a while
 * after it was shown: it was shown with what would go as it stood then, and a press a day later would act on all
 * that changed since without anyone seeing it. The button's custom id carries when it was shown ({@link #shownAt}).
 */
public final class Confirmation {

    /** How long a confirmation button acts after it was shown. */
    public static final Duration VALID_FOR = Duration.ofMinutes(15);

    private Confirmation() {
    }

    /** When a confirmation button is shown now: the argument its custom id carries (whole seconds). */
    public static long shownAt(Clock clock) {
        return clock.instant().getEpochSecond();
    }

    /**
     * Whether a confirmation button whose {@link #shownAt} is its custom id's argument {@code arg} was pressed within
     * {@link #VALID_FOR} (one from before it carried the time: no).
     */
    public static boolean inTime(CustomId id, int arg, Clock clock) {
        return id.args().size() > arg
                && !clock.instant().isAfter(Instant.ofEpochSecond(id.longArg(arg)).plus(VALID_FOR));
    }
}
