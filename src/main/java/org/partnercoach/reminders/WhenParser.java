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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.chat.ClockTime;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.PartOfDay;
import org.partnercoach.chat.Spacing;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.settings.TimeZones;

/**
 * Reads when a member wants to be reminded, in their own time zone: "in 3 days", "in 2h", "in 1.5 hours", "in half
 * an hour", "in a fortnight", "in 2 months", "in 2 days at 5pm", "3pm" or "3p" (the next time the clock shows it; "noon", "midnight"),
 * "tomorrow 9am", "tomorrow 13" (13 to 23 alone: a 24-hour clock), "tomorrow noon" (or "noon tomorrow"), "tonight",
 * "tonight 9" (21:00; "tonight 1" is 01:00 after tonight; "tonight 12pm", noon, is refused: see {@link TonightTimes}),
 * "tonight midnight" (or "tonight 24:00": the end of tonight, which the note says), "tomorrow morning" (09:00;
 * afternoon 14:00, evening or night 19:00; with an hour, "this afternoon 3" is 15:00, "this evening 9" "tonight 9"),
 * "monday", "next friday 14:00", "next week", "next month", "Dec 1", "1 December",
 * "12/01", "12/01 9am" (or "9am 12/01"), "2026-12-01", "2026-12-01 14:00"; "24:00" is midnight; a time may be
 * written with a dot ("tomorrow 9.30"), or another separator for the colon ("14;30", "14,30", "14h30", which the note
 * says it read as "14:30"). A day without a time means 9:00 ("tonight": 19:00, or an hour from now once that is less
 * than an hour away). A weekday
 * ("monday", "next monday") means the next one after today ("next friday" said on a Wednesday also offers the
 * Friday after it), but today's weekday with a time still to come is today ("friday 7pm" said on a Friday before
 * 19:00; "friday evening" before the evening begins), and the note names the day either way; "next week" is next Monday, "next month" its first day.
 * A day and month without a year is this year's, or next year's when it went by more than three months ago ("Jan 5"
 * said in December); one of the last three months has just passed and is refused, with how to write next year's
 * (today's is today, even when its time has passed). "12/01" can be 12 January or 1 December: both readings come
 * back when both are ahead, the one usual in the member's time zone first (month first in the Americas). "9.30" can be half past nine or 30 September: the clock time comes
 * back first, the day as the other reading ("14.30" is only a clock time, "25.12" only a day; "12.01" is 12:01, 12
 * January or 1 December). "In 3 days" keeps the clock time across a daylight-saving change;
 * "in 2h" is two hours of real time, as is a part of a unit ("in 1.5 days" is 36 hours). A clock time the clocks
 * skip moves on by the change, one they show twice is the one still to come, and the note says so. "Tomorrow
 * midnight" asks whether the start or the end of the day was meant; "tomorrow 9" asks morning or evening, offering
 * only what is still ahead. A past time is refused with the same time ahead, as the member wrote it ("yesterday
 * 9am": "tomorrow 9am"; "last friday": "friday"). Anything else, or more than a year ahead, is refused with a message
 * that shows the forms closest to what was typed.
 */
public final class WhenParser {

    /** Every way to write a time, as `when:?` lists them on {@code today}; see {@link #dateForms}. */
    public static String forms(LocalDate today) {
        return "`in 3 days`, `in 2h`, `in a fortnight`, `3pm`, `tomorrow 9am`, `tonight`, `monday`, `next friday "
                + "14:00`, `next week`, " + dateForms(today);
    }

    /**
     * The ways to write a date, shown with a day still ahead whenever they are shown (a fixed "Dec 1" has passed on 2
     * December): the 15th two months on, "`May 15`, `15 May 3pm`, `05/15`, `2026-05-15 14:00`" on 2 March 2026. The
     * 15th reads the same with day or month first.
     */
    static String dateForms(LocalDate today) {
        LocalDate day = exampleDay(today);
        return "`" + SHORT_DAY.format(day) + "`, `" + LONG_DAY.format(day) + " 3pm`, `" + MONTH_FIRST.format(day)
                + "`, `" + day + " 14:00`";
    }

    private static LocalDate exampleDay(LocalDate today) {
        return today.plusMonths(2).withDayOfMonth(15);
    }

    /**
     * The moment a member named; {@code others} are the other readings when those are possible too: "12/01" with day
     * and month the other way round, "12.01" both days besides the clock time.
     */
    public record When(Instant at, List<Instant> others, String note) {

        public When(Instant at, List<Instant> others) {
            this(at, others, "");
        }
    }
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    static final Duration MAX_AHEAD = Duration.ofDays(366);
    /**
     * A day written without a year that went by up to this many months ago has just passed (a typo, or a reminder
     * set late): refused as passed. One further back is next year's ("Jan 5" said in December).
     */
    static final int RECENT_MONTHS = 3;
    private static final java.time.format.DateTimeFormatter SHORT_DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter WITH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter LONG_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH_FIRST =
            java.time.format.DateTimeFormatter.ofPattern("MM/dd", Locale.ENGLISH);

