package org.partnercoach.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.UserError;

/** The IANA time zone ids the bot accepts ("Europe/Berlin", "America/Chicago"), found case-insensitively. */
public final class TimeZones {

    private static final List<String> IDS = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    public static final ZoneId UTC = ZoneId.of("UTC");

    private TimeZones() {
    }

    /** UTC as people know it: a zone stored or made as the offset "Z" (or "+00:00") reads "UTC". */
    public static ZoneId named(ZoneId zone) {
        return zone instanceof java.time.ZoneOffset offset && offset.getTotalSeconds() == 0 ? UTC : zone;
    }

    /** The zone's name as shown to people: "UTC", "America/Chicago". */
    public static String label(ZoneId zone) {
        return named(zone).getId();
    }

    /** Up to 25 ids containing what was typed, for autocomplete. */
    public static List<OptionSpec.Choice> suggest(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return IDS.stream()
                .filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted))
                .limit(Limits.AUTOCOMPLETE_CHOICES)
                .map(id -> new OptionSpec.Choice(id, id))
                .toList();
    }

    /** The zone named exactly (ignoring case), or a friendly error that says how to find one. */
    public static ZoneId parse(String text) {
        String wanted = text == null ? "" : text.strip().replace(' ', '_');
        Optional<String> id = IDS.stream().filter(z -> z.equalsIgnoreCase(wanted)).findFirst();
        return ZoneId.of(id.orElseThrow(() -> new UserError("I don't know the time zone `"
                + Limits.clip(text == null ? "" : text.strip(), 60) + "`. Use a name like `Europe/Berlin` or "
                + "`America/Chicago`: start typing a city and pick one from the list.")));
    }
}
