package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * Finds the partner a member means, within their own server only. On Discord the member picks a suggestion whose
 * value is the partner's exact name, or types a name; in the console they type it. Buttons and menus carry ids.
 */
final class PartnerLookup {

    private static final int CLOSE_MATCHES = 3;

    private final Database db;
    private final PartnerStore store;

    PartnerLookup(Database db, PartnerStore store) {
        this.db = db;
        this.store = store;
    }

    /**
     * The partner a member means: by id for the bot's own buttons and menus; for what they typed or picked, the
     * partner with exactly that name, else the one whose name is the same ignoring case, spacing, invisible
     * characters and look-alike forms ({@link PartnerInput#nameKey}), else the one that was last called that before
     * a rename; else a name a partner deleted for good had (or its letters and digits: "SunriseClinic") is told as
     * deleted (when, by whom, how to add it again); else the only one whose name contains it. Not found, it asks about
     * the names whose letters and digits start with those typed ("stmarys": "St. Mary's Clinic"), else the names that
     * look like it among those that may ({@link PartnerStore#namesNear}: a bounded read).
     * A typed "12" is the partner called 12, never partner number 12.
     */
    Partner resolve(Connection c, long guildId, PartnerRef ref) throws SQLException {
        if (ref.byId()) {
            return store.byIdOrTold(c, guildId, ref.id(), ref.meant(), PartnerLookup::gone);
        }
        String value = ref.typed().strip();
        if (value.isEmpty()) {
            throw new UserError("Say which partner, for example `partner:\"Eastside Food Bank\"`. "
                    + "`/partner list` shows them all.");
        }
        Optional<Partner> found = Optional.empty();
        if (value.length() <= PartnerInput.MAX_NAME * 2) {
            found = store.byExactName(c, guildId, value);
            String key = PartnerInput.keyOf(value);
            if (found.isEmpty() && !key.isEmpty()) {
                found = store.byName(c, guildId, key);
            }
            // a name it had before a rename that the member has not seen
            if (found.isEmpty() && !key.isEmpty()) {
                found = store.byFormerName(c, guildId, key);
            }
            // the name but for its accents, spaces or punctuation ("clinica esperanza", "SunriseClinic"): the one
            // partner spelled so; several are asked about, the newest activity first
            if (found.isEmpty() && !key.isEmpty()) {
                List<Partner> alike = store.spelledLike(c, guildId, key);
                if (alike.size() == 1) {
                    found = Optional.of(alike.get(0));
                } else if (!alike.isEmpty()) {
                    throw notFound(value, alike.stream().limit(CLOSE_MATCHES).map(Partner::name).toList());
                }
            }
            // a partner deleted for good, and none on the list called so since
            if (found.isEmpty() && !key.isEmpty()) {
                Optional<PartnerDeletions.Deletion> deleted = store.lastDeletion(c, guildId, key);
                if (deleted.isPresent()) {
                    throw deleted.get().told();
                }
            }
        }
        if (found.isPresent()) {
            return found.get();
        }
        // a part of one name is enough when it is the only name that contains it ("eastside")
        String part = PartnerInput.keyOf(value);
        List<Partner> containing = part.isEmpty() ? List.of()
                : store.containing(c, guildId, part, null, CLOSE_MATCHES + 1);
        if (containing.size() == 1) {
            return containing.get(0);
        }
        if (containing.size() > 1) {
            // the partner is there, among others: "can't find" would send the member to add it a second time
            List<String> names = containing.stream().limit(CLOSE_MATCHES).map(Partner::name).toList();
            throw new UserError("More than one partner has “" + Shown.text(Limits.clip(value, 100)) + "” in its name: "
                    + (containing.size() > CLOSE_MATCHES ? names.stream().map(n -> "“" + Shown.text(n) + "”")
                    .collect(java.util.stream.Collectors.joining(", ")) + " and more."
                    : Quoted.listEndingSentence(names))
                    + " Type more of the name you mean, or open it from `/partner list`.");
        }
        // names spelled from what was typed but for spaces and punctuation ("stmarys" for "St. Mary's Clinic"): the
        // likeliest, and found without reading every name
        List<String> spelledSo = part.isEmpty() ? List.of()
                : store.lettersStartingWith(c, guildId, part, CLOSE_MATCHES).stream().map(Partner::name).toList();
        throw notFound(value, spelledSo.isEmpty() ? closeMatches(store.namesNear(c, guildId, part), value)
                : spelledSo);
    }

    /** No partner is called {@code value}; {@code close}: the names that look like it, the likeliest first. */
    private static UserError notFound(String value, List<String> close) {
        return new UserError("I can't find a partner called “" + Shown.text(Limits.clip(value, 100))
                + "” in this server."
                + (close.isEmpty() ? " `/partner list` shows the ones we have, and `/partner add` adds a new one."
                : " Did you mean " + Quoted.listEndingQuestion(close)));
    }

