package org.partnercoach.reminders;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.settings.TimeZones;

/**
 * An amount of time from now, as {@link WhenParser} reads it: "in 3 days", "in 2h", "in 1.5 hours", "in half an
 * hour", "in a fortnight", "in 2 months". Whole days and longer keep the clock time across a daylight-saving change
 * ("in 3 days" at 09:00 is 09:00), so the note says when the clocks skip or repeat the time reached; minutes, hours
 * and a part of any unit ("in 1.5 days" is 36 hours) are real time. Seconds are on the minute too, and less than a
 * minute ("in 30 seconds") is the next one. It needs no time zone to be read.
 */
final class AmountFromNow {

    private static final Pattern IN = Pattern.compile("in\\s+(\\d+(?:[.,]\\d{1,2})?|an?|half\\s+an?)\\s*"
            + "(minutes?|mins?|months?|mos?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|fortnights?|years?|yrs?|y|seconds?"
            + "|secs?|s)");
    /**
     * A whole number of days or longer, which a clock time may follow: "in 2 days" in "in 2 days at 5pm", "in a week"
     * in "in a week at noon". Hours and minutes are real time, with no day of their own to set a clock time on.
     */
    static final String WHOLE_DAYS = "in\\s+(?:\\d+|an?)\\s*(?:days?|d|weeks?|wks?|w|fortnights?|months?|mos?|years?"
            + "|yrs?|y)";
    /** A number and a unit of time without "in" before it: "10 days", "2h". */
    private static final Pattern WITHOUT_IN = Pattern.compile("\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h"
            + "|days?|weeks?|wks?|months?|years?)\\b.*");
    /** Minutes in each unit, for a part of one ("in 1.5 hours", "in half a day"), counted as real time. */
    private static final Map<Character, Long> UNIT_MINUTES = Map.of('m', 1L, 'h', 60L, 'd', 1_440L, 'w', 10_080L,
            'f', 20_160L, 'o', 43_200L, 'y', 525_600L);
    /** An amount of any unit past this is too far ahead ("in 99999999 days"): counted as this, it never overflows. */
    private static final BigInteger TOO_MANY = BigInteger.valueOf(WhenParser.MAX_AHEAD.toMinutes() + 1);
    private static final DateTimeFormatter DAY_AT =
            DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);
    /** The forms to show for an amount that could not be read ("in three days", "10 days"). */
    static final String FORMS = "`in 3 days`, `in 2h`, `in 30 minutes`, `in a fortnight`";
    /** The forms to show for an amount that has passed ("in 0 minutes"). */
    static final String AHEAD = "`in 10 minutes` or `in 2h`";

    private final String amount;
    /** The unit's first letter; 'o' for months, which share theirs with minutes; 's' for seconds. */
    private final char unit;

    private AmountFromNow(String amount, String unit) {
        this.amount = amount;
        this.unit = unit.startsWith("mo") ? 'o' : unit.charAt(0);
    }

    /** The amount {@code clean} (lower case, single spaces) names, if it names one. */
    static Optional<AmountFromNow> of(String clean) {
        Matcher m = IN.matcher(clean);
        return m.matches() ? Optional.of(new AmountFromNow(m.group(1), m.group(2))) : Optional.empty();
    }

    static boolean is(String clean) {
        return IN.matcher(clean).matches();
    }

    /** True when {@code clean} looks meant as an amount though it could not be read: "in three days", "10 days". */
    static boolean meant(String clean) {
        return clean.startsWith("in ") || WITHOUT_IN.matcher(clean).matches();
    }

    /**
     * The moment, on the minute, as every other form is and as Discord shows the time ("12:11"): two set "in 2 days"
     * seconds apart fall due together and come as one message.
     */
    Instant from(ZonedDateTime here) {
        if (unit == 's') {
            // on the minute as every amount is, and never sooner than the next one ("in 30 seconds"); "in 0 seconds"
            // is now, which has passed
            Instant now = here.toInstant();
            if (seconds() == 0) {
                return now;
            }
            Instant minute = now.plusSeconds(seconds()).truncatedTo(ChronoUnit.MINUTES);
            return minute.isAfter(now) ? minute : now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        }
        Optional<LocalDateTime> onTheClock = clockTime(here);
        // the offset of now is kept where the clocks show the time twice, as ZonedDateTime.plusDays does
        ZonedDateTime at = onTheClock.isPresent() ? ZonedDateTime.ofLocal(onTheClock.get(), here.getZone(),
                here.getOffset()) : here.plusMinutes(minutes());
        return at.toInstant().truncatedTo(ChronoUnit.MINUTES);
    }

    /** The day {@code wholeDays} ({@link #WHOLE_DAYS}: "in 2 days") falls on, seen from {@code here}. */
    static java.time.LocalDate day(String wholeDays, ZonedDateTime here) {
        return of(wholeDays).flatMap(amount -> amount.clockTime(here)).orElseThrow().toLocalDate();
    }

    /**
     * What the reply says of how the amount was read, so the member can check: a month too short for today's day
     * ("in a month" said on 31 January), and a clock time the clocks skip or show twice ("in 1 day" said at 02:30 the
     * day before they go forward, see {@link ClockChange}); empty otherwise.
     */
    String note(String shown, Instant at, ZonedDateTime here) {
        if (unit == 's') {
            return seconds() < 60 ? "Reminders come on the minute, so I set " + shown + " for the start of the next "
                    + "one." : "";
        }
        ZonedDateTime then = at.atZone(here.getZone());
        String shortMonth = wholeMonthsOrYears() && then.getDayOfMonth() != here.getDayOfMonth()
                ? then.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + then.getYear() + " has no "
                + ordinal(here.getDayOfMonth()) + ", so " + shown + " is " + DAY_AT.format(then) + " ("
                + TimeZones.label(here.getZone()) + "), its last day."
                : "";
        String clockChange = clockTime(here).map(asked -> ClockChange.note(asked.truncatedTo(ChronoUnit.MINUTES),
                then)).orElse("");
        return shortMonth.isEmpty() || clockChange.isEmpty() ? shortMonth + clockChange
                : shortMonth + " " + clockChange;
    }

    /** Whole days and longer: the time the clock shows then ("in 3 days" at 09:00: 09:00); empty for real time. */
    private Optional<LocalDateTime> clockTime(ZonedDateTime here) {
        if (!whole() || unit == 'm' || unit == 'h' || unit == 's') {
            return Optional.empty();
        }
        LocalDateTime now = here.toLocalDateTime();
        long count = count();
        return Optional.of(switch (unit) {
            case 'd' -> now.plusDays(count);
            case 'f' -> now.plusWeeks(2 * count);
            case 'o' -> now.plusMonths(count);
            case 'y' -> now.plusYears(count);
            default -> now.plusWeeks(count);
        });
    }

    /** Seconds, as a whole count: a part of one is a whole one ("in half a second" is 1); capped as minutes are. */
    private long seconds() {
        BigInteger cap = TOO_MANY.multiply(BigInteger.valueOf(60));
        if (amount.startsWith("half")) {
            return 1;
        }
        if (!whole()) {
            return (long) Math.min(Math.ceil(Double.parseDouble(amount.replace(',', '.'))), cap.doubleValue());
        }
        return amount.startsWith("a") ? 1 : new BigInteger(amount).min(cap).longValue();
    }

    /** The amount in minutes of real time: half of a unit, a part of one ("1.5"), or a whole count. */
    private long minutes() {
        if (amount.startsWith("half")) {
            return UNIT_MINUTES.get(unit) / 2;
        }
        if (!whole()) {
            double parts = Double.parseDouble(amount.replace(',', '.'));
            return Math.min(Math.round(parts * UNIT_MINUTES.get(unit)), TOO_MANY.longValue());
        }
        return count() * UNIT_MINUTES.get(unit);
    }

    private boolean whole() {
        return !amount.startsWith("half") && !amount.matches("\\d+[.,]\\d+");
    }

    /** A whole count: "a" is one; past {@link #TOO_MANY}, that (too far ahead either way). */
    private long count() {
        return amount.startsWith("a") ? 1 : new BigInteger(amount).min(TOO_MANY).longValue();
    }

    private boolean wholeMonthsOrYears() {
        return whole() && (unit == 'o' || unit == 'y');
    }

    private static String ordinal(int day) {
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
        return day + suffix;
    }
}
