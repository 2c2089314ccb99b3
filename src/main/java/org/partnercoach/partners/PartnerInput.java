package org.partnercoach.partners;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.partnercoach.chat.ClockTime;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.PartOfDay;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Spacing;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.Walks;
import org.partnercoach.settings.TimeZones;

/** Cleans what members type about partners and refuses, kindly, what does not fit. */
final class PartnerInput {

    static final int MAX_NAME = 100;
    /**
     * The version of {@link #keyOf} and of what is kept with each key: raise it with any change to what makes two
     * names the same, and the next start brings every stored key up to the new rule ({@link PartnerStore#rekey}).
     * Rule 2 is rule 1's keys with their suffixes ({@link NameSuffixes}, V39), written for every partner once; rule 3
     * reads a phone's curly apostrophes and quotes and a word processor's dashes as the keyboard's ' " and -
     * ({@link #keyboard}); rule 4 leaves out the sentence's punctuation at the end ({@link #TRAILING}); rule 5 keeps
     * each key's {@linkplain #letters letters} beside it (V59); rule 6 leaves the accents out of those letters, and
     * adds the suffixes of each key without its accents ({@link NameSuffixes#of}); rule 7 leaves a leading "the" out of
     * the letters and reads "&" in them as "and"; rule 8 leaves out every {@linkplain Shown#hidden hidden} character
     * (the Hangul fillers too, letters that show as a blank), where rule 1 left out the format characters.
     */
    static final int KEY_RULE = 8;
    static final int MAX_CONTACT = 200;
    static final int MAX_NOTES = 1000;
    static final int MAX_TOUCHPOINT = 1000;
    static final int MAX_REASON = 1000;
    static final int MAX_CADENCE_DAYS = 365;
    /** The oldest touchpoint worth a date of its own; older history belongs in the notes. */
    static final int MAX_YEARS_BACK = 5;
    /** Typed as a value for contact or notes in {@code /partner edit}: clears it. */
    static final String CLEAR = "-";