    /**
     * A partner named by the bot's own button, menu or DM that is not there, and whose deletion is not known by its id
     * (deleted before the ids were kept, or an id this server never had): a partner of one server never moves to
     * another.
     */
    static UserError gone() {
        return new UserError("I can't find that partner in this server any more: it may have been deleted, and a "
                + "partner deleted is gone for good, with its history. If the coalition still wants it, add it again "
                + "with `/partner add`; `/partner list` shows the ones we have.");
    }

    Partner resolve(long guildId, PartnerRef ref) {
        return db.read(c -> resolve(c, guildId, ref));
    }

    /** Which partners a suggestion may name. */
    enum Which {
        ALL(null), ACTIVE(Boolean.TRUE), MOVED_ON(Boolean.FALSE);

        /** null: any; true: only active ones; false: only moved-on ones. */
        final Boolean active;

        Which(Boolean active) {
            this.active = active;
        }
    }

    /**
     * Up to 25 suggestions for what the member has typed: the names that contain it (ignoring case), exact matches
     * first, then names starting with it, then names with a word starting with it; within each, a name that matches
     * as typed before one that matches only without its accents, then newest activity first.
     * The names starting with it come from the index on the name's key; names that only contain it are looked for
     * when those are fewer than 25, and then no more of them than needed (a server has thousands of partners).
     * A partner renamed since the member last saw it is offered by a name it had before, when that name (not its
     * name now) starts with what was typed or has a word that does: "Lincoln High School (was Lincoln High)", after
     * the names of the same rank that match as they are now. Its value is its name now, which picks it as any other.
     * Where an active partner is wanted, the moved-on ones that match come after every active one, as "... · Moved on".
     * A name whose letters and digits start with those typed is offered as one starting with it ("st marys" or
     * "stmarys": "St. Mary's Clinic"), from the index on the names' letters, in the same read.
     */
    List<OptionSpec.Choice> suggest(long guildId, String typed, Which which, Sectors sectors) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        String key = PartnerInput.keyOf(wanted);
        int max = Limits.AUTOCOMPLETE_CHOICES;
        List<Offered> offered = db.read(c -> {
            List<Offered> found = offered(c, guildId, key, which.active, max);
            // a partner that has moved on is still found by a command that wants an active one (its reply says what
            // to do, /partner restore), after the active ones: "no options" would tell the member it is not there
            if (which == Which.ACTIVE && !key.isEmpty() && found.size() < max) {
                found.addAll(offered(c, guildId, key, Which.MOVED_ON.active, max));
            }
            return found;
        });
        return offered.stream()
                .filter(o -> o.formerName() != null || contains(o.partner().name(), key)
                        || spelledFrom(o.partner().name(), key))
                .sorted(Comparator.comparing((Offered o) -> which == Which.ACTIVE && !o.partner().active())
                        .thenComparingInt(Offered::rank)
                        // of names alike but for accents ("Cafe Sol", "Café Sol"), the one spelled as typed
                        .thenComparing(o -> rankAsTyped(PartnerInput.keyOf(o.formerName() == null ? o.partner().name()
                                : o.formerName()), key) > o.rank())
                        .thenComparing(o -> o.formerName() != null)
                        .thenComparing(o -> o.partner().activityAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(o -> o.partner().id(), Comparator.reverseOrder()))
                .limit(max)
                .map(o -> new OptionSpec.Choice(choiceName(o, sectors), o.partner().name()))
                .toList();
    }

