package org.partnercoach.settings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.partnercoach.chat.ClockTime;
import org.partnercoach.chat.UserError;

/**
 * The hours at night when the bot sends nothing, as wall-clock times in the recipient's own time zone. The window
 * may wrap midnight (21:00 to 08:00); equal start and end mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    static final String FORMAT_HELP = "Write quiet hours as start-end, like `21:00-08:00` or `9pm-8am`, or `off`. "
            + "Nothing was changed.";

    public static QuietHours ofMinutes(int startMinute, int endMinute) {
        return new QuietHours(LocalTime.ofSecondOfDay(startMinute * 60L), LocalTime.ofSecondOfDay(endMinute * 60L));
    }

    /**
     * Reads "21:00-08:00", "22.30-07.00", "21-8", "9pm-7am", "9 p.m. - 7 a.m.", "21:00-24:00", "10pm-midnight",
     * "noon-1pm" or "off": two times of day as {@link ClockTime#read} reads them.
     */
    public static QuietHours parse(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('–', '-');
        if (clean.equals("off") || clean.equals("none")) {
            return NONE;
        }
        String[] parts = clean.split("-");
        if (parts.length != 2) {
            throw new UserError(FORMAT_HELP);
        }
        return new QuietHours(time(parts[0]), time(parts[1]));
    }

    private static LocalTime time(String text) {
        return ClockTime.read(text).orElseThrow(() -> new UserError(FORMAT_HELP));
    }

    /** How many minutes of each day are quiet (0 when off). */
    public int minutesLong() {
        if (none()) {
            return 0;
        }
        int length = endMinute() - startMinute();
        return length > 0 ? length : length + 24 * 60;
    }

    public boolean none() {
        return start.equals(end);
    }

    public int startMinute() {
        return start.toSecondOfDay() / 60;
    }

    public int endMinute() {
        return end.toSecondOfDay() / 60;
    }

    public boolean contains(LocalTime time) {
        if (none()) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * When something due at {@code at} may be sent to someone in {@code zone}: {@code at} itself outside quiet
     * hours, else the morning they end. A quiet-hours end that falls in a daylight-saving gap moves on with the gap.
     */
    public Instant release(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        LocalDate day = local.toLocalDate();
        boolean endsTomorrow = start.isAfter(end) && !local.toLocalTime().isBefore(start);
        return ZonedDateTime.of(endsTomorrow ? day.plusDays(1) : day, end, zone).toInstant();
    }

    /** "21:00–08:00", or "off". */
    public String describe() {
        return none() ? "off" : start + "–" + end;
    }
}