    /** "9pm", "3p", "14:00", and "9.30" as many write it (UK style). */
    private static final String TIME = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a|p)?";
    static final String AT_TIME = "(?:\\s+(?:at\\s+)?" + TIME + ")?";
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    /** "dec 1", "december 1st, 2026", then an optional time. */
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + YEAR
            + AT_TIME);
    /** "1 december", "1st dec 2026", then an optional time. */
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + YEAR + AT_TIME);
    /** "12/01", "12/01/2026", "12.01.", then an optional time. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))?\\.?"
            + AT_TIME);
    private static final Pattern NEXT_WEEK = Pattern.compile("next week" + AT_TIME);
    /** "end of the week", "end of week", "end of this week": its Friday; "end of next week": next week's. */
    private static final Pattern END_OF_WEEK = Pattern.compile("(?:the )?end of (?:the |this |(next ))?week"
            + AT_TIME);
    /** "end of the month", "end of month": its last day (next month's once that has passed, or with "next"). */
    private static final Pattern END_OF_MONTH = Pattern.compile("(?:the )?end of (?:the |this |(next ))?month"
            + AT_TIME);
    /** "this weekend", "the weekend", "weekend": its Saturday (Sunday, said on a Saturday). */
    private static final Pattern WEEKEND = Pattern.compile("(?:this |the )?weekend" + AT_TIME);
    /** "next weekend": the coming one to some, the one after to others (as "next friday"). */
    private static final Pattern NEXT_WEEKEND = Pattern.compile("next weekend" + AT_TIME);
    /** The forms that name a stretch of days: the reply names the day and time they were read as. */
    private static final Pattern SPAN = Pattern.compile("\\b(?:end of (?:the |this |next )?(?:week|month)|weekend"
            + "|next (?:week|month))\\b");
    private static final java.time.format.DateTimeFormatter SPAN_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter NEXT_WEEKS_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE', 'd MMMM' at 'HH:mm", Locale.ENGLISH);
    private static final Pattern NEXT_MONTH = Pattern.compile("next month" + AT_TIME);
    /** "in 2 days at 5pm", "in a week noon": a clock time on the day an amount of whole days falls on. */
    private static final Pattern AMOUNT_AT = Pattern.compile("(" + AmountFromNow.WHOLE_DAYS + ")" + AT_TIME);
    /** "3pm", "at 14:00": the next time the clock shows it, today or tomorrow. */
    private static final Pattern CLOCK = Pattern.compile("(?:at\\s+)?" + TIME);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Pattern DAY = Pattern.compile("(today|tomorrow|yesterday|(?:next\\s+)?([a-z]+))" + AT_TIME);
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:(?:\\s+(?:at\\s+)?|t)"
            + TIME + ")?");
    /**
     * "last friday", "last week" (its Monday), "last month" (its 1st), "last weekend" (its Saturday): gone by, read to
     * be refused as passed, with the coming one to write ({@link #COMING}).
     */
    private static final Pattern LAST = Pattern.compile("last\\s+([a-z]+)" + AT_TIME);
    /** What to write for the coming one of what "last ..." named: "last week" is `next week`. */
    private static final Map<String, String> COMING = Map.of("week", "next week", "month", "next month",
            "weekend", "this weekend");
    /** "last friday 9": an hour without am/pm of a day gone by, as "yesterday 9" is. */
    private static final Pattern LAST_AT = Pattern.compile("(last\\s+([a-z]+)) (?:at )?(0?[1-9]|1[0-2])");
    /** "next friday": a weekday that may be this week's or next week's. */
    private static final Pattern NEXT_WEEKDAY = Pattern.compile("\\bnext\\s+(?:mon|tue|wed|thu|fri|sat|sun)");
    /** "9am tomorrow", "noon on friday", "at 14:00 next monday": a time before the day, read as after it. */
    private static final Pattern TIME_FIRST = Pattern.compile("(?:at\\s+)?(\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a|p)?)"
            + "\\s+(?:on\\s+)?([a-z].*)");
    /** "9am 12/01", "at 3pm on 25.12": a time before a date in digits, read as after it. */
    private static final Pattern TIME_BEFORE_DATE = Pattern.compile("(?:at\\s+)?(\\d{1,2}(?:[:.]\\d{2})?\\s*"
            + "(?:am|pm|a|p)?)\\s+(?:on\\s+)?(\\d{1,2}/\\d{1,2}(?:/\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4})?)");
    /** A day a bare hour may follow: "tomorrow", "friday", "next week", "Dec 1", "1 December", "12/01". */
    private static final String A_DAY = "today|tomorrow|(?:next\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|next week|next month"
            + "|(?:the )?end of (?:the |this |next )?(?:week|month)|(?:this |the |next )?weekend"
            + "|" + AmountFromNow.WHOLE_DAYS
            + "|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{4})?\\.?|\\d{4}-\\d{2}-\\d{2}"
            + "|" + MONTH_WORD + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_WORD;
    /**
     * "24", "tomorrow 24", "24 tonight": 24 alone where an hour stands, the end of a day as "24:00" is (never the 24
     * of "Dec 24" or "24/12").
     */
    private static final Pattern BARE_24 = Pattern.compile("((?:(?:" + A_DAY + "|tonight|yesterday)\\s+)?(?:at\\s+)?)"
            + "24((?:\\s+(?:on\\s+)?(?:" + A_DAY + "|tonight|yesterday))?)");
    /** The "this " of "this friday", "5pm this fri": the coming one, as the weekday alone is. */
    private static final String THIS_WEEKDAY = "\\bthis (?=(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
            + "(?:day|nesday|sday|urday)?\\b)";
    /** "last night", "last evening": gone by, where "night" alone is read as a time and "last" finds no day in it. */
    private static final Pattern LAST_NIGHT = Pattern.compile("last (night|evening)[.!]*");
    /** "last friday midnight", "midnight last friday": the start or the end of a day gone by, gone either way. */
    private static final Pattern LAST_MIDNIGHT = Pattern.compile("last\\s+([a-z]+)\\s+(?:at\\s+)?midnight"
            + "|(?:at\\s+)?midnight\\s+(?:on\\s+)?last\\s+([a-z]+)");
    /** "yesterday 9", "yesterday midnight": an hour without am/pm, or midnight, of a day gone by. */
    private static final Pattern YESTERDAY_AT = Pattern.compile("yesterday (?:at )?(0?[1-9]|1[0-2]|midnight)"
            + "|(?:at )?midnight (?:on )?yesterday");
    /** "tomorrow midnight", "midnight on friday": which midnight is a question only the member can answer. */
    private static final Pattern MIDNIGHT_AFTER = Pattern.compile("(" + A_DAY + ")\\s+(?:at\\s+)?midnight"
            + "|(?:at\\s+)?midnight\\s+(?:on\\s+)?(" + A_DAY + ")");
    /** "tomorrow 9", "at 3", "friday 10", "12/01 9": an hour without am/pm or minutes, morning or evening. */
    private static final Pattern BARE_HOUR = Pattern.compile("((?:" + A_DAY + ")\\s+)?(?:at\\s+)?(\\d{1,2})");
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
        return read(text, zone).at();
    }

    /** True when the text is "tonight" (or "this evening") without an hour: a time the bot chose for the member. */
    public static boolean saysTonight(String text) {
        return clean(text).equals("tonight");
    }

    /** True when the text names a time on the clock ("tomorrow 9am"), which depends on the member's time zone. */
    public static boolean needsZone(String text) {
        return !AmountFromNow.is(clean(text));
    }

    /**
     * The moment {@code text} names for someone in {@code zone}, and the other readings of a date like "12/01" or
     * "12.01" when those are possible too; a friendly {@link UserError} otherwise.
     */
    public When read(String text, ZoneId zone) {
        String clean = clean(text);
        Matcher timeFirst = TIME_BEFORE_DATE.matcher(clean);
        if (timeFirst.matches()) {
            // "9am 12/01": the same as "12/01 9am"
            clean = timeFirst.group(2) + " " + timeFirst.group(1);
        }
        // reminders keep whole seconds, as stored and as Discord's timestamps show them
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime here = now.atZone(zone);
        Matcher numeric = NUMERIC.matcher(clean);
        if (numeric.matches()) {
            When dates = numeric(numeric, here, now);
            boolean dateFits = fits(dates.at(), now);
            Instant clockTime = CLOCK.matcher(clean).matches() ? read(clean, here) : null;
            if (clockTime != null) {
                // "9.30" is half past nine to many (UK style) and 30 September to others: the clock time, which comes
                // first, is kept, and the days ahead offered; "12.01" may be either of two days as well
                List<Instant> days = new java.util.ArrayList<>();
                if (dateFits) {
                    days.add(dates.at());
                }
                days.addAll(dates.others());
                return noted(new When(clockTime, List.copyOf(days)), text, clean, here);
            }
            if (dates.at() == null && TimeZones.readings(Integer.parseInt(numeric.group(1)),
                    Integer.parseInt(numeric.group(2)), zone).stream().anyMatch(r -> leapDay(r.day(), r.month()))) {
                throw noLeapDay(numeric.group(3) == null ? null : Integer.valueOf(numeric.group(3)), here);
            }
            if (!dateFits && numeric.group(3) == null) {
                refuseIfPassedThisYear(dates.at(), dates.others(), here);
            }
            return noted(dateFits ? dates : new When(check(text, clean, dates.at(), now, zone), List.of()), text,
                    clean, here);
        }
        TonightTimes.refuseDaytime(quoted(text), dayFirst(clean), here);
        Instant today = todaysWeekday(text, clean, here);
        Instant read = today != null ? today : read(clean, here);
        refuseIfPassed(clean, read, here);
        Instant at = check(text, clean, read, now, zone);
        String note = note(text, clean, at, here);
        Matcher next = NEXT_WEEKDAY.matcher(clean);
        ZonedDateTime day = at.atZone(zone);
        if ((next.find() || NEXT_WEEKEND.matcher(clean).matches()) && day.toLocalDate().isBefore(
                here.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)))
                && fits(day.plusWeeks(1).toInstant(), now)) {
            // "next friday" (or "next weekend") said on a Wednesday: this Friday to some, next week's to others
            return new When(at, List.of(day.plusWeeks(1).toInstant()), note);
        }
        return new When(at, List.of(), note);
    }

    /**
     * "12/01": month first in the Americas, day first elsewhere; both readings when both are real and ahead (else one
     * that {@link #check} refuses).
     */
    private static When numeric(Matcher m, ZonedDateTime here, Instant now) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        List<TimeZones.DayMonth> readings = TimeZones.readings(a, b, here.getZone());
        Instant usual = dayOf(readings.get(0).day(), readings.get(0).month(), year, m, 4, here);
        Instant swapped = a == b ? null : dayOf(readings.get(1).day(), readings.get(1).month(), year, m, 4, here);
        boolean usualFits = fits(usual, now);
        boolean swappedFits = fits(swapped, now);
        if (usualFits) {
            return new When(usual, swappedFits ? List.of(swapped) : List.of());
        }
        // a day without a year that has just passed, or today's at a time gone by (with a year written, the other
        // reading is taken when only it is ahead)
        boolean usualPassed = usual != null && !usual.isAfter(now) && (year == null
                || usual.atZone(here.getZone()).toLocalDate().equals(here.toLocalDate()));
        if (swappedFits && !usualPassed) {
            return new When(swapped, List.of());
        }
        // neither (or the usual reading has just passed: today, or a day of the last months): the one to refuse, the
        // usual reading when there is such a day (else null), with the other when it is ahead
        return new When(usual != null ? usual : swapped, usual != null && swappedFits ? List.of(swapped) : List.of());
    }

    /**
     * A day of the last {@link #RECENT_MONTHS} months, written without a year ("Nov 30" on 2 December): refused as
     * passed, with how to write next year's (and {@code others}, the other reading of "12/01", when it is ahead).
     * Today's date passes through, to be refused as a passed time.
     */
    private static void refuseIfPassedThisYear(Instant at, List<Instant> others, ZonedDateTime here) {
        if (at == null || at.isAfter(here.toInstant())) {
            return;
        }
        ZonedDateTime day = at.atZone(here.getZone());
        if (day.toLocalDate().equals(here.toLocalDate())) {
            return;
        }
        String time = day.toLocalTime().equals(DEFAULT_TIME) ? "" : " " + day.toLocalTime();
        ZonedDateTime nextYears = day.plusYears(1);
        StringBuilder text = new StringBuilder("That day has already passed this year: " + TimeMarkup.full(at)
                + " was " + TimeMarkup.relative(at) + ". If you meant next year's, " + (nextYears.getDayOfMonth()
                == day.getDayOfMonth() ? "write `" + WITH_YEAR.format(nextYears) + time + "`."
                : nextYears.getYear() + " has no 29 February, so write `" + WITH_YEAR.format(nextYears) + time
                + "` or `" + WITH_YEAR.format(nextYears.plusDays(1)) + time + "`."));
        for (Instant other : others) {
            text.append(" If you meant ").append(LONG_DAY.format(other.atZone(here.getZone())))
                    .append(", write `").append(SHORT_DAY.format(other.atZone(here.getZone()))).append(time)
                    .append("`.");
        }
        throw new UserError(text.toString());
    }

    /** {@code when}, with what the reply says of how {@code text} was read (see {@link #note}). */
    private static When noted(When when, String text, String clean, ZonedDateTime here) {
        return new When(when.at(), when.others(), note(text, clean, when.at(), here));
    }

    /**
     * What the reply says of how {@code text} was read, so the member can check: a clock time written with another
     * separator read with a colon ("I read `14h30` as `14:30`."), then the day when they may have meant another one
     * (see {@link #dayNote}), then a clock time the clocks skip or show twice (see {@link ClockChange}); an amount
     * ("in 1 day") says its own (see {@link AmountFromNow#note}); empty otherwise.
     */
    private static String note(String text, String clean, Instant at, ZonedDateTime here) {
        String typed = text.strip();
        java.util.Optional<AmountFromNow> amount = AmountFromNow.of(clean);
        if (amount.isPresent()) {
            return amount.get().note(quoted(typed), at, here);
        }
        String dayNote = dayNote(quoted(typed), clean, at, here);
        // a day note that says how the whole was read ("tonight 9h30": 21:30 this evening) says it once
        String separator = withColon(typed).equals(typed) || dayNote.startsWith("I read ") ? ""
                : "I read " + quoted(typed) + " as " + quoted(withColon(typed)) + ".";
        String day = String.join(" ", java.util.stream.Stream.of(dayNote, clockChangeNote(clean, at, here))
                .filter(n -> !n.isEmpty()).toList());
        return separator.isEmpty() || day.isEmpty() ? separator + day : separator + " " + day;
    }

    /**
     * What {@link ClockChange} says of a clock time the clocks skip or show twice: of the time read after "tonight"
     * ("tonight 2" is 02:00, "tonight 1" 01:00, which an hour alone, morning or evening, is not among the typed times
     * it finds), else of the times typed.
     */
    private static String clockChangeNote(String clean, Instant at, ZonedDateTime here) {
        ZonedDateTime then = at.atZone(here.getZone());
        return TonightTimes.timeRead(dayFirst(clean))
                .map(time -> ClockChange.note(java.time.LocalDateTime.of(then.toLocalDate(), time), then))
                .orElseGet(() -> ClockChange.note(clean, at, here));
    }

    /** What a member typed, as a reply quotes it: clipped, in code markup that a backtick in it cannot break. */
    static String quoted(String text) {
        return "`" + Limits.clip(text == null ? "" : text.strip(), 40).replace("`", "'") + "`";
    }

    /**
     * The day {@code shown} (what was typed, quoted) was read as, when a member may have meant another day: a stretch
     * of days ("end of the week": "Friday 4 December, 09:00 UTC"), the end of tonight or an hour after it (see
     * {@link TonightTimes#note}), or today's weekday (today, or next week's); empty otherwise.
     */
    private static String dayNote(String shown, String clean, Instant at, ZonedDateTime here) {
        ZonedDateTime then = at.atZone(here.getZone());
        String tonight = TonightTimes.note(shown, dayFirst(clean), then);
        if (!tonight.isEmpty()) {
            return tonight;
        }
        if (SPAN.matcher(clean).find()) {
            return shown + " is " + SPAN_DAY.format(then).replace(", ", " at ") + " ("
                    + TimeZones.label(here.getZone()) + ").";
        }
        if (namedWeekday(clean).filter(day -> day == here.getDayOfWeek()).isPresent()) {
            // today's weekday: today when a part of the day still to come was named, else next week's
            return shown + (then.toLocalDate().equals(here.toLocalDate())
                    ? " is today, " + SPAN_DAY.format(then).replace(", ", " at ")
                    : " is next week's " + NEXT_WEEKS_DAY.format(then)) + " (" + TimeZones.label(here.getZone()) + ").";
        }
        return "";
    }

    /**
     * One or two forms that fit what was typed, for a time that has passed: "tomorrow" at the same time, "in 2h", or
     * the same day of a year to come for a whole date.
     */
    private static String passedHint(String clean, Instant at, ZonedDateTime here) {
        if (AmountFromNow.is(clean)) {
            return AmountFromNow.AHEAD;
        }
        ZonedDateTime then = at.atZone(here.getZone());
        String time = timeAsWritten(dayFirst(clean), then.toLocalTime());
        if (DATE.matcher(clean).matches() && then.toLocalDate().isBefore(here.toLocalDate().minusDays(1))) {
            java.time.MonthDay day = java.time.MonthDay.from(then);
            LocalDate next = day.atYear(here.getYear());
            if (!next.isAfter(here.toLocalDate())) {
                next = day.atYear(here.getYear() + 1);
            }
            return "`" + next + time + "`";
        }
        Matcher last = LAST.matcher(dayFirst(clean));
        String day = last.matches() ? coming(last.group(1)) : "tomorrow";
        return "`" + day + time + "`" + (then.toLocalDate().equals(here.toLocalDate()) ? " or `in 2h`" : "");
    }

    /** A day and the group of the hour written after it, in the order {@link #read} tries them. */
    private static final List<Map.Entry<Pattern, Integer>> DAY_AND_TIME = List.of(Map.entry(AMOUNT_AT, 2),
            Map.entry(MONTH_DAY, 4),
            Map.entry(DAY_MONTH, 4), Map.entry(NUMERIC, 4), Map.entry(DATE, 2), Map.entry(LAST, 2), Map.entry(DAY, 3));

    /**
     * {@code time}, as the member wrote it after a day, for the same time another day: " 9am" for "yesterday 9am",
     * " 17:00" for "yesterday 17:00"; empty for a day named alone ("yesterday"), which is 09:00 either way.
     */
    private static String timeAsWritten(String clean, LocalTime time) {
        for (Map.Entry<Pattern, Integer> form : DAY_AND_TIME) {
            Matcher m = form.getKey().matcher(clean);
            if (m.matches()) {
                String half = m.group(form.getValue() + 2);
                if (m.group(form.getValue()) == null && time.equals(DEFAULT_TIME)) {
                    return "";
                }
                return half == null ? " " + time : " " + twelveHour(time);
            }
        }
        return time.equals(DEFAULT_TIME) ? "" : " " + time;
    }

    private static final java.time.format.DateTimeFormatter TWELVE_HOUR =
            java.time.format.DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH);

    /** 09:00 as "9am", 17:30 as "5:30pm", as members write a time with am or pm. */
    static String twelveHour(LocalTime time) {
        return TWELVE_HOUR.format(time).toLowerCase(Locale.ROOT).replace(":00", "");
    }

    /** A month's name, as "Dec 1" and "1 December" write it. */
    private static final Pattern MONTH_NAMED = Pattern.compile("\\b" + MONTH_WORD + "(?=\\s|\\d|$)");
    private static final Pattern WEEKDAY_NAMED = Pattern.compile("\\b(?:next|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
            + "|[a-z]+day)\\b");

    /**
     * The few forms closest to what was typed and could not be read: durations for "in ..." (or "10 days"), dates for
     * a "/" or a month's name, days for a weekday or "next ...", clock times for digits with a colon; else a few of
     * each kind.
     */
    private static String nearestForms(String clean, LocalDate today) {
        if (AmountFromNow.meant(clean)) {
            return AmountFromNow.FORMS;
        }
        if (clean.contains("/") || clean.matches("\\d{4}-.*") || MONTH_NAMED.matcher(clean).find()) {
            return dateForms(today);
        }
        if (WEEKDAY_NAMED.matcher(clean.replaceAll("\\b(?:to|yester|some|every|any)day\\b", "")).find()) {
            return "`friday`, `next friday 14:00`, `tomorrow 9am`, `next week`";
        }
        if (clean.matches(".*\\d.*:.*")) {
            return "`3pm`, `14:00`, `tomorrow 9:30`";
        }
        return "`in 3 days`, `tomorrow 9am`, `next friday 14:00`, `" + SHORT_DAY.format(exampleDay(today)) + "`";
    }

    /** "now", "right now", "asap": the moment itself, which a reminder cannot come at. */
    private static final Pattern NOW = Pattern.compile("(?:(?:right )?now|asap)\\W*");

    /** Where a member sees every way to write a time: the `when` of /remind, given as {@code ?}. */
    static final String ALL_FORMS = "(`when:?` lists every way to write it)";

    private static boolean fits(Instant at, Instant now) {
        return at != null && at.isAfter(now) && !at.isAfter(now.plus(MAX_AHEAD));
    }

    /** The text in lower case, its spaces single. */
    private static String normal(String text) {
        return text == null ? "" : Spacing.tidied(text.toLowerCase(Locale.ROOT));
    }

    /**
     * A clock time written with another separator than the colon: "14;30" (a semicolon, next to the colon on phone
     * keyboards), "14,30", "14h30" (as much of Europe writes it). The dot has its own reading ("9.30" may be a day).
     */
    private static final Pattern OTHER_SEPARATOR = Pattern.compile("(?<!\\d)(\\d{1,2})[;,h](\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    /** {@code text} with a clock time written with another separator written with a colon; a duration as it is. */
    private static String withColon(String text) {
        // "in 1,25 hours" is a part of an hour, no clock time
        return AmountFromNow.is(normal(text)) ? text : OTHER_SEPARATOR.matcher(text).replaceAll("$1:$2");
    }

    /**
     * "24:00", the end of a day, is midnight, as {@link ClockTime#read} takes it: alone the coming one, after a day a
     * question (the night before that day, or the one after it?).
     */
    private static final Pattern END_OF_DAY = Pattern.compile("\\b24[:.]00\\b(?!\\s*[ap]\\.?m?\\b)");

    private static String clean(String text) {
        // "this evening" (with an hour or not) is tonight; "tomorrow morning", "friday night": the times of the day
        // members name, as the buttons under a reminder do ("Tomorrow morning": 09:00)
        // "friday, 5pm", "friday @ 5pm": a comma between a day and its time, or "@" for "at", read without them
        String clean = withColon(normal(text).replaceAll(",(?=\\s)", "").replaceAll("\\s*@\\s*(?=\\d)", " at ")
                .strip()).replaceAll("^this (?:" + PartOfDay.EVENING.words + ")\\b", "tonight")
                .replaceAll("^this (" + PartOfDay.MORNING.words + "|" + PartOfDay.AFTERNOON.words + ")", "today $1")
                // "on friday", "on Dec 1": the day itself; "this friday": the coming one, as "friday" is
                .replaceAll("^on ", "").replaceAll(THIS_WEEKDAY, "");
        Matcher bare24 = BARE_24.matcher(clean);
        if (bare24.matches()) {
            clean = bare24.group(1) + "24:00" + bare24.group(2);
        }
        clean = END_OF_DAY.matcher(clean).replaceAll("midnight");
        clean = PART_AND_HOUR.matcher(clean).replaceAll(WhenParser::partAndHour);
        for (PartOfDay part : PartOfDay.values()) {
            clean = clean.replaceAll("\\b(?:in the )?(?:" + part.words + ")\\b", twelveHour(part.remindAt));
        }
        if (clean.contains("tonight")) {
            // "tonight noon" is noon, no part of tonight (see TonightTimes#refuseDaytime), where "tonight 12:00" is
            // the midnight that ends it
            clean = clean.replaceAll("\\b(?:noon|midday)\\b", "12pm");
        }
        return ClockTime.inDigits(clean);
    }

    /** "morning 10", "afternoon at 3:30", "evening 8", "morning 10am", "afternoon 15:00": a part of a day, a time. */
    private static final Pattern PART_AND_HOUR = Pattern.compile("\\b(?:in the )?(" + PartOfDay.WORDS + ")\\s+"
            + "(?:at\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(am|pm|a|p))?(?![\\d/.:])");

    /**
     * A part of a day and the hour after it, as a person means it: morning 10 is 10:00 (morning 12, noon), afternoon
     * 3 is 15:00, evening or night 8 is 20:00; an hour with am/pm, or on a 24-hour clock, stands as written. An
     * evening or a night ends at midnight here: "tomorrow night 1am" (that night's, or the morning before it?) is left
     * as it is, unread, as is an hour that is no time.
     */
    private static String partAndHour(java.util.regex.MatchResult m) {
        int hour = Integer.parseInt(m.group(2));
        boolean written = m.group(4) != null || hour == 0 || hour > 12;
        PartOfDay part = PartOfDay.of(m.group(1)).orElseThrow();
        String half = written ? m.group(4) : part == PartOfDay.MORNING && hour != 12 ? "am" : "pm";
        LocalTime time = time(m.group(2), m.group(3), half);
        if (time == null || part == PartOfDay.EVENING && time.isBefore(part.begins)) {
            return Matcher.quoteReplacement(m.group());
        }
        return m.group(2) + (m.group(3) == null ? "" : ":" + m.group(3)) + (half == null ? "" : half);
    }

    /** "friday evening", "on fri in the morning": a weekday and a part of its day. */
    private static final Pattern WEEKDAY_PART = Pattern.compile("(?:on |this )?([a-z]+) (?:in the )?("
            + PartOfDay.WORDS + ")");

    /**
     * Today's weekday, named without "next", with a time still to come today: that time today ("friday 7pm" said on a
     * Friday before 19:00, "friday evening" said before the evening begins); null otherwise (a weekday is the next one
     * after today).
     */
    private static Instant todaysWeekday(String text, String clean, ZonedDateTime here) {
        Matcher m = DAY.matcher(dayFirst(clean).replaceFirst("^on ", ""));
        if (!m.matches() || m.group(3) == null || !m.group(1).equals(m.group(2))
                || WEEKDAYS.get(m.group(2)) != here.getDayOfWeek()) {
            return null;
        }
        Instant at = at(here.toLocalDate(), m, 3, here);
        if (at == null) {
            return null;
        }
        // a part of the day ("evening", read as 19:00) is still to come until it begins; a clock time until it strikes
        Matcher part = WEEKDAY_PART.matcher(normal(text));
        LocalTime until = part.matches() ? PartOfDay.of(part.group(2)).orElseThrow().begins
                : at.atZone(here.getZone()).toLocalTime();
        return here.toLocalTime().isBefore(until) ? at : null;
    }

    private static final Pattern WORD_NOT_AFTER_NEXT = Pattern.compile("(?<!next )\\b([a-z]+)\\b");

    /** The weekday named without "next" before it ("friday", "9am fri"), if any. */
    private static java.util.Optional<DayOfWeek> namedWeekday(String clean) {
        Matcher m = WORD_NOT_AFTER_NEXT.matcher(clean);
        while (m.find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1));
            if (day != null) {
                return java.util.Optional.of(day);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * {@code at}, read from {@code clean} (the member's {@code text}, cleaned), when it is ahead and within a year;
     * a friendly {@link UserError} otherwise.
     */
    private Instant check(String text, String clean, Instant at, Instant now, ZoneId zone) {
        // "9 tomorrow" asks as "tomorrow 9" does
        Matcher bare = BARE_HOUR.matcher(dayFirst(clean));
        Matcher yesterday = YESTERDAY_AT.matcher(dayFirst(clean));
        if (at == null && yesterday.matches()) {
            // "yesterday 9": morning and evening alike have passed, so there is nothing to ask
            throw passedYesterday(yesterday.group(1) != null ? yesterday.group(1) : "midnight");
        }
        Matcher lastNight = LAST_NIGHT.matcher(normal(text));
        if (at == null && lastNight.matches()) {
            throw new UserError("That time has already passed (last " + lastNight.group(1) + "). Pick one ahead, like "
                    + "`tonight` or `tomorrow night` " + ALL_FORMS + ".");
        }
        Matcher lastMidnight = LAST_MIDNIGHT.matcher(clean);
        if (at == null && lastMidnight.matches()) {
            // "last friday midnight": its start and its end alike have passed, as "yesterday midnight"'s have
            String word = lastMidnight.group(1) != null ? lastMidnight.group(1) : lastMidnight.group(2);
            if (lastDay(word, now.atZone(zone).toLocalDate()) != null) {
                String ahead = coming(word);
                throw passedMidnight("last " + word, "`" + ahead + " 0:00` or `" + ahead + " 23:59`");
            }
        }
        Matcher last = LAST_AT.matcher(dayFirst(clean));
        if (at == null && last.matches() && lastDay(last.group(2), now.atZone(zone).toLocalDate()) != null) {
            // "last friday 9": as "yesterday 9", gone morning and evening alike
            throw passedOnDay(last.group(1), coming(last.group(2)) + " ", Integer.parseInt(last.group(3)));
        }
        if (at == null && bare.matches() && ClockTime.morningOrEvening(bare.group(2)).isPresent()) {
            // "tomorrow 9": which 9 is a question only the member can answer
            throw morningOrEvening(text, bare.group(1) == null ? "" : bare.group(1), Integer.parseInt(bare.group(2)),
                    now.atZone(zone));
        }
        Matcher midnight = MIDNIGHT_AFTER.matcher(clean);
        if (at == null && midnight.matches()) {
            // "tomorrow midnight": the night before tomorrow to some, the night after it to others
            String day = midnight.group(1) != null ? midnight.group(1) : midnight.group(2);
            throw new UserError("Does " + quoted(text) + " mean the start of "
                    + "that day or its end? Write `" + day + " 0:00` for the start, or `" + day + " 23:59` for the "
                    + "end.");
        }
        if (at == null && NOW.matcher(clean).matches()) {
            throw new UserError("A reminder needs a time ahead of now. For one soon, write `in 10 minutes` "
                    + ALL_FORMS + ".");
        }
        if (at == null && clean.matches("\\?+|help")) {
            LocalDate today = now.atZone(zone).toLocalDate();
            throw new UserError("Here are the ways I understand when to remind you: " + forms(today) + ", and `end of "
                    + "the week`, `end of the month`, `this weekend`, `next weekend`, `tomorrow morning`, `friday "
                    + "evening`, `" + SHORT_DAY.format(exampleDay(today)) + " 9am`.");
        }
        if (at == null) {
            throw new UserError((text == null || text.isBlank() ? "Tell me when to remind you. "
                    : "I couldn't read " + quoted(text) + " as a time. ")
                    + "Write it like " + nearestForms(clean, now.atZone(zone).toLocalDate()) + " " + ALL_FORMS + ".");
        }
        if (!at.isAfter(now)) {
            throw new UserError("That time has already passed (" + TimeMarkup.both(at) + "). Pick one ahead, like "
                    + passedHint(clean, at, now.atZone(zone)) + " " + ALL_FORMS + ".");
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw new UserError(upToAYear(now.atZone(zone)));
        }
        return at;
    }

    /**
     * "yesterday 9" (its morning and its evening) or "yesterday midnight" (its start and its end): gone either way,
     * refused as a passed time is, with the same hour ahead.
     */
    private static UserError passedYesterday(String time) {
        if (time.equals("midnight")) {
            return passedMidnight("yesterday", "`tonight midnight`");
        }
        return passedOnDay("yesterday", "tomorrow ", Integer.parseInt(time));
    }

    /** Midnight of {@code day} gone by, its start or its end alike: refused, with {@code ahead} to write instead. */
    private static UserError passedMidnight(String day, String ahead) {
        return new UserError("That time has already passed (" + day + " at midnight, its start or its end). Pick one "
                + "ahead, like " + ahead + " " + ALL_FORMS + ".");
    }

    /** "{@code day} {@code hour}" gone by, morning or evening alike: refused, with {@code ahead}'s two to write. */
    private static UserError passedOnDay(String day, String ahead, int hour) {
        return new UserError("That time has already passed (" + day + " at " + hour + ", morning or evening). Pick "
                + "one ahead, like `" + ahead + hour + "am` or `" + ahead + hour + "pm` " + ALL_FORMS + ".");
    }

    /** {@code clean} with a time written before its day after it: "9 tomorrow" is "tomorrow 9". */
    static String dayFirst(String clean) {
        Matcher timeFirst = TIME_FIRST.matcher(clean);
        return timeFirst.matches() ? timeFirst.group(2) + " " + timeFirst.group(1) : clean;
    }

    /**
     * How far a reminder can go, with a date form that fits whatever was typed: the day before the same day next
     * year, at 09:00.
     */
    private static String upToAYear(ZonedDateTime here) {
        LocalDate lastDay = here.toLocalDate().plusYears(1).minusDays(1);
        return "I can keep a reminder for up to a year ahead, until " + TimeMarkup.full(here.toInstant().plus(
                MAX_AHEAD)) + ". Pick a nearer time, like `in 3 days`, or a date before then, like `"
                + WITH_YEAR.format(lastDay) + "` " + ALL_FORMS + ".";
    }

    private static Instant read(String text, ZonedDateTime here) {
        java.util.Optional<AmountFromNow> amount = AmountFromNow.of(text);
        if (amount.isPresent()) {
            return amount.get().from(here);
        }
        LocalDate today = here.toLocalDate();
        Matcher m = AMOUNT_AT.matcher(text);
        if (m.matches()) {
            return at(AmountFromNow.day(m.group(1), here), m, 2, here);
        }
        m = NEXT_WEEK.matcher(text);
        if (m.matches()) {
            return at(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), m, 1, here);
        }
        m = END_OF_WEEK.matcher(text);
        if (m.matches()) {
            // this week's Friday (next week's once it has passed, or with "next")
            LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            if (today.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                friday = today.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
            }
            Instant at = at(m.group(1) != null ? friday.plusWeeks(1) : friday, m, 2, here);
            return at != null && m.group(1) == null && !at.isAfter(here.toInstant())
                    ? at(friday.plusWeeks(1), m, 2, here) : at;
        }
        m = END_OF_MONTH.matcher(text);
        if (m.matches()) {
            LocalDate last = today.with(TemporalAdjusters.lastDayOfMonth());
            Instant at = at(m.group(1) != null ? last.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()) : last,
                    m, 2, here);
            return at != null && m.group(1) == null && !at.isAfter(here.toInstant())
                    ? at(last.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()), m, 2, here) : at;
        }
        m = WEEKEND.matcher(text);
        if (m.matches()) {
            // the Saturday of this weekend, or its Sunday when Saturday's time has passed; then the next one
            LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
                    : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            for (LocalDate d : List.of(saturday, saturday.plusDays(1), saturday.plusWeeks(1))) {
                Instant at = at(d, m, 1, here);
                if (at == null || at.isAfter(here.toInstant())) {
                    return at;
                }
            }
        }
        m = NEXT_WEEKEND.matcher(text);
        if (m.matches()) {
            // the coming Saturday (next week's, said at the weekend); the one after is offered too
            return at(today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)), m, 1, here);
        }
        m = NEXT_MONTH.matcher(text);
        if (m.matches()) {
            // as "next week" is its Monday, "next month" is its first day
            return at(today.plusMonths(1).withDayOfMonth(1), m, 1, here);
        }
        if (TonightTimes.is(text)) {
            return TonightTimes.read(text, here);
        }
        m = CLOCK.matcher(text);
        if (m.matches()) {
            LocalTime time = time(m.group(1), m.group(2), m.group(3));
            if (time == null) {
                return null;
            }
            ZonedDateTime at = local(today, time, here);
            return (at.isAfter(here) ? at : local(today.plusDays(1), time, here)).toInstant();
        }
        m = MONTH_DAY.matcher(text);
        if (m.matches()) {
            return namedDay(Integer.parseInt(m.group(2)), month(m.group(1)), m, here);
        }
        m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            return namedDay(Integer.parseInt(m.group(1)), month(m.group(2)), m, here);
        }
        m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return at(LocalDate.parse(m.group(1)), m, 2, here);
            } catch (DateTimeException e) {
                if (m.group(1).endsWith("-02-29")) {
                    throw noLeapDay(Integer.valueOf(m.group(1).substring(0, 4)), here);
                }
                return null;
            }
        }
        m = LAST.matcher(text);
        if (m.matches()) {
            // read, to be told it has passed
            LocalDate day = lastDay(m.group(1), today);
            return day == null ? null : at(day, m, 2, here);
        }
        m = DAY.matcher(text);
        if (m.matches()) {
            if (m.group(1).equals("today")) {
                return at(today, m, 3, here);
            }
            if (m.group(1).equals("tomorrow")) {
                return at(today.plusDays(1), m, 3, here);
            }
            if (m.group(1).equals("yesterday")) {
                // read, to be told it has passed
                return at(today.minusDays(1), m, 3, here);
            }
            DayOfWeek day = WEEKDAYS.get(m.group(2));
            return day == null ? null : at(today.with(TemporalAdjusters.next(day)), m, 3, here);
        }
        m = TIME_FIRST.matcher(text);
        if (m.matches()) {
            // "noon tomorrow", "9am friday": the same as "tomorrow noon", "friday 9am"
            return read(m.group(2) + " " + m.group(1), here);
        }
        return null;
    }

    /** The day "last {@code word}" names, seen from {@code today}; null when it names none ("last xyz"). */
    private static LocalDate lastDay(String word, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (word) {
            case "week" -> monday.minusWeeks(1);
            case "month" -> today.minusMonths(1).withDayOfMonth(1);
            case "weekend" -> monday.minusDays(2);
            default -> WEEKDAYS.containsKey(word) ? today.with(TemporalAdjusters.previous(WEEKDAYS.get(word))) : null;
        };
    }

    /** What to write for the coming one of "last {@code word}": `friday` for "last fri", `next week` for "last week". */
    private static String coming(String word) {
        return COMING.containsKey(word) ? COMING.get(word) : WEEKDAYS.get(word).getDisplayName(
                java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    /**
     * 29 February that is no day: in a year written without one ("Feb 29 2027"), or, written without a year, when
     * the next one is more than a year away; said plainly, with the days around it to write instead.
     */
    private static UserError noLeapDay(Integer year, ZonedDateTime here) {
        if (year != null) {
            // only the days around it that a reminder can still be set for: not passed, not more than a year ahead
            String noDay = year + " has no 29 February: only leap years have one";
            List<String> around = java.util.stream.Stream.of(LocalDate.of(year, 2, 28), LocalDate.of(year, 3, 1))
                    .filter(d -> fits(ZonedDateTime.of(d, DEFAULT_TIME, here.getZone()).toInstant(), here.toInstant()))
                    .map(d -> "`" + WITH_YEAR.format(d) + "`").toList();
            if (!around.isEmpty()) {
                return new UserError(noDay + ". Write " + String.join(" or ", around) + " instead.");
            }
            if (year > here.getYear()) {
                return new UserError(noDay + ", and it is more than a year away. " + upToAYear(here));
            }
            return new UserError(noDay + ", and that February has passed. Write `" + WITH_YEAR.format(
                    nextAhead(java.time.MonthDay.of(2, 28), here)) + "` or `" + WITH_YEAR.format(
                    nextAhead(java.time.MonthDay.of(3, 1), here)) + "` instead.");
        }
        int next = here.getYear() + 1;
        while (!java.time.Year.isLeap(next)) {
            next++;
        }
        return new UserError("29 February comes only in leap years, and the next one, in " + next + ", is more "
                + "than a year away. Write `" + written(nextAhead(java.time.MonthDay.of(2, 28), here), here) + "` or `"
                + written(nextAhead(java.time.MonthDay.of(3, 1), here), here) + "` instead.");
    }

    /** The next {@code day} still ahead at 09:00: this year's, or next year's once it has come. */
    private static LocalDate nextAhead(java.time.MonthDay day, ZonedDateTime here) {
        LocalDate date = day.atYear(here.getYear());
        return ZonedDateTime.of(date, DEFAULT_TIME, here.getZone()).isAfter(here) ? date
                : day.atYear(here.getYear() + 1);
    }

    /**
     * {@code date}, this year's or next year's, written as a member would write it to be read as that day: "Feb 28",
     * or "Feb 28 2027" while this year's has just passed (see {@link #RECENT_MONTHS}), when "Feb 28" alone would be
     * refused.
     */
    private static String written(LocalDate date, ZonedDateTime here) {
        boolean justPassed = date.getYear() > here.getYear()
                && date.withYear(here.getYear()).isAfter(here.toLocalDate().minusMonths(RECENT_MONTHS));
        return (justPassed ? WITH_YEAR : SHORT_DAY).format(date);
    }

    /**
     * "tomorrow 9": is it the morning or the evening? Only what is still ahead is offered: on a day whose morning has
     * passed, its evening or tomorrow morning; on a day gone by, the next one (with the other reading of "12/01"); a
     * time too far ahead is refused as such.
     */
    private UserError morningOrEvening(String text, String day, int hour, ZonedDateTime here) {
        String ask = "Is " + quoted(text) + " in the morning or the evening? ";
        boolean morning = reads(day + hour + "am", here.getZone());
        boolean evening = reads(day + hour + "pm", here.getZone());
        if (morning && evening) {
            return new UserError(ask + "Write " + amOrPm(day, hour) + ".");
        }
        String pm = "`" + day + hour + "pm` (or `" + day + (hour == 12 ? 12 : hour + 12) + ":00`)";
        When passed = readAnyway(day + hour + "am", here);
        if (passed.at() == null || passed.at().isAfter(here.toInstant())) {
            // the evening's is too far ahead (the morning's still in reach), or neither can be set: the refusal the
            // evening's gets says why and what to write
            if (morning) {
                return new UserError(ask + "Write `" + day + hour + "am`: its evening is more than a year ahead.");
            }
            try {
                read(day + hour + "pm", here.getZone());
            } catch (UserError e) {
                return e;
            }
            return new UserError(ask + "Write " + pm + ".");
        }
        LocalDate date = passed.at().atZone(here.getZone()).toLocalDate();
        if (date.equals(here.toLocalDate())) {
            return new UserError(ask + (evening ? passed.at().atZone(here.getZone()).toLocalTime() + " today has "
                    + "passed: write " + pm + ", or `tomorrow " + hour + "am` for tomorrow's."
                    : "Both have passed today: write " + amOrPm("tomorrow ", hour) + "."));
        }
        // a day gone by: the next one, and the other reading of a date in digits when that is ahead
        LocalDate next = date.withYear(here.getYear());
        next = next.isAfter(here.toLocalDate()) ? next : next.plusYears(1);
        String nextDay = WITH_YEAR.format(next) + " ";
        StringBuilder reply = new StringBuilder(ask + "Either way, " + LONG_DAY.format(date)
                + (day.matches(".*\\d{4}.*") ? " " + date.getYear() + " has passed." : " has passed this year."));
        int offered = reply.length();
        if (reads(nextDay + hour + "am", here.getZone())) {
            reply.append(" If you meant ").append(next.getYear() == here.getYear() ? "this" : "next")
                    .append(" year's, write ").append(amOrPm(nextDay, hour)).append(".");
        }
        for (Instant other : passed.others()) {
            ZonedDateTime then = other.atZone(here.getZone());
            if (reads(SHORT_DAY.format(then) + " " + hour + "am", here.getZone())) {
                reply.append(" If you meant ").append(LONG_DAY.format(then)).append(", write ")
                        .append(amOrPm(SHORT_DAY.format(then) + " ", hour)).append(".");
            }
        }
        if (reply.length() == offered) {
            reply.append(" Pick a day ahead, like ").append(amOrPm("tomorrow ", hour)).append(" ").append(ALL_FORMS)
                    .append(".");
        }
        return new UserError(reply.toString());
    }

    /** "`tomorrow 9am` or `tomorrow 9pm` (or `tomorrow 21:00`)". */
    private static String amOrPm(String day, int hour) {
        return "`" + day + hour + "am` or `" + day + hour + "pm` (or `" + day + (hour == 12 ? 12 : hour + 12) + ":00`)";
    }

    /** True when {@code text} is read as a time ahead, within a year: one the bot may suggest. */
    private boolean reads(String text, ZoneId zone) {
        try {
            read(text, zone);
            return true;
        } catch (UserError e) {
            return false;
        }
    }

    /** What {@code clean} names even when it has passed ("dec 1 9am" on 2 December), with a date's other readings. */
    private static When readAnyway(String clean, ZonedDateTime here) {
        Matcher numeric = NUMERIC.matcher(clean);
        if (numeric.matches()) {
            return numeric(numeric, here, here.toInstant());
        }
        try {
            return new When(read(clean, here), List.of());
        } catch (UserError e) {
            return new When(null, List.of());
        }
    }

    /**
     * A day named with its month's name ("Dec 1", "1 December"), its year in group 3 and its time from group 4 of
     * {@code m}: 29 February that is no day is refused plainly (a day passed this year, by {@link #refuseIfPassed}).
     */
    private static Instant namedDay(int day, int month, Matcher m, ZonedDateTime here) {
        Instant at = dayOf(day, month, year(m.group(3)), m, 4, here);
        if (at == null && leapDay(day, month)) {
            throw noLeapDay(year(m.group(3)), here);
        }
        return at;
    }

    /**
     * A day named with its month's name and no year ("Dec 1", "3pm 30 November") that has just passed: refused, with
     * how to write next year's (see {@link #refuseIfPassedThisYear}).
     */
    private static void refuseIfPassed(String clean, Instant at, ZonedDateTime here) {
        for (String form : List.of(clean, dayFirst(clean))) {
            for (Pattern named : List.of(MONTH_DAY, DAY_MONTH)) {
                Matcher m = named.matcher(form);
                if (m.matches()) {
                    if (m.group(3) == null) {
                        refuseIfPassedThisYear(at, List.of(), here);
                    }
                    return;
                }
            }
        }
    }

    private static boolean leapDay(int day, int month) {
        return day == 29 && month == 2;
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3)) + 1;
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    /**
     * The day (in {@code year}, else the next one to come: this year, or next when its day has passed) at the time in
     * groups {@code first..first+2}; null when there is no such day.
     */
    private static Instant dayOf(int day, int month, Integer year, Matcher m, int first, ZonedDateTime here) {
        try {
            if (year == null && leapDay(day, month) && !java.time.Year.isLeap(here.getYear())) {
                // "Feb 29" said in a year without one: the next one, when it is within a year
                int next = here.getYear() + 1;
                Instant at = java.time.Year.isLeap(next) ? at(LocalDate.of(next, 2, 29), m, first, here) : null;
                return at != null && !at.isAfter(here.toInstant().plus(MAX_AHEAD)) ? at : null;
            }
            LocalDate date = LocalDate.of(year != null ? year : here.getYear(), month, day);
            Instant at = at(date, m, first, here);
            // today's date is today, and a day of the last months has just passed: refused as passed, not kept for a
            // year on; a day further back is next year's
            if (year == null && at != null && !at.isAfter(here.toInstant()) && !date.equals(here.toLocalDate())
                    && !date.isAfter(here.toLocalDate().minusMonths(RECENT_MONTHS))) {
                at = at(LocalDate.of(here.getYear() + 1, month, day), m, first, here);
            }
            return at;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day at the time in groups {@code first..first+2} (hour, minute, am/pm), or 9:00 when none was given. */
    private static Instant at(LocalDate day, Matcher m, int first, ZonedDateTime here) {
        LocalTime time = m.group(first) == null ? DEFAULT_TIME
                : time(m.group(first), m.group(first + 1), m.group(first + 2));
        return time == null ? null : local(day, time, here).toInstant();
    }

    /**
     * {@code time} on {@code day}: one the clocks skip moves on by the change (02:30 is 03:30 when they go forward at
     * 02:00); one they show twice is the first, or the second when the first has passed and it has not.
     */
    static ZonedDateTime local(LocalDate day, LocalTime time, ZonedDateTime here) {
        ZonedDateTime first = ZonedDateTime.of(day, time, here.getZone());
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        return !first.isAfter(here) && second.isAfter(here) ? second : first;
    }

    /**
     * "9" + "pm", "14" + "30"; an hour alone that may be the morning's or the evening's ("9") is asked about
     * ({@link ClockTime#morningOrEvening}), while 0, 13 to 23 and "09" can only be on a 24-hour clock ("tomorrow 13"
     * is 13:00).
     */
    static LocalTime time(String hourText, String minuteText, String half) {
        if (minuteText == null && half == null && ClockTime.morningOrEvening(hourText).isPresent()) {
            return null;
        }
        return ClockTime.of(Integer.parseInt(hourText), minuteText == null ? 0 : Integer.parseInt(minuteText), half)
                .orElse(null);
    }
}
