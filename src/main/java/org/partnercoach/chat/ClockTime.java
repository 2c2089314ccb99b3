package org.partnercoach.chat;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time of day as members write it, once its parts are read ("9" "pm", "14" "30"): the one rule for a 12-hour clock
 * that a digest's time, quiet hours and a reminder's time share, and the words for one ("noon", "midnight").
 */
public final class ClockTime {

    /** "noon" and "midday" stand for 12:00 wherever a time goes ("tomorrow noon"); "midnight" alone for 0:00. */
    private static final Pattern NOON = Pattern.compile("\\b(?:noon|midday)\\b");
    private static final Pattern MIDNIGHT = Pattern.compile("(?:at )?midnight");
    /**
     * A time of day alone, once "noon" and "p.m." are read: "9", "9:30", "9.30", "21", "9pm", "9 pm", "9p", "9:30am";
     * another separator for the colon as {@code /remind} reads it too: "21h30" (as much of Europe writes it), "21;30"
     * (next to the colon on phone keyboards), "21,30"; none at all between four digits, "0900", "2130" (as a 24-hour
     * clock is often written); and an hour with "h" alone, "21h", "9h" (as "21h30" is, on the hour).
     */
    private static final Pattern TIME = Pattern.compile(
            "(?<hour>\\d{1,2})(?:[:.;,h](?<minute>\\d{2})|(?<=\\d{2})(?<joined>\\d{2})|h)?\\s*(?<half>am|pm|a|p)?");
    /** An hour typed alone, as the digits of a clock time: "9", "09", "21". */
    private static final Pattern HOUR_ALONE = Pattern.compile("\\d{1,2}");
    /** "12 noon", "12 midnight": the 12 of the word after it, said twice. */
    private static final Pattern TWELVE_WORDS = Pattern.compile("\\b12\\s+(noon|midday|midnight)\\b");
    /** "a.m.", "p.m", "a. m." as "am" and "pm". */
    private static final Pattern HALF_WITH_DOTS = Pattern.compile("\\b([ap])\\.\\s*m\\.?");

    private ClockTime() {
    }

    /**
     * {@code text} (stripped, lower case) with the words for a time of day in digits: "noon" and "midday" become
     * "12:00" wherever they stand ("tomorrow noon", "12 noon"), and "midnight" (or "at midnight", "12 midnight") alone
     * becomes "0:00" ("tomorrow midnight" is left as it is, "12" dropped: the night after tomorrow, or the one before?).
     */
    public static String inDigits(String text) {
        String words = TWELVE_WORDS.matcher(text).replaceAll("$1");
        return MIDNIGHT.matcher(words).matches() ? "0:00" : NOON.matcher(words).replaceAll("12:00");
    }

    /**
     * A time of day written alone, as members write it: "9", "9:30", "9.30" (UK style), "21:00", "21h30", "21h", "0900",
     * "9pm", "9 p.m.", "9p", "9:30am", "noon", "midnight", and "24:00" (the end of a day: midnight); empty when it is
     * none.
     */
    public static Optional<LocalTime> read(String text) {
        java.util.regex.Matcher m = parts(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group("hour"));
        String minuteText = m.group("minute") != null ? m.group("minute") : m.group("joined");
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        boolean endOfDay = m.group("half") == null && hour == 24 && minute == 0;
        return of(endOfDay ? 0 : hour, minute, m.group("half"));
    }

    /**
     * Why {@code text}, written as a clock time is written, is none ("25:00", "9:75", "13pm"), in words that end a
     * sentence; empty when it is a time, or not written as one at all ("lunchtime").
     */
    public static Optional<String> whyNone(String text) {
        java.util.regex.Matcher m = parts(text);
        if (!m.matches() || read(text).isPresent()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group("hour"));
        boolean half = m.group("half") != null;
        return Optional.of(half && (hour < 1 || hour > 12) ? "with am or pm, hours go from 1 to 12."
                : "hours go from 0 to 23, and minutes from 00 to 59.");
    }

    /** {@code text} as {@link #TIME} reads it: lower case, the words for noon and midnight in digits, "p.m." as "pm". */
    private static java.util.regex.Matcher parts(String text) {
        return TIME.matcher(HALF_WITH_DOTS.matcher(inDigits(text.strip().toLowerCase(java.util.Locale.ROOT)))
                .replaceAll("$1m").strip());
    }

    /**
     * The hour of a time typed as an hour alone that may be the morning's or the evening's: 1 to 12 without minutes or
     * am/pm ("9", "12"). None for "09", written as a 24-hour clock writes the morning, nor for 0 and 13 to 23, which
     * can only be on one. {@code /remind} asks which was meant; {@code /digest setup} saves the morning's and says so.
     */
    public static Optional<Integer> morningOrEvening(String typed) {
        String t = typed.strip();
        if (!HOUR_ALONE.matcher(t).matches() || t.startsWith("0")) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(t);
        return hour >= 1 && hour <= 12 ? Optional.of(hour) : Optional.empty();
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
