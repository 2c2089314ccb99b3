package org.partnercoach.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;

/** The IANA time zone ids the bot accepts ("Europe/Berlin", "America/Chicago"), found case-insensitively. */
public final class TimeZones {

    private static final List<String> IDS = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    public static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * An offset typed as people write it: "UTC+2", "GMT-5", "utc +5:30", "+02:00" (spaces already made underscores).
     */
    private static final Pattern OFFSET =
            Pattern.compile("(?i)(?:utc|gmt)?_*([+\\-\u2212])_*(\\d{1,2})(?::?(\\d{2}))?");

    /**
     * Short names people give for a zone ("EST", "PST"): not zones themselves (several places share some of them,
     * and one names winter or summer time only), so each is answered with the zone it most often means, to pick,
     * never taken on its own. Words like "Pacific" are legacy zone names ("US/Pacific"), found as cities.
     */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("ET", "America/New_York"), Map.entry("CST", "America/Chicago"),
            Map.entry("CDT", "America/Chicago"), Map.entry("CT", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("MT", "America/Denver"), Map.entry("PST", "America/Los_Angeles"),
            Map.entry("PDT", "America/Los_Angeles"), Map.entry("PT", "America/Los_Angeles"),
            Map.entry("AKST", "America/Anchorage"), Map.entry("AKDT", "America/Anchorage"),
            Map.entry("HST", "Pacific/Honolulu"), Map.entry("AST", "America/Halifax"),
            Map.entry("ADT", "America/Halifax"), Map.entry("BST", "Europe/London"));

