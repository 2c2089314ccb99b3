package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * Finds the partner a member means. On Discord the member picks a suggestion whose value is the partner's id; in
 * the console they type the name. Both work, within the member's own server only.
 */
final class PartnerLookup {

    private static final int CLOSE_MATCHES = 3;

    private final Database db;
    private final PartnerStore store;

    PartnerLookup(Database db, PartnerStore store) {
        this.db = db;
        this.store = store;
    }

    /** The partner named by an option value: its id (from a suggestion), or its name ignoring case. */
    Partner resolve(Connection c, long guildId, String raw) throws SQLException {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new UserError("Say which partner, for example `partner:\"Eastside Food Bank\"`. "
                    + "`/partner list` shows them all.");
        }
        Optional<Partner> found = value.matches("\\d{1,18}")
                ? store.byId(c, guildId, Long.parseLong(value)) : Optional.empty();
        if (found.isEmpty() && value.length() <= PartnerInput.MAX_NAME * 2) {
            found = store.byName(c, guildId, value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        if (found.isPresent()) {
            return found.get();
        }
        List<Partner> all = store.all(c, guildId);
        // a part of one name is enough when it is the only name that contains it ("eastside")
        String part = value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<Partner> containing = all.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(part)).toList();
        if (containing.size() == 1) {
            return containing.get(0);
        }
        List<String> close = closeMatches(all, value);
        throw new UserError("I can't find a partner called “" + Limits.clip(value, 100) + "” in this server."
                + (close.isEmpty() ? " `/partner list` shows the ones we have, and `/partner add` adds a new one."
                : " Did you mean " + String.join(", ", close.stream().map(n -> "“" + n + "”").toList()) + "?"));
    }

    Partner resolve(long guildId, String raw) {
        return db.read(c -> resolve(c, guildId, raw));
    }

    /**
     * Up to 25 suggestions for what the member has typed: the names that contain it (ignoring case), exact matches
     * first, then names starting with it, then names with a word starting with it; newest activity first within each.
     */
    List<OptionSpec.Choice> suggest(long guildId, String typed, Predicate<Partner> which, Sectors sectors) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Partner> partners = db.read(c -> store.search(c, guildId, wanted));
        return partners.stream()
                .filter(which)
                .sorted(Comparator.comparingInt(p -> rank(p.name().toLowerCase(Locale.ROOT), wanted)))
                .limit(Limits.AUTOCOMPLETE_CHOICES)
                .map(p -> new OptionSpec.Choice(Limits.clip(p.name() + " · " + sectors.nameOf(p.sector()) + " · "
                        + p.stage().label(), Limits.CHOICE_NAME), String.valueOf(p.id())))
                .toList();
    }

    /** 0 exact, 1 starts with, 2 a word starts with, 3 contains. The sort is stable, so activity order stays. */
    static int rank(String name, String wanted) {
        if (name.equals(wanted)) {
            return 0;
        }
        if (name.startsWith(wanted)) {
            return 1;
        }
        return name.contains(" " + wanted) ? 2 : 3;
    }

    /** Names that look like what was typed: sharing a part of it, or a few letters off. */
    static List<String> closeMatches(List<Partner> partners, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<Scored> scored = new ArrayList<>();
        for (Partner p : partners) {
            String name = p.name().toLowerCase(Locale.ROOT);
            int distance = name.contains(wanted) || wanted.contains(name) ? 0 : distance(name, wanted);
            if (distance <= Math.max(2, wanted.length() / 3) || sharesWord(name, wanted)) {
                scored.add(new Scored(p.name(), distance));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance)).limit(CLOSE_MATCHES)
                .map(Scored::name).toList();
    }

    private static boolean sharesWord(String name, String wanted) {
        for (String word : wanted.split("\\s+")) {
            if (word.length() >= 4 && name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Edit distance, bounded in effort by the short names partners have. */
    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
