package org.partnercoach.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Shown;
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

    /**
     * The zone named exactly (ignoring case), or by its city alone ("Chicago", "new york": where the list was not
     * used, as in the console or a name typed in full); else a friendly error that says how to find one.
     */
    public static ZoneId parse(String text) {
        String wanted = text == null ? "" : text.strip().replace(' ', '_');
        Optional<String> id = IDS.stream().filter(z -> z.equalsIgnoreCase(wanted)).findFirst();
        if (id.isPresent()) {
            return ZoneId.of(id.get());
        }
        List<ZoneId> cities = IDS.stream().filter(z -> !wanted.isEmpty() && z.indexOf('/') > 0
                        && z.substring(z.lastIndexOf('/') + 1).equalsIgnoreCase(wanted))
                .map(ZoneId::of).toList();
        // one city under two names (America/Buenos_Aires, America/Argentina/Buenos_Aires) keeps the same clocks
        if (!cities.isEmpty() && cities.stream().allMatch(z -> z.getRules().equals(cities.get(0).getRules()))) {
            return cities.get(0);
        }
        String shown = Limits.clip(text == null ? "" : text.strip(), 60);
        if (!cities.isEmpty()) {
            throw new UserError(Shown.code(shown) + " is a city in more than one time zone: "
                    + String.join(", ", cities.stream().map(z -> "`" + z.getId() + "`").toList())
                    + ". Run it again with the one you mean. Nothing was changed.");
        }
        throw new UserError("I don't know the time zone " + Shown.code(shown) + ". Use a name like `Europe/Berlin` or "
                + "`America/Chicago`: start typing a city and pick one from the list. Nothing was changed.");
    }
}
