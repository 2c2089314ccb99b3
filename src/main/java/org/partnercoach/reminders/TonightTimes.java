package org.partnercoach.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.chat.ClockTime;
import org.partnercoach.chat.PartOfDay;
import org.partnercoach.chat.UserError;
import org.partnercoach.settings.TimeZones;

/**
 * "tonight" and the times after it, as {@link WhenParser} reads them: "tonight" (19:00, or an hour from now once that
 * is near or gone), "tonight 9" (21:00), "tonight 1" or "tonight 1am" (the small hours after tonight), "tonight
 * midnight" (the midnight that ends it); and what the reply says of how one was read. Tonight is the evening to
 * come, even said in the small hours: from 17:00 to 05:00, so a time of the day after it ("tonight 12pm") is refused.
 */
final class TonightTimes {

    /** "tonight" alone; the evening a "tonight" reminder held by quiet hours may be moved back to. */
    static final LocalTime EVENING = PartOfDay.EVENING.remindAt;
    /** "tonight" is at least this far ahead: said from 18:00 on, when 19:00 is near or gone, an hour from now. */
    private static final Duration AT_LEAST = Duration.ofHours(1);
    /** Where the small hours after tonight end: the morning begins. */
    private static final LocalTime SMALL_HOURS_END = PartOfDay.MORNING.begins;
    /** The last hour after "tonight" read as the small hours after it ("tonight 4": 04:00); from 5, the evening's. */
    private static final int LAST_SMALL_HOUR = SMALL_HOURS_END.getHour() - 1;
    /** Where tonight begins: "tonight 5" is 17:00, the first of the evening's hours. */
    private static final LocalTime EVENING_BEGINS = PartOfDay.EVENING.begins;
    private static final Pattern AT = Pattern.compile("tonight" + WhenParser.AT_TIME);
    /** "tonight 1", "tonight at 9:30": an hour after tonight without am/pm, read as a person means it. */
    private static final Pattern GUESSED = Pattern.compile("tonight (?:at )?(\\d{1,2})(?:[:.]\\d{2})?");
    /** Midnight as members write it ("24:00" is read as "midnight" first), with "tonight": the end of tonight. */
    private static final String MIDNIGHT_WORD = "(?:midnight|12(?::00)?(?:\\s*am?)?|0?0(?::00)?)";
    private static final Pattern MIDNIGHT = Pattern.compile("tonight (?:at )?" + MIDNIGHT_WORD
            + "|(?:at )?" + MIDNIGHT_WORD + " tonight");
    private static final DateTimeFormatter DAY_AT = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private TonightTimes() {
    }

    /** True when {@code clean} (lower case, the day first) is "tonight", with a time or midnight after it or not. */
    static boolean is(String clean) {
        return MIDNIGHT.matcher(clean).matches() || AT.matcher(clean).matches();
    }

