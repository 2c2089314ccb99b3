package org.partnercoach.reminders;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;

/**
 * Reads when a member wants to be reminded, in their own time zone: "in 3 days", "in 2h", "tomorrow 9am",
 * "monday", "next friday 14:00", "2026-12-01", "2026-12-01 14:00". A day without a time means 9:00. A weekday
 * ("monday", "next monday") means the next one after today. "In 3 days" keeps the clock time across a
 * daylight-saving change; "in 2h" is two hours of real time. Anything else, a past time, or more than a year
 * ahead is refused with a message that shows the forms.
 */
public final class WhenParser {

    public static final String FORMS = "`in 3 days`, `in 2h`, `tomorrow 9am`, `monday`, `next friday 14:00`, "
            + "`2026-12-01`, `2026-12-01 14:00`";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    static final Duration MAX_AHEAD = Duration.ofDays(366);

    private static final String TIME = "(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?";
    private static final String AT_TIME = "(?:\\s+(?:at\\s+)?" + TIME + ")?";
    private static final Pattern IN = Pattern.compile("in\\s+(\\d{1,4}|an?)\\s*(minutes?|mins?|m|hours?|hrs?|h"
            + "|days?|d|weeks?|wks?|w)");
    private static final Pattern DAY = Pattern.compile("(today|tomorrow|(?:next\\s+)?([a-z]+))" + AT_TIME);
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:(?:\\s+(?:at\\s+)?|t)"
            + TIME + ")?");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private final Clock clock;

    public WhenParser(Clock clock) {
        this.clock = clock;
    }

    /** The moment {@code text} names for someone in {@code zone}; a friendly {@link UserError} otherwise. */
    public Instant parse(String text, ZoneId zone) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // reminders keep whole seconds, as stored and as Discord's timestamps show them
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime here = now.atZone(zone);
        Instant at = read(clean, here);
        if (at == null) {
            throw new UserError((clean.isEmpty() ? "Tell me when to remind you. "
                    : "I couldn't read `" + Limits.clip(text.strip(), 40).replace("`", "'") + "` as a time. ")
                    + "Write it like one of these: " + FORMS + ".");
        }
        if (!at.isAfter(now)) {
            throw new UserError("That time has already passed (" + TimeMarkup.both(at) + "). Pick a time in the "
                    + "future, like " + FORMS + ".");
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw new UserError("I can keep a reminder for up to a year ahead. Pick a nearer time, like " + FORMS
                    + ".");
        }
        return at;
    }

    private static Instant read(String text, ZonedDateTime here) {
        Matcher m = IN.matcher(text);
        if (m.matches()) {
            return in(m.group(1).startsWith("a") ? 1 : Long.parseLong(m.group(1)), m.group(2), here);
        }
        m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return at(LocalDate.parse(m.group(1)), m, 2, here);
            } catch (DateTimeException e) {
                return null;
            }
        }
        m = DAY.matcher(text);
        if (m.matches()) {
            LocalDate today = here.toLocalDate();
            if (m.group(1).equals("today")) {
                return at(today, m, 3, here);
            }
            if (m.group(1).equals("tomorrow")) {
                return at(today.plusDays(1), m, 3, here);
            }
            DayOfWeek day = WEEKDAYS.get(m.group(2));
            return day == null ? null : at(today.with(TemporalAdjusters.next(day)), m, 3, here);
        }
        return null;
    }

    private static Instant in(long amount, String unit, ZonedDateTime here) {
        return switch (unit.charAt(0)) {
            case 'm' -> here.plusMinutes(amount).toInstant();
            case 'h' -> here.plusHours(amount).toInstant();
            case 'd' -> here.plusDays(amount).toInstant();
            default -> here.plusWeeks(amount).toInstant();
        };
    }

    /** The day at the time in groups {@code first..first+2} (hour, minute, am/pm), or 9:00 when none was given. */
    private static Instant at(LocalDate day, Matcher m, int first, ZonedDateTime here) {
        LocalTime time = m.group(first) == null ? DEFAULT_TIME
                : time(m.group(first), m.group(first + 1), m.group(first + 2));
        return time == null ? null : ZonedDateTime.of(day, time, here.getZone()).toInstant();
    }

    /** "9" + "pm", "14" + "30"; a bare hour needs am/pm ("9" alone could be either). */
    private static LocalTime time(String hourText, String minuteText, String half) {
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (minuteText == null && half == null) {
            return null;
        }
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        return hour <= 23 && minute <= 59 ? LocalTime.of(hour, minute) : null;
    }
}