    /** The partners offered for {@code key} among {@code active} ones (null: any), unsorted, at most about max. */
    private List<Offered> offered(Connection c, long guildId, String key, Boolean active, int max) throws SQLException {
        Map<Long, Offered> found = new LinkedHashMap<>();
        if (key.isEmpty()) {
            store.startingWith(c, guildId, key, active, max)
                    .forEach(p -> found.put(p.id(), new Offered(p, null, 0)));
            return new ArrayList<>(found.values());
        }
        // the exact name comes first among those starting with it, even when many do; the former names in the
        // same read
        int byNameNow = 0;
        for (PartnerStore.Suggestable s : store.startingWithOrOnceCalled(c, guildId, key, active, max)) {
            Partner p = s.partner();
            if (s.byLetters()) {
                // its letters and digits start with those typed ("st marys"): as a name starting with it
                Offered before = found.get(p.id());
                if (before == null || before.formerName() != null) {
                    found.put(p.id(), new Offered(p, null, Math.min(1, rank(PartnerInput.keyOf(p.name()), key))));
                }
            } else if (s.formerName() == null) {
                found.put(p.id(), new Offered(p, null, rank(PartnerInput.keyOf(p.name()), key)));
                byNameNow++;
            } else {
                int rank = rank(PartnerInput.keyOf(s.formerName()), key);
                Offered before = found.get(p.id());
                // a word of the old name starting with it; the newest such name of the partner
                if (rank <= 2 && before == null) {
                    found.put(p.id(), new Offered(p, s.formerName(), rank));
                }
            }
        }
        if (byNameNow < max) {
            // a few more than needed, so that a word starting with it can rank before a mere contains
            for (Partner p : store.containing(c, guildId, key, active, 2 * max)) {
                Offered before = found.get(p.id());
                if (before == null || before.formerName() != null) {
                    found.put(p.id(), new Offered(p, null, rank(PartnerInput.keyOf(p.name()), key)));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** A partner offered, by the former name it was matched by (null: by its name now), and its rank. */
    private record Offered(Partner partner, String formerName, int rank) {
    }

    /**
     * "Food Bank · Food and nutrition · Researching" within Discord's 100 characters; one offered by a former name
     * says so first: "Lincoln High School (was Lincoln High) · ...", the sector and stage left out, then both names
     * shortened, before the "(was ...)" would be cut.
     */
    private static String choiceName(Offered o, Sectors sectors) {
        Partner p = o.partner();
        String details = " · " + sectors.nameOf(p.sector()) + " · " + p.stage().label();
        if (o.formerName() == null) {
            return Limits.clip(p.name() + details, Limits.CHOICE_NAME);
        }
        String named = p.name() + " (was " + o.formerName() + ")";
        if (named.length() + details.length() <= Limits.CHOICE_NAME) {
            return named + details;
        }
        if (named.length() <= Limits.CHOICE_NAME) {
            return named;
        }
        int room = Limits.CHOICE_NAME - " (was )".length();
        String name = Limits.clip(p.name(), Math.max(room - o.formerName().length(), room / 2));
        return name + " (was " + Limits.clip(o.formerName(), room - name.length()) + ")";
    }

    /** Whether a partner's name has {@code key} in it, its accents typed or not ("clinica" in "Clínica Esperanza"). */
    static boolean contains(String name, String key) {
        String own = PartnerInput.keyOf(name);
        return own.contains(key) || PartnerInput.unaccented(own).contains(PartnerInput.unaccented(key));
    }

    /** Whether a partner's name's letters and digits start with those of {@code key} ("st marys", "stmarys"). */
    static boolean spelledFrom(String name, String key) {
        String letters = PartnerInput.letters(key);
        return !letters.isEmpty() && PartnerInput.letters(PartnerInput.keyOf(name)).startsWith(letters);
    }

    /**
     * 0 exact, 1 starts with, 2 a word starts with, 3 contains, its accents typed or not (the best of the two). The
     * sort is stable, so activity order stays.
     */
    static int rank(String name, String wanted) {
        return Math.min(rankAsTyped(name, wanted), rankAsTyped(PartnerInput.unaccented(name),
                PartnerInput.unaccented(wanted)));
    }

    private static int rankAsTyped(String name, String wanted) {
        if (name.equals(wanted)) {
            return 0;
        }
        if (name.startsWith(wanted)) {
            return 1;
        }
        return name.contains(" " + wanted) ? 2 : 3;
    }

    /**
     * Names that look like what was typed: containing it, a few letters off, or having each of its longer words (give
     * or take a typo: "Grace Chruch" finds "Grace Church Pantry"). Not a name whose numbers differ ("Org 02" for
     * "Org 01": another organization, not a typo), nor one that shares a single word such as "Partner" or "Food" with
     * it: naming others in place of what was meant misleads.
     */
    static List<String> closeMatches(List<String> names, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<String> words = java.util.Arrays.stream(wanted.split("\\s+")).filter(w -> w.length() >= 4).toList();
        List<Scored> scored = new ArrayList<>();
        for (String original : names) {
            String name = original.toLowerCase(Locale.ROOT);
            boolean contains = name.contains(wanted) || wanted.contains(name);
            int distance = contains ? 0 : distance(name, wanted);
            boolean alike = distance <= Math.max(2, wanted.length() / 3) || hasEachWord(name, words);
            if (contains || alike && numbers(name).equals(numbers(wanted))) {
                scored.add(new Scored(original, distance));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance)).limit(CLOSE_MATCHES)
                .map(Scored::name).toList();
    }

    /** The digits of a name, in order: "org 02 partner" is "02". */
    private static String numbers(String name) {
        return name.replaceAll("\\D", "");
    }

    /** Whether {@code name} has a word at most a typo away from each of {@code words} (there being at least one). */
    private static boolean hasEachWord(String name, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String[] own = name.split("\\s+");
        for (String word : words) {
            int typos = word.length() > 5 ? 2 : 1;
            if (java.util.Arrays.stream(own).noneMatch(o -> distance(o, word) <= typos)) {
                return false;
            }
        }
        return true;
    }

    /** The slips of the keys between two names, bounded in effort by the short names partners have. */
    static int distance(String a, String b) {
        return org.partnercoach.chat.Slips.between(a, b, 200);
    }

    private record Scored(String name, int distance) {
    }
}