    /** The moment {@code clean} names, when {@link #is} it; null when its time is no time ("tonight 25"). */
    static Instant read(String clean, ZonedDateTime here) {
        LocalDate today = here.toLocalDate();
        if (MIDNIGHT.matcher(clean).matches()) {
            // "tonight midnight", "tonight 24:00": the midnight that ends tonight, as "24:00" alone is the coming one
            return ZonedDateTime.of(today.plusDays(1), LocalTime.MIDNIGHT, here.getZone()).toInstant();
        }
        Matcher m = AT.matcher(clean);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) == null) {
            return tonight(here);
        }
        LocalTime time = time(m.group(1), m.group(2), m.group(3));
        if (time == null) {
            return null;
        }
        if (m.group(3) == null && Integer.parseInt(m.group(1)) == 12) {
            // "tonight 12:30": just after the midnight that ends tonight
            return WhenParser.local(today.plusDays(1), time, here).toInstant();
        }
        // "tonight 1am", "tonight 1": the small hours after tonight, unless said in those very hours before it
        ZonedDateTime at = WhenParser.local(today, time, here);
        boolean smallHoursAfter = time.isBefore(LocalTime.NOON) && !at.isAfter(here);
        return (smallHoursAfter ? WhenParser.local(today.plusDays(1), time, here) : at).toInstant();
    }

    /**
     * The clock time {@code clean} (lower case, the day first) names when {@link #is} it, as {@link #read} reads it:
     * "tonight 2" 02:00, "tonight 9" 21:00, "tonight 1:30am" 01:30, "tonight midnight" 00:00; empty for "tonight"
     * alone and for an hour that is no time. The time asked for, where {@link #read} gives the moment taken: on the
     * night the clocks go forward, "tonight 2" is 02:00 set for 03:00, which {@link ClockChange} tells.
     */
    static java.util.Optional<LocalTime> timeRead(String clean) {
        if (MIDNIGHT.matcher(clean).matches()) {
            return java.util.Optional.of(LocalTime.MIDNIGHT);
        }
        Matcher m = AT.matcher(clean);
        return !m.matches() || m.group(1) == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(time(m.group(1), m.group(2), m.group(3)));
    }

    /**
     * What the reply says of how {@code clean} (typed as {@code shown}) was read: midnight is the end of tonight
     * ("`tonight midnight` is the end of tonight: midnight, Tuesday 3 March at 00:00 (America/Chicago)."), and an hour
     * written without am/pm is the evening's or the small hours after tonight ("I read `tonight 1` as 01:00 in the
     * small hours of Tuesday 3 March (America/Chicago).", "I read `tonight 9` as 21:00 this evening."); empty for any
     * other text.
     */
    static String note(String shown, String clean, ZonedDateTime then) {
        if (MIDNIGHT.matcher(clean).matches()) {
            return shown + " is the end of tonight: midnight, " + DAY_AT.format(then) + " ("
                    + TimeZones.label(then.getZone()) + ").";
        }
        Matcher m = GUESSED.matcher(clean);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 12) {
            return "";
        }
        // the time read, not the one the clocks moved it to ("tonight 2" on the night they skip 02:00: ClockChange's
        // note says it is set for 03:00)
        LocalTime read = timeRead(clean).orElse(then.toLocalTime());
        return "I read " + shown + " as " + read + (read.isBefore(SMALL_HOURS_END)
                ? " in the small hours of " + DAY.format(then) + " (" + TimeZones.label(then.getZone()) + ")."
                : " this evening.");
    }

    /**
     * A time of the day written after "tonight" ("tonight 12pm", "tonight 13", "tonight 9am"; {@code clean} with the
     * day first), which no part of tonight is: refused, saying so, with the same hour on the other half of the clock
     * tonight (while it is ahead; noon's is the end of tonight) and that time tomorrow. Nothing for any other text.
     */
    static void refuseDaytime(String shown, String clean, ZonedDateTime here) {
        Matcher m = AT.matcher(clean);
        if (MIDNIGHT.matcher(clean).matches() || !m.matches() || m.group(1) == null) {
            return;
        }
        LocalTime time = time(m.group(1), m.group(2), m.group(3));
        if (time == null || time.isBefore(SMALL_HOURS_END) || !time.isBefore(EVENING_BEGINS)) {
            return;
        }
        boolean noon = time.equals(LocalTime.NOON);
        LocalTime night = time.plusHours(12);
        String tonight = noon ? "`tonight midnight` for the end of tonight, or "
                : "`tonight " + WhenParser.twelveHour(night) + "` for " + night + (night.isBefore(SMALL_HOURS_END)
                        ? " after tonight, or " : " this evening, or ");
        boolean ahead = noon || read("tonight " + WhenParser.twelveHour(night), here).isAfter(here.toInstant());
        String tomorrow = "`tomorrow " + (m.group(3) != null ? WhenParser.twelveHour(time) : time.toString()) + "` for "
                + (noon ? "noon" : time.toString()) + " tomorrow.";
        throw new UserError(shown + " is " + (noon ? "noon" : time + ", in the " + (time.isBefore(LocalTime.NOON)
                ? "morning" : "afternoon")) + ", not tonight. Write " + (ahead ? tonight : "") + tomorrow);
    }

    /**
     * "tonight": 19:00, or an hour from now on the minute once 19:00 is less than an hour away or gone (said at 19:30,
     * 20:30 it is; said at 23:00, midnight). In the small hours, the evening to come.
     */
    private static Instant tonight(ZonedDateTime here) {
        ZonedDateTime evening = ZonedDateTime.of(here.toLocalDate(), EVENING, here.getZone());
        ZonedDateTime soonest = here.plus(AT_LEAST).truncatedTo(ChronoUnit.MINUTES);
        return (evening.isBefore(soonest) ? soonest : evening).toInstant();
    }

    /**
     * The time an hour after "tonight" names. Without am/pm, as a person means it: 1 to 4 the small hours after
     * tonight ("tonight 1": 01:00), 5 to 11 the evening ("tonight 9": 21:00; "tonight 6" is 18:00 rather than a
     * morning), 12 midnight; the note says which was read.
     */
    private static LocalTime time(String hourText, String minuteText, String half) {
        int hour = Integer.parseInt(hourText);
        if (half != null || hour < 1 || hour > 12) {
            return WhenParser.time(hourText, minuteText, half);
        }
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        return ClockTime.of(hour, minute, hour <= LAST_SMALL_HOUR || hour == 12 ? "am" : "pm").orElse(null);
    }
}
