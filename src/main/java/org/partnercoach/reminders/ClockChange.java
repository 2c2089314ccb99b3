package org.partnercoach.reminders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.settings.TimeZones;

/**
 * What a reminder's reply says of a clock time typed for a night the clocks change (daylight saving), so the member
 * knows which moment was taken: {@link WhenParser} reads the time, this says what became of it.
 */
final class ClockChange {

    /** A clock time as typed among other words: "2:30", "1:30am", "9pm", "1:30p" (not the digits of a date). */
    private static final Pattern TYPED_TIME = Pattern.compile("(?<![\\d/:.-])(\\d{1,2})(?:[:.](\\d{2}))?"
            + "\\s*(am|pm|a|p)?(?![\\d/.-])");
    private static final java.time.format.DateTimeFormatter WEEKDAY_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private ClockChange() {
    }

    /**
     * A clock time typed (a duration is none: see {@link AmountFromNow#note}) for a night the clocks change: one they skip ("There is no 02:30 ... so
     * I set it for 03:30"), or one they show twice, and which of the two was taken; empty otherwise.
     */
    static String note(String clean, Instant at, ZonedDateTime here) {
        ZonedDateTime then = at.atZone(here.getZone());
        Matcher typed = TYPED_TIME.matcher(clean);
        while (typed.find()) {
            LocalTime time = WhenParser.time(typed.group(1), typed.group(2), typed.group(3));
            String note = time == null ? "" : note(LocalDateTime.of(then.toLocalDate(), time), then);
            if (!note.isEmpty()) {
                return note;
            }
        }
        return "";
    }

    /**
     * The clock time {@code asked} for (typed, or reached by a count of days: "in 1 day" said at 02:30), when the
     * clocks skip it or show it twice, and {@code then} is the moment taken for it; empty otherwise.
     */
    static String note(LocalDateTime asked, ZonedDateTime then) {
        java.time.zone.ZoneOffsetTransition change = then.getZone().getRules().getTransition(asked);
        if (change == null) {
            return "";
        }
        LocalTime time = asked.toLocalTime();
        String where = " on " + WEEKDAY_DAY.format(then) + " in " + TimeZones.label(then.getZone()) + ": the clocks"
                + " go " + (change.isGap() ? "forward" : "back") + " from " + change.getDateTimeBefore()
                .toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime() + " that night";
        if (change.isGap() && !then.toLocalDateTime().equals(asked)) {
            return "There is no " + time + where + ", so I set it for " + then.toLocalTime() + ".";
        }
        if (change.isOverlap() && then.toLocalDateTime().equals(asked)) {
            return time + " comes twice" + where + ". I set it for " + (then.getOffset().equals(
                    change.getOffsetBefore()) ? "the first " + time + ", before they go back."
                    : "the second " + time + ", once they have gone back.");
        }
        return "";
    }
}