    /**
     * Places whose clocks change, one of which is named instead of a fixed offset that is one of their offsets: the
     * one whose offset it is now, else in winter.
     */
    private static final List<String> REGIONS = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Anchorage", "America/Halifax", "America/Santiago", "Europe/London",
            "Europe/Berlin", "Europe/Helsinki", "Australia/Sydney", "Australia/Adelaide", "Pacific/Auckland");

    private TimeZones() {
    }

    /**
     * For a fixed offset ("UTC-05:00", "+02:00"; not UTC itself), a sentence that says it will not follow daylight
     * saving and names the region form to use instead (one whose offset it is at {@code now}); empty for a region.
     */
    public static Optional<String> fixedOffsetNote(ZoneId zone, java.time.Instant now) {
        if (!zone.getRules().isFixedOffset() || zone.getRules().getOffset(now).getTotalSeconds() == 0) {
            return Optional.empty();
        }
        ZoneOffset offset = zone.getRules().getOffset(now);
        Optional<String> region = REGIONS.stream().filter(r -> ZoneId.of(r).getRules().getOffset(now).equals(offset))
                .findFirst().or(() -> REGIONS.stream()
                        .filter(r -> ZoneId.of(r).getRules().getStandardOffset(now).equals(offset)).findFirst());
        return Optional.of(label(zone) + " is a fixed offset: it will not follow daylight saving, so where clocks "
                + "change, times will be an hour off for part of the year. To follow them, use your region instead, "
                + region.map(r -> "like `" + r + "`").orElse("like `America/Chicago` or `Europe/Berlin`")
                + " (start typing your city and pick it from the list).");
    }

    /** UTC as people know it: a zone stored or made as the offset "Z" (or "+00:00") reads "UTC". */
    public static ZoneId named(ZoneId zone) {
        return zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? UTC : zone;
    }

    /** The zone's name as shown to people: "UTC", "America/Chicago". */
    public static String label(ZoneId zone) {
        return named(zone).getId();
    }

    /** Up to 25 ids containing what was typed, for autocomplete. */
    public static List<OptionSpec.Choice> suggest(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        // "EST" first brings the zone it most often means
        Stream<String> meant = Stream.concat(Stream.ofNullable(SHORT_NAMES.get(wanted.toUpperCase(Locale.ROOT))),
                Stream.ofNullable(offset(wanted)).map(ZoneId::getId));
        return Stream.concat(meant, IDS.stream().filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted)))
                .distinct()
                .limit(Limits.AUTOCOMPLETE_CHOICES)
                .map(id -> new OptionSpec.Choice(shownInList(id), id))
                .toList();
    }

    /** "Etc/GMT-5 (UTC+05:00)": the list's Etc/GMT zones carry their offset's sign the other way round. */
    private static String shownInList(String id) {
        if (!id.startsWith("Etc/GMT") || id.length() == "Etc/GMT".length()) {
            return id;
        }
        String offset = ZoneId.of(id).getRules().getOffset(java.time.Instant.EPOCH).getId();
        return offset.equals("Z") ? id : id + " (UTC" + offset + ")";
    }

    /** An offset typed as written ("GMT-5": five hours behind), or null when the text is none. */
    private static ZoneId offset(String wanted) {
        Matcher offset = OFFSET.matcher(wanted);
        if (!offset.matches()) {
            return null;
        }
        int sign = offset.group(1).equals("+") ? 1 : -1;
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        try {
            return ZoneId.ofOffset("UTC", ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(offset.group(2)),
                    sign * minutes));
        } catch (DateTimeException e) {
            // past 18 hours, or 60 minutes and more: no such offset
            return null;
        }
    }

    /**
     * Whether someone in {@code zone} writes a date like "12/01" month first (the Americas) rather than day first
     * (elsewhere): the reading offered first.
     */
    public static boolean monthFirst(ZoneId zone) {
        return zone.getId().startsWith("America/");
    }

    /** One reading of a date written in digits: its day and month (either may be no real one, "13" as a month). */
    public record DayMonth(int day, int month) {
    }

    /**
     * The two readings of "12/01" (numbers {@code first} and {@code second} as written) for someone in {@code zone}:
     * the one usual there first ({@link #monthFirst}: 1 December in the Americas, 12 January elsewhere), then the
     * other (the same when both numbers are equal).
     */
    public static List<DayMonth> readings(int first, int second, ZoneId zone) {
        DayMonth dayFirst = new DayMonth(first, second);
        DayMonth monthFirst = new DayMonth(second, first);
        return monthFirst(zone) ? List.of(monthFirst, dayFirst) : List.of(dayFirst, monthFirst);
    }

    /**
     * The zone named exactly (ignoring case), or by its city alone ("Chicago", "new york": where the list was not
     * used, as in the console or a name typed in full), or an offset as written ("UTC+2", "GMT-5"); else a friendly error that says how to find one.
     */
    public static ZoneId parse(String text) {
        String wanted = text == null ? "" : text.strip().replace(' ', '_');
        Optional<String> id = IDS.stream().filter(z -> z.equalsIgnoreCase(wanted)).findFirst();
        if (id.isPresent()) {
            return ZoneId.of(id.get());
        }
        // "GMT-5" is five hours behind, as people mean it: the list's Etc/GMT-5 is five hours ahead (its signs
        // run the other way), so a typed offset is read as written, not found as that zone's last word
        ZoneId offset = offset(wanted);
        if (offset != null) {
            return offset;
        }
        List<ZoneId> cities = IDS.stream().filter(z -> !wanted.isEmpty() && z.indexOf('/') > 0
                        && z.substring(z.lastIndexOf('/') + 1).equalsIgnoreCase(wanted))
                .map(ZoneId::of).toList();
        // one city under two names (America/Buenos_Aires, America/Argentina/Buenos_Aires) keeps the same clocks
        if (!cities.isEmpty() && cities.stream().allMatch(z -> z.getRules().equals(cities.get(0).getRules()))) {
            return cities.get(0);
        }
        String shown = Limits.clip(text == null ? "" : text.strip(), 60);
        String meant = SHORT_NAMES.get(wanted.toUpperCase(Locale.ROOT));
        if (meant != null) {
            throw new UserError(Shown.code(shown) + " is a short name, not a time zone I can follow through daylight"
                    + " saving. Did you mean `" + meant + "`? Run it again with that (or another city in your zone)."
                    + " Nothing was changed.");
        }
        if (!cities.isEmpty()) {
            throw new UserError(Shown.code(shown) + " is a city in more than one time zone: "
                    + String.join(", ", cities.stream().map(z -> "`" + z.getId() + "`").toList())
                    + ". Run it again with the one you mean. Nothing was changed.");
        }
        throw new UserError("I don't know the time zone " + Shown.code(shown) + ". Use a name like `Europe/Berlin` or "
                + "`America/Chicago`: start typing a city and pick one from the list. Nothing was changed.");
    }
}
