package org.partnercoach.chat;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A time of day as members write it, once its parts are read ("9" "pm", "14" "30"): the one rule for a 12-hour clock
 * that a digest's time, quiet hours and a reminder's time share.
 */
public final class ClockTime {

    private ClockTime() {
    }

    /**
     * {@code hour}:{@code minute}, on a 12-hour clock when {@code half} is given ("am", "pm", or their first letter:
     * hours 1 to 12, 12am is midnight), else on a 24-hour clock (0 to 23); empty when there is no such time.
     */
    public static Optional<LocalTime> of(int hour, int minute, String half) {
        int h = hour;
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            h = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        return h >= 0 && h <= 23 && minute >= 0 && minute <= 59 ? Optional.of(LocalTime.of(h, minute))
                : Optional.empty();
    }
}