    /**
     * What ends a sentence or a clause, typed after a name ("Food Bank.", "Food Bank!", "Food Bank,"): not part of it.
     * Only at the end, so "A.B.C." is "a.b.c", still apart from "ABC".
     */
    private static final String TRAILING = ".!?,;: ";
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** "3 days ago", "3d", "a week ago", "2 weeks ago", "a month ago", "a year ago". */
    private static final Pattern AGO = Pattern.compile("(\\d+|an?|one)\\s*(d|days?|w|wks?|weeks?|fortnights?|months?"
            + "|years?)\\s*(ago)?");
    /** "in 2 days", "in an hour", "next week", "next friday": days still to come, never a touchpoint's. */
    private static final Pattern TO_COME = Pattern.compile("in\\s+(?:\\d+|an?|one|(?:a )?few|(?:a )?couple(?: of)?)\\s*"
            + "(?:d|days?|w|wks?|weeks?|fortnights?|months?|years?|h|hrs?|hours?|mins?|minutes?)|next\\s+\\w+");
    /** A time of day: "9am", "5 p.m.", "17:00", "at 10", "noon", "in the morning". A bare number only after "at". */
    private static final String TIME = "(?:(?:at|around|about)\\s+)?(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m?\\.?"
            + "|\\d{1,2}:\\d{2}|noon|midday|midnight|lunch(?:time)?|(?:in the\\s+)?(?:" + PartOfDay.WORDS + ")"
            + "|(?<=at\\s)\\d{1,2})";
    /**
     * A time of day after the day ("today 9am", "yesterday at 5pm", "monday morning", "friday, 3 p.m.") or before it
     * ("5pm yesterday"): a touchpoint keeps its day, so the time is read and left out ("Nov 20" stays a day).
     */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(.*?)(?:^|[\\s,]+)" + TIME);
    private static final Pattern TIME_FIRST = Pattern.compile(TIME + "[\\s,]+(.+)");
    /** "on friday", "on Feb 20": the day, as a sentence puts it. */
    private static final Pattern ON = Pattern.compile("^on\\s+");
    /** Words for a stretch of days, read as the day that long ago: the reply says which day that was. */
    private static final Map<String, String> ROUGHLY = Map.of(
            "last week", "a week ago", "last month", "a month ago");
    /** "2 hours ago", "an hour ago", "3h ago", "45 minutes ago", "a few hours ago": a moment earlier, by the clock. */
    private static final Pattern HOURS_AGO = Pattern.compile("(\\d+|an?|one|(?:a )?few|(?:a )?couple(?: of)?)"
            + "\\s*(h|hrs?|hours?|mins?|minutes?)\\s*(ago)?");
    /**
     * Words for a time today, each with when it begins, looking back ({@link PartOfDay#beganLookingBack}): a contact
     * "this afternoon" or "tonight" has happened once the afternoon (12:00) or the evening (17:00, as for
     * {@code /remind}) has begun; "this morning" and "earlier" any time today. "last night" is yesterday's evening.
     */
    private static final Map<String, LocalTime> PARTS_OF_TODAY = Map.of(
            "this morning", PartOfDay.MORNING.beganLookingBack, "this afternoon", PartOfDay.AFTERNOON.beganLookingBack,
            "this evening", PartOfDay.EVENING.beganLookingBack, "tonight", PartOfDay.EVENING.beganLookingBack,
            "earlier today", LocalTime.MIDNIGHT, "earlier", LocalTime.MIDNIGHT);
    /**
     * The times of day said in words ({@link #TIME}) besides the parts of the day ({@link PartOfDay}), each as the
     * earliest time it names: midnight is the one that begins the day.
     */
    private static final Map<String, LocalTime> TIME_WORDS = Map.of(
            "lunch", LocalTime.NOON, "lunchtime", LocalTime.NOON, "noon", LocalTime.NOON, "midday", LocalTime.NOON,
            "midnight", LocalTime.MIDNIGHT);
    /** What may come before a time of day: "at 10", "around noon", "in the evening". */
    private static final Pattern TIME_LEAD = Pattern.compile("^(?:(?:at|around|about)\\s+)?(?:in the\\s+)?");
    /** "24:00": the end of the day, always still to come today. */
    private static final Pattern END_OF_DAY = Pattern.compile("24[:.]00");
    /** "friday" or "last friday": the latest such day before today. */
    private static final Pattern WEEKDAY = Pattern.compile("(?:last\\s+)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
            + "(?:day|nesday|sday|urday)?");
    /**
     * A day by its month's name, as members write it ("Nov 20", "20 November", "Nov. 20th, 2026"); java.time reads the
     * names, once the ordinal's letters, dots and commas are out of the way.
     */
    private static final List<DateTimeFormatter> NAMED_DAYS = Stream.of(
            "MMM d", "MMMM d", "d MMM", "d MMMM", "MMM d uuuu", "MMMM d uuuu", "d MMM uuuu", "d MMMM uuuu")
            // strict, so that "Feb 30" or "31 April" is no day rather than the month's last; a leap year by
            // default, so that "Feb 29" reads
            .map(pattern -> new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(pattern).parseDefaulting(ChronoField.YEAR, 2000)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT))
            .toList();
    /** "12/01", "12.01.", "12/01/2026": a day and a month as numbers, in either order, and maybe a year. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))?\\.?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    /** An ISO date with a day its month may not have ("2026-02-30", which java.time refuses to read). */
    /** The stops that may end a day typed as a sentence ends: "Yesterday.", "friday?", "3 days ago!". */
    private static final Pattern SENTENCE_STOP = Pattern.compile("\\s*[.!?,;:…]+$");
    /** A date written year first with slashes, "2026/02/20", read as its ISO form. */
    private static final Pattern YEAR_FIRST_SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private PartnerInput() {
    }

    /** A partner's name: spaces tidied, 1 to 100 characters. */
    static String name(String raw) {
        return named(raw).text();
    }

    /** {@link #name}, with its key and the key's letters, each worked out once. */
    static PartnerName named(String raw) {
        String name = Spacing.tidied(CONTROL.matcher(raw == null ? "" : raw).replaceAll(""));
        String key = keyOf(name);
        if (name.isEmpty() || key.isEmpty()) {
            throw new UserError("A partner needs a name, and a blank one can't be found on the list. Type it, for "
                    + "example `name:\"Eastside Food Bank\"`. Nothing was changed.");
        }
        if (name.length() > MAX_NAME) {
            throw new UserError("That name is " + Count.charactersLong(name) + "; a partner's name can be at most "
                    + MAX_NAME + ". Try a shorter form of it and put the rest in `notes`.");
        }
        return new PartnerName(name, key, letters(key));
    }

    /**
     * A name given to a partner, by {@code /partner add} or a rename: {@link #name}, with at least one letter or digit,
     * so that members can type it to find the partner ("...", "🍎" alone cannot be typed or told apart). Names kept
     * before this rule are still read with {@link #name}. Nor only mentions ({@code @everyone}, a member, a role), or
     * mentions with a letter or two beside ({@link Walks#answers}): they call people in and name no organization,
     * where an @ among words ("Food @ Home") is part of the name.
     */
    static PartnerName newName(String raw) {
        PartnerName name = named(raw);
        if (name.letters().isEmpty()) {
            throw new UserError("“" + Shown.text(Limits.clip(name.text(), 40)) + "” has no letter or number, and a partner's "
                    + "name needs one so members can find it by typing. Use the organization's name, for example "
                    + "`name:\"Eastside Food Bank\"`; an emoji can go with it (`🍎 Eastside Food Bank`). Nothing was "
                    + "changed.");
        }
        if (!Walks.answers(name.text())) {
            throw new UserError("“" + Shown.text(Limits.clip(name.text(), 40)) + "” only mentions people (such as "
                    + "@everyone or a member), and a partner's name is the organization's name, so members can find it "
                    + "by typing. Type it, for example `name:\"Eastside Food Bank\"`. Nothing "
                    + "was changed.");
        }
        return name;
    }

    /** The combining accents of Latin, Greek and Cyrillic letters, once decomposed (é is e and U+0301). */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036F]+");

    /**
     * A key without the accents of its letters ("clínica esperanza": "clinica esperanza"): what a member types on a
     * keyboard without them. Marks that other scripts write with are kept.
     */
    static String unaccented(String key) {
        if (plain(key)) {
            return key;
        }
        String bare = ACCENTS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(bare, Normalizer.Form.NFC);
    }

    /**
     * A name key's letters and digits alone, in order, without their accents ("st. mary's clinic": "stmarysclinic";
     * "café sol": "cafesol"): two names alike in them differ only in spaces, punctuation and accents, most likely one
     * organization typed two ways. Composed again after the accents are left out (a Korean syllable stays one), and
     * within the column's 100 characters. A leading "the" is left out and "&" read as "and" ("the boys & girls club":
     * "boysandgirlsclub"), unless nothing else is left.
     */
    static String letters(String key) {
        String letters = lettersAndDigits(key);
        if (letters.isEmpty()) {
            return letters; // "&" alone names nothing
        }
        // a leading "the" and "&" for "and" make no other organization: "The Eastside Food Bank", "Boys & Girls Club"
        String words = (key.startsWith("the ") ? key.substring(4) : key).replace("&", " and ");
        String read = lettersAndDigits(words);
        return read.isEmpty() ? letters : read;
    }

    private static String lettersAndDigits(String key) {
        StringBuilder out = new StringBuilder(key.length());
        // decomposed, an accent is a mark of its own, neither letter nor digit
        Normalizer.normalize(key, Normalizer.Form.NFD).codePoints().filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        String letters = Normalizer.normalize(out, Normalizer.Form.NFC);
        if (letters.length() <= MAX_NAME) {
            return letters;
        }
        int end = Character.isHighSurrogate(letters.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
        return letters.substring(0, end);
    }

    /**
     * What makes two names the same partner: case, spacing, invisible characters (zero-width spaces and joiners,
     * soft hyphens, Hangul fillers), look-alike compatibility forms (full-width letters, ligatures) and punctuation at
     * the end ("Food Bank." is "Food Bank") do not count.
     */
    static String nameKey(String name) {
        return named(name).key();
    }

    /**
     * The key of any text: NFKC, case folded, hidden characters ({@link Shown#hidden}) removed, spaces collapsed, the
     * punctuation that ends a sentence or clause left off the end (unless it is all there is); clipped to the column's
     * 100 characters (NFKC can lengthen a name).
     */
    static String keyOf(String text) {
        if (text != null && plain(text)) {
            // printable ASCII with single spaces inside: NFKC and the folding leave it as it is but for the case
            return withoutTrailing(text.toLowerCase(Locale.ROOT));
        }
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        s = s.codePoints().filter(cp -> !Shown.hidden(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        // upper then lower folds the cases that lower alone misses (ß and SS, final sigma)
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = keyboard(s);
        s = withoutTrailing(Spacing.tidied(CONTROL.matcher(s).replaceAll("")));
        return s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    }

    /** {@code key} without {@link #TRAILING} at its end; a name of punctuation alone ("?!") keeps it. */
    private static String withoutTrailing(String key) {
        int end = key.length();
        while (end > 0 && TRAILING.indexOf(key.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 ? key : key.substring(0, end);
    }

    /**
     * {@code s} with the punctuation a phone or a word processor types in place of the keyboard's (iOS and macOS turn
     * ' into ’ as you type) as the keyboard types it: "St. Mary’s Clinic" typed on a phone is "St. Mary's Clinic".
     */
    private static String keyboard(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out.append(switch (ch) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
                case '\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> ch;
            });
        }
        return out.toString();
    }

    /** Printable ASCII, no space at either end or next to another, at most {@link #MAX_NAME} long. */
    private static boolean plain(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_NAME || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch < ' ' || ch > '~' || ch == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Optional free text (contact, notes): trimmed, null when empty, refused when too long. */
    static String optional(String what, String raw, int max) {
        if (raw == null) {
            return null;
        }
        String text = CONTROL.matcher(raw).replaceAll("").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new UserError("What you gave for `" + what + "` is " + Count.charactersLong(text)
                    + "; the most I can keep is " + Count.number(max)
                    + ". Please shorten it and try again. Nothing was changed.");
        }
        return text;
    }

    /** How a refused touchpoint's note says to write it again in {@code /partner log}'s {@code what} option. */
    static final String NOTE_IN_WHAT = "Log it again with what happened, for example "
            + "`what:\"Coffee with their volunteer lead\"`";
    /** How a refused touchpoint's note says to write it again in a reminder's **Log a touchpoint** form. */
    static final String NOTE_IN_FORM = "Press **Log a touchpoint** again and write what happened, for example "
            + "“Coffee with their volunteer lead”";

    /**
     * What a touchpoint was about: required free text with words of its own, as a walk's answer needs ({@link
     * Walks#hasWords}, {@link Walks#answers}): an emoji or "..." alone, or mentions alone ({@code @everyone}), say
     * nothing of the contact, and a mention would call people in where the note is shown again (a channel's
     * reminder). Emoji or a mention among words are fine; hidden characters alone are no note at all. {@code retry}:
     * how to write it again where it was typed ({@link #NOTE_IN_WHAT}, {@link #NOTE_IN_FORM}).
     */
    static String touchpointNote(String raw, String retry) {
        String text = optional("what", raw, MAX_TOUCHPOINT);
        if (Shown.blank(text)) {
            throw new UserError("Tell me a few words about the touchpoint: nothing was logged. " + retry + ".");
        }
        String typed = "“" + Shown.text(Limits.clip(text, 40)) + "”";
        if (!Walks.hasWords(text)) {
            throw new UserError(typed + " has no letter or number, and a touchpoint's note needs words so the "
                    + "coalition can read later what happened: nothing was logged. " + retry + "; an emoji can go "
                    + "with the words (“Lunch 🍎 with the director”).");
        }
        if (!Walks.answers(text)) {
            throw new UserError(typed + " only mentions people (such as @everyone or a member), and a touchpoint's "
                    + "note says what happened with the partner: nothing was logged. " + retry + "; a member you met "
                    + "can be named among the words.");
        }
        return text;
    }

    /** Days between touchpoints: 1 to 365, or 0 for the server's default (null). */
    static Integer cadence(String raw) {
        int days;
        try {
            days = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > MAX_CADENCE_DAYS) {
            throw new UserError("Give the cadence as a number of days from 1 to " + MAX_CADENCE_DAYS
                    + ", or 0 to use the server's default.");
        }
        return days == 0 ? null : days;
    }

    /**
     * When a touchpoint happened: empty or "now", "today" ("this morning"), "2 hours ago" (that moment, or its day
     * at noon when it was yesterday), "yesterday" ("last night"), "3d ago" /
     * "3 days ago" ("a week ago", "2 months ago"), a weekday ("friday": the last one), or a date
     * (2026-03-01), from {@link #MAX_YEARS_BACK} years ago to today, every day read in the member's {@code zone}.
     * Today counts as now; a past day at noon in that zone, so it stays on that day for members in nearby zones and
     * for the server's reports. A day outside that range is refused with the range, and so is today at a time of day
     * still to come there ("today 11pm" at 08:00, "tonight" before the evening, {@link Said}), as "in 5 minutes" is.
     * A day written with numbers that reads as two ("12/01") comes with its other reading ({@link Day}).
     */
    static Day when(String raw, Clock clock, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Said said = withoutTimeOfDay(typedDay(raw));
        String text = said.day();
        // the last day a contact at the time of day typed can have been: today once that time has come
        LocalDate latest = said.from().isAfter(LocalTime.ofInstant(now, zone)) ? today.minusDays(1) : today;
        if (TO_COME.matcher(text).matches()) {
            throw stillToCome("“" + Limits.clip(raw.strip(), 40) + "”", today);
        }
        String roughly = ROUGHLY.get(text);
        if (roughly != null) {
            Day read = when(roughly, clock, zone);
            return new Day(read.at(), null, null, "“" + text + "” as " + roughly);
        }
        LocalDate day;
        Readings other = Readings.NONE;
        Matcher ago = AGO.matcher(text);
        Matcher hoursAgo = HOURS_AGO.matcher(text);
        if (hoursAgo.matches()) {
            Instant then = now.minus(hoursAgo(hoursAgo.group(1), hoursAgo.group(2), raw));
            // earlier today: that moment; a day before: that day, kept at noon as any earlier day is
            return LocalDate.ofInstant(then, zone).equals(today) ? new Day(then) : when(LocalDate.ofInstant(then, zone)
                    .toString(), clock, zone);
        }
        if (text.isEmpty() || text.equals("now") || text.equals("today") || PARTS_OF_TODAY.containsKey(text)) {
            day = today;
        } else if (text.equals("yesterday") || text.equals("last night")) {
            day = today.minusDays(1);
        } else if (text.equals("tomorrow")) {
            day = today.plusDays(1); // read, to be told it is still to come
        } else if (ago.matches()) {
            day = ago(today, ago.group(1), ago.group(2), raw);
        } else if (WEEKDAY.matcher(text).matches()) {
            day = today.minusDays(1).with(TemporalAdjusters.previousOrSame(weekday(text)));
        } else {
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.matches()) {
                other = numeric(numeric, today, latest, zone);
            }
            day = (numeric.matches() ? other.day() : dateOf(text, today))
                    .orElseThrow(() -> noSuchDay(raw, text, today, zone).orElseGet(() -> new UserError("I couldn't "
                    + "read “" + Limits.clip(raw.strip(), 40) + "” as a day. Use `today`, `2 hours ago`, `yesterday`, "
                    + "`3 days ago`, `friday`, `" + named(today.minusDays(2)) + "` or `" + today.minusDays(2)
                    + "`, from " + today.minusYears(MAX_YEARS_BACK) + " to today.")));
        }
        LocalDate earliest = today.minusYears(MAX_YEARS_BACK);
        if (day.isAfter(today)) {
            throw stillToCome("" + day, today);
        }
        if (day.isAfter(latest)) {
            // today, at a time of day still to come: the time now says in which zone it was read
            throw stillToCome("“" + Limits.clip(raw.strip(), 40) + "”", ": it's " + LocalTime.ofInstant(now, zone)
                    .format(DateTimeFormatter.ofPattern("HH:mm")) + " " + TimeZones.label(zone) + " now", today);
        }
        if (day.isBefore(earliest)) {
            throw new UserError("" + day + " is more than " + MAX_YEARS_BACK + " years ago. A touchpoint's day is "
                    + "from " + earliest + " to today (" + today + "); for older history, use the partner's notes.");
        }
        return new Day(at(day, now, zone), other.passed() == null ? null : at(other.passed(), now, zone),
                other.toCome(), null);
    }

    /** {@code what} ("2026-03-05", "“in 2 days”") is still to come: a touchpoint is a contact that has happened. */
    private static UserError stillToCome(String what, LocalDate today) {
        return stillToCome(what, "", today);
    }

    /** As {@link #stillToCome(String, LocalDate)}, with {@code why} after it (": it's 08:03 UTC now"). */
    private static UserError stillToCome(String what, String why, LocalDate today) {
        return new UserError(what + " is still to come" + why + ". A touchpoint is a contact that happened, from "
                + today.minusYears(MAX_YEARS_BACK) + " to today (" + today + "): log it once it has; for plans, use "
                + "the partner's notes.");
    }

    /**
     * What a member typed for a touchpoint's day, read apart: the day's words without a time of day ({@code day}), and
     * the earliest time of day they name ({@code from}: "today 11pm" 23:00, "tonight" 17:00, "at 10" 10:00, the
     * morning's of the two; midnight when they name none). A touchpoint keeps its day, not its time: the time only
     * tells whether a contact today has happened yet.
     */
    private record Said(String day, LocalTime from) {
    }

    /**
     * The day of {@code text} without a time of day after or before it ({@link #TIME_OF_DAY}, {@link #TIME_FIRST}),
     * and that time; a time alone ("9am") is today's; "on" before the day ("on friday") is left out too.
     * Words that are a time of today or yesterday already ("this morning", "last night") stay as they are.
     */
    private static Said withoutTimeOfDay(String text) {
        if (PARTS_OF_TODAY.containsKey(text) || text.equals("last night")) {
            return new Said(text, PARTS_OF_TODAY.getOrDefault(text, LocalTime.MIDNIGHT));
        }
        Matcher timed = TIME_OF_DAY.matcher(text);
        if (timed.matches()) {
            return said(timed.group(1).isEmpty() ? "today" : ON.matcher(timed.group(1)).replaceFirst(""),
                    text.substring(timed.end(1)));
        }
        Matcher first = TIME_FIRST.matcher(text);
        if (first.matches()) {
            return said(ON.matcher(first.group(1)).replaceFirst(""), text.substring(0, first.start(1)));
        }
        return new Said(ON.matcher(text).replaceFirst(""), LocalTime.MIDNIGHT);
    }

    /**
     * A day and the time of day typed with it: after words for later today, an hour without am or pm is the
     * afternoon's or the evening's ("tonight at 7": 19:00), and never before that part of the day begins.
     */
    private static Said said(String day, String time) {
        LocalTime part = PARTS_OF_TODAY.getOrDefault(day, LocalTime.MIDNIGHT);
        LocalTime at = timeOf(time.replaceAll("^[\\s,]+|[\\s,]+$", ""),
                !part.isBefore(PartOfDay.AFTERNOON.beganLookingBack));
        return new Said(day, at.isBefore(part) ? part : at);
    }

    /**
     * The earliest time of day {@code time} (as {@link #TIME} matched it) can name: "11pm" 23:00, "at 10" 10:00 (the
     * morning's, of the two; the afternoon's or evening's when {@code later}), "in the evening" 17:00, "24:00" the end
     * of the day. A time on no clock ("25:00", "13pm") is refused, saying why.
     */
    private static LocalTime timeOf(String time, boolean later) {
        String t = TIME_LEAD.matcher(time).replaceFirst("");
        // "in the morning", "evening": when that part of the day began, looking back
        LocalTime word = PartOfDay.of(t).map(part -> part.beganLookingBack).orElse(TIME_WORDS.get(t));
        if (word != null) {
            return word;
        }
        if (END_OF_DAY.matcher(t).matches()) {
            return LocalTime.MAX;
        }
        Optional<LocalTime> read = ClockTime.read(t);
        if (read.isEmpty()) {
            String shown = Shown.code(Limits.clip(t, 40));
            String keeps = " A touchpoint keeps its day: give the day alone (`today`, `yesterday`), or with a time "
                    + "like `9am` or `17:30`.";
            throw new UserError(ClockTime.whyNone(t).map(why -> "There is no " + shown + " on a clock: " + why)
                    .orElse("I couldn't read " + shown + " as a time of day.") + keeps);
        }
        // "7" or "7:30" may be either half of the day; "07:30" and "7am" are the morning's as written
        boolean eitherHalf = !t.startsWith("0") && !t.matches(".*[ap].*") && read.get().getHour() >= 1
                && read.get().getHour() < 12;
        return later && eitherHalf ? read.get().plusHours(12) : read.get();
    }

    /**
     * What a member typed for a day, lower case, as the patterns read it: without the stop a phone or a sentence puts
     * after it ("Yesterday.", "3 days ago!"; a stop alone stays, to be refused) and with a date written
     * year first with slashes ("2026/02/20") in ISO form.
     */
    private static String typedDay(String raw) {
        String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        String unstopped = SENTENCE_STOP.matcher(text).replaceAll("");
        text = unstopped.isEmpty() ? text : unstopped;
        Matcher slashed = YEAR_FIRST_SLASHED.matcher(text);
        return slashed.matches() ? slashed.group(1) + "-" + twoDigits(slashed.group(2)) + "-"
                + twoDigits(slashed.group(3)) : text;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** Today counts as now; a past day at noon in the member's zone. */
    private static Instant at(LocalDate day, Instant now, ZoneId zone) {
        return day.equals(LocalDate.ofInstant(now, zone)) ? now : day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    /**
     * A touchpoint's day as read from what the member typed: when it happened ({@code at}), and for a day written with
     * numbers that reads as two ("12/01"), the other reading: {@code otherPassed} when it has passed too, so she may
     * have meant it (the touchpoint is kept on the later of the two until she picks), or {@code otherToCome} when it
     * is still to come, so it cannot be the contact's day; else both null. {@code readAs}: how words for a stretch of
     * days were read ("“last week” as a week ago"), for the reply to say; else null.
     */
    record Day(Instant at, Instant otherPassed, LocalDate otherToCome, String readAs) {
        Day(Instant at) {
            this(at, null, null, null);
        }
    }

    /** The reading of a day written with numbers to log ({@code day}), and its other one: passed, or still to come. */
    private record Readings(Optional<LocalDate> day, LocalDate passed, LocalDate toCome) {
        static final Readings NONE = new Readings(Optional.empty(), null, null);
    }

    /**
     * A number of units ago as typed, read whole ("10000 minutes ago" is a week): one over a century of its unit
     * ({@code perCentury}) is refused at once as too far back, never read as a number too large or a day before year 1.
     */
    private static long amount(String digits, long perCentury, String raw) {
        String whole = digits.replaceFirst("^0+(?=\\d)", "");
        if (whole.length() > 12 || Long.parseLong(whole) > perCentury) {
            throw new UserError("“" + Limits.clip(raw.strip(), 40) + "” is more than " + MAX_YEARS_BACK + " years ago: "
                    + "a touchpoint goes back " + MAX_YEARS_BACK + " years at most. For older history, use the "
                    + "partner's notes.");
        }
        return Long.parseLong(whole);
    }

    /** How long before now "{@code amountText} {@code unit} ago" is ("a few" is 3, "a couple" 2). */
    private static java.time.Duration hoursAgo(String amountText, String unit, String raw) {
        long amount = Character.isDigit(amountText.charAt(0))
                ? amount(amountText, unit.startsWith("h") ? 24L * 36_525 : 24L * 60 * 36_525, raw)
                : amountText.contains("few") ? 3 : amountText.contains("couple") ? 2 : 1;
        return unit.startsWith("h") ? java.time.Duration.ofHours(amount) : java.time.Duration.ofMinutes(amount);
    }

    /** The day {@code amount} {@code unit}s before today ("a week ago", "2 months ago"). */
    private static LocalDate ago(LocalDate today, String amountText, String unit, String raw) {
        long perCentury = switch (unit.charAt(0)) {
            case 'w' -> 5_218;
            case 'f' -> 2_609;
            case 'm' -> 1_200;
            case 'y' -> 100;
            default -> 36_525;
        };
        long amount = Character.isDigit(amountText.charAt(0)) ? amount(amountText, perCentury, raw) : 1;
        return switch (unit.charAt(0)) {
            case 'w' -> today.minusWeeks(amount);
            case 'f' -> today.minusWeeks(2 * amount);
            case 'm' -> today.minusMonths(amount);
            case 'y' -> today.minusYears(amount);
            default -> today.minusDays(amount);
        };
    }

    /** A written date: ISO ({@code 2026-11-20}), or by its month's name (without a year, the last such day, or
     * one within the month ahead, which is refused as still to come). */
    private static Optional<LocalDate> dateOf(String text, LocalDate today) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            // not ISO: by the month's name
        }
        String plain = plainNamedDay(text);
        boolean withYear = plain.matches(".*\\d{4}$");
        for (DateTimeFormatter format : NAMED_DAYS) {
            try {
                TemporalAccessor read = format.parse(plain);
                MonthDay monthDay = MonthDay.from(read);
                if (withYear) {
                    return Optional.of(LocalDate.from(read));
                }
                return dayWithoutYear(monthDay, today);
            } catch (DateTimeException e) {
                // the next way of writing it
            }
        }
        return Optional.empty();
    }

    /**
     * A day and month written without a year: a contact that happened, so the last such day, unless one comes within
     * the month ahead, which is more likely a plan than a contact of almost a year ago ("Dec 5" on Dec 1, "Jan 5" on
     * Dec 20); none for Feb 29 of a year without one.
     */
    private static Optional<LocalDate> dayWithoutYear(MonthDay monthDay, LocalDate today) {
        int year = yearWithout(monthDay, today);
        return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
    }

    /** The year of a day and month written without one, by the rule of {@link #dayWithoutYear}. */
    private static int yearWithout(MonthDay monthDay, LocalDate today) {
        if (monthDay.atYear(today.getYear()).isAfter(today.plusMonths(1))) {
            return today.getYear() - 1;
        }
        return monthDay.atYear(today.getYear() + 1).isBefore(today.plusMonths(1)) ? today.getYear() + 1
                : today.getYear();
    }

    /** A day by its month's name as {@link #NAMED_DAYS} read it: no ordinal letters, dots or commas. */
    private static String plainNamedDay(String text) {
        return Spacing.tidied(ORDINAL.matcher(text.replace(",", " ").replace(".", " ")).replaceAll("$1"));
    }

    /** A day as written: its month and day of the month, and its year (null: none written). */
    private record Written(long month, long day, Integer year) {
    }

    /**
     * A date written in a form the bot reads, with a day its month does not have ("June 31", "Feb 30", "2026-02-30",
     * "31/06"), or Feb 29 without a year in a year that has none: what is wrong and what to write instead, so that a
     * member who slipped by a day is not told her date cannot be read. Empty for any other text.
     */
    private static Optional<UserError> noSuchDay(String raw, String text, LocalDate today, ZoneId zone) {
        for (Written w : written(text, zone)) {
            if (w.month() < 1 || w.month() > 12 || w.day() < 1) {
                continue;
            }
            Month month = Month.of((int) w.month());
            int year = w.year() != null ? w.year() : yearWithout(MonthDay.of(month, month.maxLength()), today);
            if (w.year() == null && month == Month.FEBRUARY && w.day() == 29 && !Year.isLeap(year)) {
                int leap = today.getYear();
                while (!Year.isLeap(leap) || LocalDate.of(leap, 2, 29).isAfter(today)) {
                    leap--;
                }
                return Optional.of(new UserError(year + " has no Feb 29 (it is not a leap year); the last one was "
                        + "Feb 29, " + leap + ". If you meant that day, log it with `Feb 29 " + leap + "`."));
            }
            YearMonth then = YearMonth.of(year, month);
            if (w.day() > (w.year() != null ? then.lengthOfMonth() : month.maxLength())) {
                String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                String has = w.year() != null ? name + " " + year + " has " + then.lengthOfMonth() + " days"
                        : month == Month.FEBRUARY ? "February has 28 days (29 in a leap year)"
                        : name + " has " + month.maxLength() + " days";
                return Optional.of(new UserError("“" + Limits.clip(raw.strip(), 40) + "” is not a day: " + has
                        + ". Check the date and log it again, as `" + then.atEndOfMonth() + "` for the last of the "
                        + "month."));
            }
        }
        return Optional.empty();
    }

    /** The months and days {@code text} may be read as, unchecked: as ISO, with numbers (both orders), or by name. */
    private static List<Written> written(String text, ZoneId zone) {
        Matcher iso = ISO_DAY.matcher(text);
        if (iso.matches()) {
            return List.of(new Written(Long.parseLong(iso.group(2)), Long.parseLong(iso.group(3)),
                    Integer.valueOf(iso.group(1))));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            Integer year = numeric.group(3) == null ? null : Integer.valueOf(numeric.group(3));
            return TimeZones.readings(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)), zone)
                    .stream().map(r -> new Written(r.month(), r.day(), year)).toList();
        }
        String plain = plainNamedDay(text);
        boolean withYear = plain.matches(".*\\d{4}$");
        for (DateTimeFormatter format : NAMED_DAYS) {
            java.text.ParsePosition at = new java.text.ParsePosition(0);
            TemporalAccessor read = format.parseUnresolved(plain, at);
            if (read != null && at.getErrorIndex() < 0 && at.getIndex() == plain.length()
                    && read.isSupported(ChronoField.MONTH_OF_YEAR) && read.isSupported(ChronoField.DAY_OF_MONTH)) {
                return List.of(new Written(read.getLong(ChronoField.MONTH_OF_YEAR),
                        read.getLong(ChronoField.DAY_OF_MONTH),
                        withYear ? (int) read.getLong(ChronoField.YEAR) : null));
            }
        }
        return List.of();
    }

    /**
     * "12/01" (or "12.01", "12/01/2026"): 12 January or 1 December, the order usual where the member is first
     * ({@link TimeZones#readings}). A contact has happened: of two readings the one that has, within the
     * {@link #MAX_YEARS_BACK} years a touchpoint may go back, with her usual one when it is still to come; when both have,
     * the later (no check-in reminder goes out on a guess) with the earlier, for her to pick; when neither, the
     * first, to be refused as still to come or too old.
     */
    private static Readings numeric(Matcher m, LocalDate today, LocalDate latest, ZoneId zone) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        List<LocalDate> days = TimeZones.readings(a, b, zone).stream()
                .map(r -> numericDay(r.day(), r.month(), year, today))
                .flatMap(Optional::stream).distinct().toList();
        List<LocalDate> happened = days.stream()
                .filter(d -> !d.isAfter(latest) && !d.isBefore(today.minusYears(MAX_YEARS_BACK))).sorted().toList();
        if (happened.size() > 1) {
            return new Readings(Optional.of(happened.get(1)), happened.get(0), null);
        }
        if (happened.size() == 1) {
            // her usual reading still to come is said (she may have meant it); an unusual one is not worth a word
            return new Readings(Optional.of(happened.get(0)), null, days.get(0).isAfter(latest) ? days.get(0) : null);
        }
        return new Readings(days.stream().findFirst(), null, null);
    }

    private static Optional<LocalDate> numericDay(int day, int month, Integer year, LocalDate today) {
        try {
            return year != null ? Optional.of(LocalDate.of(year, month, day))
                    : dayWithoutYear(MonthDay.of(month, day), today);
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day or month
        }
    }

    private static DayOfWeek weekday(String text) {
        String name = text.replace("last", "").strip().substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** A day as "Nov 29", for examples. */
    private static String named(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));
    }
}
