package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberHomes;

/** Partners and their stage history in H2. Every query is filtered on the server. */
final class PartnerStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PartnerStore.class);

    private final NameSuffixes suffixes = new NameSuffixes();
    private final FormerNames formerNames = new FormerNames();
    private final StageCounts stageCounts = new StageCounts();
    private final OwnerHistory owners = new OwnerHistory();
    private final PartnerDeletions deletions = new PartnerDeletions();

    private static final String ROW = "id, guild_id, name, sector, stage, owner_id, contact, notes, cadence_days,"
            + " created_by, created_at, activity_at, last_touch_at, last_touch_note, archived_from, archived_reason,"
            + " restored_at";
    private static final String COLUMNS = ROW;
    /** {@link #COLUMNS} of the partners table read as {@code p}. */
    private static final String P_COLUMNS = ROW.replaceAll("(^|, )", "$1p.");
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ? AND id = ?";
    private static final String BY_NAME = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ? AND name_key = ?";
    private static final String BY_EXACT_NAME = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ?"
            + " AND name = ?";
    private static final String KEYS = "SELECT id, guild_id, name, name_key, name_letters FROM partners ORDER BY id";
    /** The rule the stored keys were last brought up to (V37); none before the first start that re-keyed. */
    private static final String KEY_RULE = "SELECT rule FROM partner_key_rule";
    /** A row takes its new key unless another partner of its server already has it (see {@link #rekey}). */
    private static final String REKEY = "UPDATE partners SET name_key = ? WHERE id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM partners o WHERE o.guild_id = ? AND o.name_key = ?)";
    /** The letters of a name key, kept beside it (V59) for {@link #spelledAlike}. */
    private static final String RELETTER = "UPDATE partners SET name_letters = ? WHERE id = ?";
    /**
     * Other partners whose names have the same letters and digits: one range of its index (V59), a row or two. No
     * ORDER BY with a limit: PostgreSQL then walked the primary key in order, testing every partner (26 ms at p99 for
     * a partner added, at 10,000 partners).
     */
    static final String SPELLED_ALIKE = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ?"
            + " AND name_letters = ? AND name_key <> ?";
    private static final String ALL = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ?"
            + " ORDER BY activity_at DESC, id DESC";
    /** ALL, with the latest stage change to moved-on of each moved-on partner (index partner_stage_changes_by_partner). */
    private static final String ALL_FILED = "SELECT " + P_COLUMNS
            + ", m.changed_at AS moved_on_at, m.user_id AS moved_on_by FROM partners p"
            + " LEFT JOIN partner_stage_changes m ON m.guild_id = p.guild_id AND m.partner_id = p.id"
            + " AND p.stage = 'MOVED_ON' AND m.id = (SELECT MAX(s.id) FROM partner_stage_changes s"
            + " WHERE s.guild_id = p.guild_id AND s.partner_id = p.id AND s.to_stage = 'MOVED_ON')"
            + " WHERE p.guild_id = ? ORDER BY p.activity_at DESC, p.id DESC";
    /*
     * Suggestions and typed names. Index (guild_id, name_key): the names starting with a key are one range of it;
     * names that only contain it are one range of the keys' suffixes (NameSuffixes, V39). CONTAINING is the slow way,
     * for the rare lookup the suffixes cannot answer: a look at every key of the server, which the index holds on its
     * own ("name_key > ''" steers the planner to it, so that no row is read for a name that does not match), stopping
     * at the limit. Index 0: any partner; 1: active ones; 2: moved-on ones.
     */
    private static final String[] WHICH = {"", " AND stage <> 'MOVED_ON'", " AND stage = 'MOVED_ON'"};
    private static final String[] STARTING_WITH = new String[3];
    private static final String[] NEWEST = new String[3];
    private static final String CONTAINING = "SELECT id FROM partners WHERE guild_id = ? AND name_key > ''"
            + " AND POSITION(CAST(? AS VARCHAR) IN name_key) > 0 FETCH FIRST ? ROWS ONLY";
    /** How many of the server's names of newest activity are read for close matches: all of them, in most servers. */
    static final int NEAR_NEWEST = 200;
    /** Pieces of what was typed, and names read for each: any name a few letters off holds one piece as typed. */
    static final int NEAR_PIECES = 4;
    static final int NEAR_PER_PIECE = 50;
    /**
     * Names that may be close to what was typed, with their activity and id: the newest ones, and in the same statement
     * those holding each piece of it (one range of the keys' suffixes each, V39). Bounded however many partners the
     * server has, where every name of the server was read.
     */
    private static final String NEAR = Database.overUnion("(SELECT name, activity_at, id FROM partners"
            + " WHERE guild_id = ? ORDER BY activity_at DESC, id DESC FETCH FIRST ? ROWS ONLY)"
            + (" UNION ALL (" + NameSuffixes.partnersInRange("p.name, p.activity_at, p.id") + ")").repeat(NEAR_PIECES));
    /*
     * Several keys at once, one index lookup each: "name_key = ANY(?)" or "IN (...)" would make H2 read every key of
     * the server (it uses only the index's first column for them); a join with the keys as a table uses both.
     */
    private static final String KEYS_LISTED = "SELECT " + P_COLUMNS + ", p.name_key"
            + " FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS k(name_key)"
            + " JOIN partners p ON p.guild_id = ? AND p.name_key = k.name_key";
    /** {@link #KEYS_LISTED} for the letters of names (V59), with the partners that have them. */
    static final String LETTERS_LISTED = "SELECT " + P_COLUMNS + ", p.name_letters"
            + " FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS k(name_letters)"
            + " JOIN partners p ON p.guild_id = ? AND p.name_letters = k.name_letters";

    static {
        for (int i = 0; i < WHICH.length; i++) {
            // the exact key first, even when many names start with it
            STARTING_WITH[i] = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ? AND name_key >= ?"
                    + " AND name_key < ?" + WHICH[i] + " ORDER BY CASE WHEN name_key = ? THEN 0 ELSE 1 END,"
                    + " activity_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
            NEWEST[i] = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ?" + WHICH[i]
                    + " ORDER BY activity_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
        }
    }
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM partners WHERE guild_id = ?"
            + " AND stage <> 'MOVED_ON' ORDER BY activity_at DESC, id DESC";
    /** Servers that have the bot: nothing is planned for one that removed it (storage's condition). */
    private static final String HAS_BOT = " AND " + MemberHomes.hasBot("partners.guild_id");
    /*
     * Across servers, for the cultivate planner: active partners whose clock has run out, counted from the last
     * contact (or the adding). A restore can only start a clock later (Partner#cycleFrom), so these are every partner
     * that may be due, read by the last contact alone; the planner decides by cycleFrom.
     */
    private static final String OUT_OF_TOUCH = "SELECT " + COLUMNS + " FROM partners WHERE stage <> 'MOVED_ON'"
            + " AND COALESCE(last_touch_at, created_at) + COALESCE(cadence_days, ?) * INTERVAL '1' DAY <= ?"
            + HAS_BOT + " ORDER BY guild_id, id";
    /**
     * The first moment after {@code ?} at which an active partner's clock runs out (the default days first), counted
     * as {@link #OUT_OF_TOUCH} counts it: a restored partner's, later, is found by the planner among those.
     */
    private static final String NEXT_OUT_OF_TOUCH = "SELECT MIN(t) FROM (SELECT COALESCE(last_touch_at, created_at)"
            + " + COALESCE(cadence_days, ?) * INTERVAL '1' DAY AS t FROM partners WHERE stage <> 'MOVED_ON'"
            + HAS_BOT + ") clocks WHERE t > ?";
    /** What a list of the active partners shows, by column position (the digest reads every active partner). */
    private static final String ACTIVE_LISTED = "SELECT id, name, stage, owner_id, cadence_days, created_at,"
            + " last_touch_at, restored_at FROM partners WHERE guild_id = ? AND stage <> 'MOVED_ON'"
            + " ORDER BY activity_at DESC, id DESC";
    /**
     * Partners by id: the ids are joined as a table, so that each is one primary-key lookup (with {@code id = ANY(?)}
     * H2 tested every row found against the whole list: quadratic in the number of ids; a batch of reminders asks for
     * 500 at once). Parameters: the ids, the server.
     */
    private static final String WANTED_IDS = " FROM UNNEST(?) AS wanted(id) JOIN partners p ON p.id = wanted.id"
            + " WHERE p.guild_id = ?";
    static final String BY_IDS = "SELECT " + P_COLUMNS + WANTED_IDS;
    /** Names containing a key: one range of the keys' suffixes (V39), the partners joined. */
    private static final String CONTAINING_BY_SUFFIX = NameSuffixes.partnersInRange(P_COLUMNS);
    /*
     * What a member typed, for suggestions: the names starting with it (as STARTING_WITH), and in the same statement
     * every name the server's partners had before a rename (V54, newest rename first), with the partner as it is
     * now: a server renames few partners, and their keys are compared where they are read (FormerNames). The former
     * names are one range of their index on the server. Then the names whose letters and digits start with what
     * was typed ("st marys" for "St. Mary's Clinic"): one range of the letters' index (V59). Column "former": null for
     * a partner by its name now; "by_letters": 1 for one read by its letters.
     */
    private static final String[] STARTING_WITH_OR_ONCE = new String[3];
    private static final String[] LETTERS_STARTING_WITH = new String[3];

    static {
        for (int i = 0; i < WHICH.length; i++) {
            STARTING_WITH_OR_ONCE[i] = Database.overUnion("(SELECT " + COLUMNS + ", CAST(NULL AS VARCHAR(100))"
                    + " AS former, 0 AS by_letters FROM partners"
                    + " WHERE guild_id = ? AND name_key >= ? AND name_key < ?" + WHICH[i]
                    + " ORDER BY CASE WHEN name_key = ? THEN 0 ELSE 1 END, activity_at DESC, id DESC"
                    + " FETCH FIRST ? ROWS ONLY) UNION ALL (SELECT " + P_COLUMNS + ", f.name AS former, 0 AS by_letters"
                    + " FROM partner_former_names f JOIN partners p ON p.id = f.partner_id WHERE f.guild_id = ?"
                    + WHICH[i].replace("stage", "p.stage") + " ORDER BY f.renamed_at DESC, f.id DESC)"
                    + " UNION ALL (" + lettersStartingWith(COLUMNS + ", CAST(NULL AS VARCHAR(100)) AS former,"
                    + " 1 AS by_letters", i) + ")");
            LETTERS_STARTING_WITH[i] = lettersStartingWith(COLUMNS, i);
        }
    }

    /**
     * {@code columns} of the partners of the server whose names' letters and digits start with some (one range of
     * their index, V59), newest activity first, narrowed as {@link #WHICH}[{@code which}]. Parameters: the server, the
     * letters, the end of their range, how many.
     */
    private static String lettersStartingWith(String columns, int which) {
        return "SELECT " + columns + " FROM partners WHERE guild_id = ? AND name_letters >= ? AND name_letters < ?"
                + WHICH[which] + " ORDER BY activity_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
    }

    private static final String NAMES_BY_ID = "SELECT p.id, p.name" + WANTED_IDS;
    private static final String MOVED_ON_BY_ID = "SELECT p.id" + WANTED_IDS + " AND p.stage = 'MOVED_ON'";
    private static final String STANDING_BY_ID = "SELECT p.id, p.name, p.stage" + WANTED_IDS;
    /** {@link #STANDING_BY_ID} for name keys, one index lookup each (as {@link #KEYS_LISTED}). */
    private static final String STANDING_BY_KEY = "SELECT p.id, p.name, p.stage, p.name_key"
            + " FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS k(name_key)"
            + " JOIN partners p ON p.guild_id = ? AND p.name_key = k.name_key";
    /*
     * The list's filter, one statement per combination of the filters given: "? IS NULL OR column = ?" would hide
     * the indexes (server and stage; server, sector and stage) from the planner.
     */
    private static final String BY_STAGE = " AND stage = ?";
    private static final String NOT_MOVED_ON = " AND stage <> 'MOVED_ON'";
    private static final String BY_SECTOR = " AND sector = ?";
    private static final String BY_OWNER = " AND owner_id = ?";
    private static final String MOVED_ON = " AND stage = 'MOVED_ON'";
    private static final String[] PAGES = new String[8];
    private static final String[] COUNTS = new String[8];
    /*
     * For a page that came out empty, in one statement: how many partners the server has on the list and moved on,
     * with the filter's sector and owner (not its stage) on the list and moved on, and in the sector alone on the list.
     * One per combination of sector (1) and owner (2), for the indexes, as PAGES.
     */
    private static final String[] AROUND = new String[4];

    /*
     * With a sector and a stage, the page is read in order from the index on (guild_id, sector, stage, activity_at
     * DESC, id DESC) (V35), stopping after it. The order is the same, but H2 follows an index's order only when the
     * ORDER BY names its columns from the first, the ones fixed by the filter too (ordered by activity alone, it read
     * and sorted every partner of the sector and stage for the 10 it shows). {@code PartnerPlansTest} reads the plan.
     */
    private static final String BY_SECTOR_STAGE_ORDER = " ORDER BY guild_id, sector, stage, activity_at DESC, id DESC";
    private static final String BY_ACTIVITY_ORDER = " ORDER BY activity_at DESC, id DESC";

    static {
        for (int i = 0; i < PAGES.length; i++) {
            String filter = " FROM partners WHERE guild_id = ?" + ((i & 1) != 0 ? BY_STAGE : NOT_MOVED_ON)
                    + ((i & 2) != 0 ? BY_SECTOR : "") + ((i & 4) != 0 ? BY_OWNER : "");
            // how many match in all comes with the page (one statement: on PostgreSQL each is a round trip)
            PAGES[i] = "SELECT " + COLUMNS + ", (SELECT COUNT(*)" + filter + ") AS matching" + filter
                    + ((i & 3) == 3 ? BY_SECTOR_STAGE_ORDER : BY_ACTIVITY_ORDER) + " LIMIT ? OFFSET ?";
            COUNTS[i] = "SELECT COUNT(*)" + filter;
        }
        for (int i = 0; i < AROUND.length; i++) {
            String from = "(SELECT COUNT(*) FROM partners WHERE guild_id = ?";
            String matching = ((i & 1) != 0 ? BY_SECTOR : "") + ((i & 2) != 0 ? BY_OWNER : "");
            AROUND[i] = "SELECT " + from + NOT_MOVED_ON + "), " + from + MOVED_ON + "), " + from + NOT_MOVED_ON
                    + matching + "), " + from + MOVED_ON + matching + "), " + from + NOT_MOVED_ON
                    + ((i & 1) != 0 ? BY_SECTOR : "") + ")";
        }
    }
    /** Across servers, for the quarterly value question: active partners somebody looks after. */
    private static final String LOOKED_AFTER = "SELECT id, guild_id, name, stage, owner_id, created_at FROM partners"
            + " WHERE stage <> 'MOVED_ON' AND owner_id IS NOT NULL AND owner_id <> 0" + HAS_BOT + " ORDER BY guild_id, id";
    private static final String INSERT = "INSERT INTO partners (guild_id, name, name_key, name_letters, sector, stage,"
            + " owner_id, contact, notes, created_by, created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE partners SET name = ?, name_key = ?, name_letters = ?, sector = ?,"
            + " contact = ?, notes = ?, cadence_days = ?, activity_at = ? WHERE guild_id = ? AND id = ? AND sector = ?"
            + " AND stage = ?";
    /** A move from moved-on is a restore: its time is kept (V58), the check-in clock may count from it. */
    private static final String SET_STAGE = "UPDATE partners SET stage = ?, archived_from = ?, archived_reason = ?,"
            + " activity_at = ?, restored_at = COALESCE(CAST(? AS TIMESTAMP), restored_at)"
            + " WHERE guild_id = ? AND id = ? AND stage = ?";
    private static final String SET_OWNER = "UPDATE partners SET owner_id = ?, activity_at = ?"
            + " WHERE guild_id = ? AND id = ?";
    /** A touchpoint logged: activity now, and the last touchpoint unless a later one is already recorded. */
    private static final String TOUCHED = "UPDATE partners SET activity_at = ?,"
            + " last_touch_note = CASE WHEN last_touch_at IS NULL OR last_touch_at <= ? THEN ? ELSE last_touch_note END,"
            + " last_touch_at = CASE WHEN last_touch_at IS NULL OR last_touch_at <= ? THEN ? ELSE last_touch_at END"
            + " WHERE guild_id = ? AND id = ?";
    /** A touchpoint's day changed: the last touchpoint is again the latest one there is (ties: the last logged). */
    private static final String RETOUCHED = "UPDATE partners SET"
            + " last_touch_at = (SELECT t.happened_at FROM partner_touchpoints t WHERE t.guild_id = ? AND t.partner_id = ?"
            + " ORDER BY t.happened_at DESC, t.id DESC FETCH FIRST 1 ROW ONLY),"
            + " last_touch_note = (SELECT t.note FROM partner_touchpoints t WHERE t.guild_id = ? AND t.partner_id = ?"
            + " ORDER BY t.happened_at DESC, t.id DESC FETCH FIRST 1 ROW ONLY)"
            + " WHERE guild_id = ? AND id = ?";
    /*
     * The edit, the stage move and the deletion change the row only if its sector and stage are still the ones read in
     * the same transaction, so that the kept counts (StageCounts) move with what really changed: a second member
     * moving the same partner at the same moment is told instead (changedMeanwhile).
     */
    private static final String DELETE = "DELETE FROM partners WHERE guild_id = ? AND id = ? AND sector = ?"
            + " AND stage = ?";
    private static final String STAGE_CHANGE = "INSERT INTO partner_stage_changes (guild_id, partner_id, user_id,"
            + " from_stage, to_stage, changed_at) VALUES (?, ?, ?, ?, ?, ?)";
    /** A partner's latest move to moved-on: who archived it and when (index partner_stage_changes_by_partner). */
    private static final String LAST_MOVED_ON = "SELECT user_id, changed_at FROM partner_stage_changes"
            + " WHERE guild_id = ? AND partner_id = ? AND to_stage = 'MOVED_ON'"
            + " ORDER BY id DESC FETCH FIRST 1 ROW ONLY";

    /** Which partners {@code /partner list} shows: null fields match everything (stage null: all active ones). */
    record Filter(Stage stage, String sector, Long ownerId) {
    }

    Optional<Partner> byId(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, BY_ID, PartnerStore::partner, guildId, id);
    }

    Optional<Partner> byName(Connection c, long guildId, String nameKey) throws SQLException {
        return Database.one(c, BY_NAME, PartnerStore::partner, guildId, nameKey);
    }

    /** The partner that was called this before a rename, when none is called it now. */
    Optional<Partner> byFormerName(Connection c, long guildId, String nameKey) throws SQLException {
        Optional<Long> id = formerNames.partnerOnceCalled(c, guildId, nameKey);
        return id.isEmpty() ? Optional.empty() : byId(c, guildId, id.get());
    }

    /**
     * {@link #byFormerName} for several name keys at once: each key a partner was called before a rename, with the
     * partner (one read of the names given up, then one per partner found).
     */
    java.util.Map<String, Partner> byFormerNames(Connection c, long guildId, java.util.Collection<String> keys)
            throws SQLException {
        java.util.Map<String, Partner> found = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, Long> once : formerNames.partnersOnceCalled(c, guildId, keys).entrySet()) {
            byId(c, guildId, once.getValue()).ifPresent(p -> found.put(once.getKey(), p));
        }
        return found;
    }

    /** What the partners renamed since {@code at} were called just before it, by id (see {@link FormerNames}). */
    java.util.Map<Long, String> namesBefore(Connection c, long guildId, Instant at) throws SQLException {
        return formerNames.namesBefore(c, guildId, at);
    }

    /** The partner with exactly this name (as stored, case and all). */
    Optional<Partner> byExactName(Connection c, long guildId, String name) throws SQLException {
        return Database.one(c, BY_EXACT_NAME, PartnerStore::partner, guildId, name);
    }

    /**
     * Brings every stored name key up to the current rule ({@link PartnerInput#nameKey}); returns how many changed.
     * Idempotent. Two partners of one server whose names were distinct before but are the same under the current
     * rule keep their old keys (an old key that the rule would change can never equal a new one), so nothing is
     * lost; the second one is still found by its exact name. Done once per rule ({@link PartnerInput#KEY_RULE},
     * recorded in the same transaction): a start under the rule the keys were made with reads no names.
     */
    int rekey(Connection c) throws SQLException {
        if (Database.one(c, KEY_RULE, rs -> rs.getInt(1)).equals(Optional.of(PartnerInput.KEY_RULE))) {
            return 0;
        }
        long started = System.nanoTime();
        int changed = 0;
        List<NameSuffixes.Key> keys = new ArrayList<>();
        for (String[] row : Database.list(c, KEYS, rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)})) {
            String key = PartnerInput.keyOf(row[2]);
            long id = Long.parseLong(row[0]);
            long guildId = Long.parseLong(row[1]);
            int rekeyed = !key.isEmpty() && !key.equals(row[3]) ? Database.update(c, REKEY, key, id, guildId, key) : 0;
            changed += rekeyed;
            String kept = rekeyed > 0 ? key : row[3];
            // rule 5 keeps each key's letters beside it (V59); a row whose letters stand is not written
            String letters = PartnerInput.letters(kept);
            if (!letters.equals(row[4])) {
                Database.update(c, RELETTER, letters, id);
            }
            keys.add(new NameSuffixes.Key(id, guildId, kept));
        }
        // the suffixes follow the keys the rows have now (rule 2 brought them in: every partner gets them once)
        suffixes.rebuild(c, keys);
        deletions.rekey(c);
        if (!keys.isEmpty()) {
            log.info("Brought the names of {} partners up to key rule {} ({} keys changed) and indexed their parts"
                    + " for suggestions, in {} ms", keys.size(), PartnerInput.KEY_RULE, changed,
                    (System.nanoTime() - started) / 1_000_000);
        }
        Database.update(c, "DELETE FROM partner_key_rule");
        Database.update(c, "INSERT INTO partner_key_rule (rule) VALUES (?)", PartnerInput.KEY_RULE);
        return changed;
    }

    /**
     * Another partner of the server whose name has the same letters and digits as {@code name} but not its key
     * ("st. mary's clinic" for "st marys clinic"), the first added; empty when none, or when the name has no letter or
     * digit at all.
     */
    Optional<Partner> spelledAlike(Connection c, long guildId, PartnerName name) throws SQLException {
        return name.letters().isEmpty() ? Optional.empty()
                : Database.list(c, SPELLED_ALIKE, PartnerStore::partner, guildId, name.letters(), name.key()).stream()
                .min(FIRST_ADDED);
    }

    /**
     * {@link #spelledAlike} for several names at once, by their letters ({@link PartnerInput#letters}), in one read:
     * each letters that a partner of the server has, with the first added of those. A name whose own key is on the
     * list ({@link #keysOnList}) is that partner, not one spelled alike: look for it there first.
     */
    java.util.Map<String, Partner> spelledAlike(Connection c, long guildId, java.util.Collection<String> letters)
            throws SQLException {
        java.util.Map<String, Partner> first = new java.util.HashMap<>();
        if (letters.isEmpty()) {
            return first;
        }
        for (java.util.Map.Entry<String, Partner> row : Database.list(c, LETTERS_LISTED,
                rs -> java.util.Map.entry(rs.getString("name_letters"), partner(rs)),
                letters.toArray(String[]::new), guildId)) {
            first.merge(row.getKey(), row.getValue(), java.util.function.BinaryOperator.minBy(FIRST_ADDED));
        }
        return first;
    }

    /** Of partners spelled alike, the one a heads-up names: the first added. */
    private static final java.util.Comparator<Partner> FIRST_ADDED = java.util.Comparator.comparingLong(Partner::id);

    /**
     * The partners of the server whose names have the letters and digits of {@code key} (a {@link PartnerInput#keyOf}
     * key), other than the one whose key it is, newest activity first; none when it has no letter or digit.
     */
    List<Partner> spelledLike(Connection c, long guildId, String key) throws SQLException {
        String letters = PartnerInput.letters(key);
        return letters.isEmpty() ? List.of()
                : Database.list(c, SPELLED_ALIKE, PartnerStore::partner, guildId, letters, key).stream()
                .sorted(NEWEST_ACTIVITY).toList();
    }

    /** Newest activity first, then the last added: the order of the list. */
    static final java.util.Comparator<Partner> NEWEST_ACTIVITY = java.util.Comparator.comparing(Partner::activityAt,
            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(Partner::id, java.util.Comparator.reverseOrder());

    /** Every partner of the server, moved-on ones too, newest activity first. */
    List<Partner> all(Connection c, long guildId) throws SQLException {
        return Database.list(c, ALL, PartnerStore::partner, guildId);
    }

    /**
     * {@link #all}, each moved-on partner with the stage change that moved it on (its latest to moved-on: when, and by
     * whom), in the same statement, and each renamed one with its former names (one more).
     */
    List<PartnerHistory.Filed> allFiled(Connection c, long guildId) throws SQLException {
        java.util.Map<Long, List<String>> former = formerNames.allBefore(c, guildId);
        return Database.list(c, ALL_FILED, rs -> {
            Partner p = partner(rs);
            return new PartnerHistory.Filed(p, Database.instant(rs, "moved_on_at"), rs.getLong("moved_on_by"),
                    former.getOrDefault(p.id(), List.of()));
        }, guildId);
    }

    /**
     * Up to {@code limit} partners whose name key starts with {@code key} (all when it is empty): the one whose key is
     * {@code key} first, then newest activity first; {@code active}: null for any, true for active ones, false for
     * moved-on ones.
     */
    List<Partner> startingWith(Connection c, long guildId, String key, Boolean active, int limit)
            throws SQLException {
        int which = which(active);
        return key.isEmpty() ? Database.list(c, NEWEST[which], PartnerStore::partner, guildId, limit)
                : Database.list(c, STARTING_WITH[which], PartnerStore::partner, guildId, key, key + Character.MAX_VALUE,
                key, limit);
    }

    /**
     * A partner a suggestion may offer, and the name it had before a rename that it was read for (else null), or
     * whether it was read for its letters and digits alone.
     */
    record Suggestable(Partner partner, String formerName, boolean byLetters) {
    }

    /**
     * In one statement: up to {@code limit} partners whose name key starts with the (non-empty) {@code key}, as
     * {@link #startingWith}, then every partner that had another name before a rename, once per former name (newest
     * rename first), for the caller to compare, then up to {@code limit} whose names' letters and digits start with
     * those of {@code key} (none when it has none); all narrowed to {@code active} (as in {@link #startingWith}).
     */
    List<Suggestable> startingWithOrOnceCalled(Connection c, long guildId, String key, Boolean active, int limit)
            throws SQLException {
        String letters = PartnerInput.letters(key);
        return Database.list(c, STARTING_WITH_OR_ONCE[which(active)],
                rs -> new Suggestable(partner(rs), rs.getString("former"), rs.getInt("by_letters") == 1), guildId,
                key, key + Character.MAX_VALUE, key, limit, guildId, guildId, letters, lettersEnd(letters), limit);
    }

    /**
     * Up to {@code limit} partners of the server whose names' letters and digits start with those of {@code key}
     * ("stmarys" for "St. Mary's Clinic"), newest activity first; none when it has none.
     */
    List<Partner> lettersStartingWith(Connection c, long guildId, String key, int limit) throws SQLException {
        String letters = PartnerInput.letters(key);
        return letters.isEmpty() ? List.of() : Database.list(c, LETTERS_STARTING_WITH[0], PartnerStore::partner,
                guildId, letters, lettersEnd(letters), limit);
    }

    /** The end of the range of letters starting with {@code letters}; none for none (no letter or digit typed). */
    private static String lettersEnd(String letters) {
        return letters.isEmpty() ? "" : letters + Character.MAX_VALUE;
    }

    /** The statement of {@link #startingWithOrOnceCalled} for any partner (for tests of its plan). */
    static String startingWithOrOnceCalledStatement() {
        return STARTING_WITH_OR_ONCE[0];
    }

    /**
     * Up to {@code limit} partners whose name key contains {@code key} (not ordered: the first ones the index
     * holds), then narrowed to {@code active} (as in {@link #startingWith}), newest activity first.
     */
    List<Partner> containing(Connection c, long guildId, String key, Boolean active, int limit)
            throws SQLException {
        // a few more rows than wanted: a name holding the text twice comes twice; typed with or without accents
        String bare = PartnerInput.unaccented(key);
        String from = NameSuffixes.clip(bare);
        int rows = 4 * limit + 8;
        java.util.Map<Long, Partner> found = new java.util.LinkedHashMap<>();
        List<Partner> read = Database.list(c, CONTAINING_BY_SUFFIX, PartnerStore::partner, guildId, from,
                from + Character.MAX_VALUE, rows);
        read.forEach(p -> found.putIfAbsent(p.id(), p));
        List<Partner> partners = new ArrayList<>(found.values());
        if (partners.size() < limit && read.size() == rows) {
            // too few names among as many rows: the slow way, which cannot be fooled by repeats
            partners = byIds(c, guildId, Database.list(c, CONTAINING, rs -> rs.getLong(1), guildId, key, limit));
        }
        // text longer than the suffixes kept was looked up by its start: check the whole of it
        boolean clipped = NameSuffixes.clipped(bare);
        return partners.stream().filter(p -> !clipped || PartnerLookup.contains(p.name(), key)).limit(limit)
                .filter(p -> active == null || p.active() == active)
                .sorted(NEWEST_ACTIVITY)
                .toList();
    }

    /**
     * Which of these name keys ({@link PartnerInput#nameKey}) partners of the server have, each with its partner (moved
     * on or not: {@link Partner#active()}), in one read.
     */
    java.util.Map<String, Partner> keysOnList(Connection c, long guildId, java.util.Collection<String> keys)
            throws SQLException {
        java.util.Map<String, Partner> byKey = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return byKey;
        }
        for (java.util.Map.Entry<String, Partner> row : Database.list(c, KEYS_LISTED,
                rs -> java.util.Map.entry(rs.getString("name_key"), partner(rs)), keys.toArray(String[]::new),
                guildId)) {
            byKey.put(row.getKey(), row.getValue());
        }
        return byKey;
    }

    /**
     * The names of the server that may be close to {@code key} (a name key, for close matches to a name not found),
     * newest activity first: the {@link #NEAR_NEWEST} newest, and up to {@link #NEAR_PER_PIECE} holding each of
     * {@link #NEAR_PIECES} pieces of the key. A name up to three letters off what was typed holds one of the four
     * pieces as it was typed, so it is read, unless more than that many names hold each piece that it holds; an older
     * name further off is read when a piece of it was typed right.
     */
    List<String> namesNear(Connection c, long guildId, String key) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(guildId, NEAR_NEWEST));
        for (String piece : pieces(PartnerInput.unaccented(key))) {
            String from = NameSuffixes.clip(piece);
            // an empty piece's range is empty
            params.addAll(List.of(guildId, from, piece.isEmpty() ? "" : from + Character.MAX_VALUE, NEAR_PER_PIECE));
        }
        record Near(String name, Instant activity, long id) {
        }
        java.util.Map<Long, Near> found = new java.util.LinkedHashMap<>();
        Database.list(c, NEAR, rs -> new Near(rs.getString(1), Database.instant(rs, 2), rs.getLong(3)),
                params.toArray()).forEach(n -> found.putIfAbsent(n.id(), n));
        return found.values().stream().sorted(java.util.Comparator.comparing(Near::activity,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(Near::id, java.util.Comparator.reverseOrder())).map(Near::name).toList();
    }

    /**
     * {@link #NEAR_PIECES} pieces of {@code key} of about equal length, each stripped of its spaces at the ends (a
     * suffix never starts with one); empty ones where the key is too short.
     */
    static List<String> pieces(String key) {
        int[] points = key.strip().codePoints().toArray();
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < NEAR_PIECES; i++) {
            int from = points.length * i / NEAR_PIECES;
            int to = points.length * (i + 1) / NEAR_PIECES;
            pieces.add(new String(points, from, to - from).strip());
        }
        return pieces;
    }

    private static int which(Boolean active) {
        return active == null ? 0 : active ? 1 : 2;
    }

    List<Partner> active(Connection c, long guildId) throws SQLException {
        return Database.list(c, ACTIVE, PartnerStore::partner, guildId);
    }

    List<PartnerDirectory.Listed> activeListed(Connection c, long guildId) throws SQLException {
        return Database.list(c, ACTIVE_LISTED, rs -> {
            Integer cadence = rs.getObject(5, Integer.class);
            return new PartnerDirectory.Listed(rs.getLong(1), rs.getString(2), Stage.stored(rs.getString(3)),
                    rs.getLong(4), cadence, Database.instant(rs, 6), Database.instant(rs, 7), Database.instant(rs, 8));
        }, guildId);
    }

    List<Partner> outOfTouch(Connection c, Instant now, int defaultDays) throws SQLException {
        return Database.list(c, OUT_OF_TOUCH, PartnerStore::partner, defaultDays, now);
    }

    java.util.Optional<Instant> nextOutOfTouch(Connection c, Instant now, int defaultDays) throws SQLException {
        // MIN of no rows is one row of NULL
        return Database.list(c, NEXT_OUT_OF_TOUCH, rs -> Database.instant(rs, 1), defaultDays, now).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The partners of this server among {@code ids} (any order; unknown ids are left out). */
    List<Partner> byIds(Connection c, long guildId, java.util.Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? List.of()
                : Database.list(c, BY_IDS, PartnerStore::partner, ids.stream().distinct().toArray(Long[]::new),
                        guildId);
    }

    /** The names of the partners of this server among {@code ids} (moved-on ones too), by id. */
    java.util.Map<Long, String> namesById(Connection c, long guildId, java.util.Collection<Long> ids)
            throws SQLException {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Database.list(c, NAMES_BY_ID, rs -> names.put(rs.getLong(1), rs.getString(2)),
                    ids.stream().distinct().toArray(Long[]::new), guildId);
        }
        return names;
    }

    /** The partners of this server among {@code ids} as they stand now (moved-on ones too), by id. */
    java.util.Map<Long, PartnerDirectory.Named> namedNow(Connection c, long guildId, java.util.Collection<Long> ids)
            throws SQLException {
        java.util.Map<Long, PartnerDirectory.Named> named = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Database.list(c, STANDING_BY_ID, rs -> named.put(rs.getLong(1), new PartnerDirectory.Named(rs.getLong(1),
                    rs.getString(2), !Stage.stored(rs.getString(3)).active())),
                    ids.stream().distinct().toArray(Long[]::new), guildId);
        }
        return named;
    }

    /** The partners of this server with these name keys ({@link PartnerInput#keyOf}) as they stand now, by key. */
    java.util.Map<String, PartnerDirectory.Named> namedNowByKey(Connection c, long guildId,
                                                               java.util.Collection<String> keys) throws SQLException {
        java.util.Map<String, PartnerDirectory.Named> named = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            Database.list(c, STANDING_BY_KEY, rs -> named.put(rs.getString(4), new PartnerDirectory.Named(
                    rs.getLong(1), rs.getString(2), !Stage.stored(rs.getString(3)).active())),
                    keys.stream().distinct().toArray(String[]::new), guildId);
        }
        return named;
    }

    /** The partners of this server among {@code ids} that have moved on. */
    java.util.Set<Long> movedOnAmong(Connection c, long guildId, java.util.Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(Database.list(c, MOVED_ON_BY_ID,
                rs -> rs.getLong(1), ids.stream().distinct().toArray(Long[]::new), guildId));
    }

    /** How many active partners each sector has in each stage, by sector key (kept counts, V40). */
    StageCounts.BySector sectorStages(Connection c, long guildId) throws SQLException {
        return stageCounts.of(c, guildId);
    }

    List<LookedAfter> lookedAfter(Connection c) throws SQLException {
        return Database.list(c, LOOKED_AFTER, rs -> new LookedAfter(rs.getLong("id"), rs.getLong("guild_id"),
                rs.getString("name"), Stage.stored(rs.getString("stage")), rs.getLong("owner_id"),
                Database.instant(rs, "created_at")));
    }

    /** A page of the list, and how many partners match the filters in all. */
    record Page(List<Partner> partners, int matching) {
    }

    /**
     * Up to {@code limit} partners matching {@code f} from {@code offset} on, newest activity first, with how many
     * match in all: one read, unless the page is past the end (then the count is read on its own).
     */
    Page page(Connection c, long guildId, Filter f, int limit, int offset) throws SQLException {
        List<Object> params = filterParams(guildId, f);
        params.addAll(filterParams(guildId, f));
        params.add(limit);
        params.add(offset);
        int[] matching = {0};
        List<Partner> partners = Database.list(c, PAGES[filter(f)], rs -> {
            matching[0] = rs.getInt("matching");
            return partner(rs);
        }, params.toArray());
        return new Page(partners, partners.isEmpty() && offset > 0 ? count(c, guildId, f) : matching[0]);
    }

    /** The statement that reads a page of the list with these filters (for tests of its plan). */
    static String pageStatement(Filter f) {
        return PAGES[filter(f)];
    }

    int count(Connection c, long guildId, Filter f) throws SQLException {
        return Database.one(c, COUNTS[filter(f)], rs -> rs.getInt(1), filterParams(guildId, f).toArray())
                .orElse(0);
    }

    /**
     * What lies around a filter that matches nothing, for what its empty list says and suggests: how many partners
     * are on the list ({@code active}) and moved on in the server; how many match the filter but its stage, on the list
     * and moved on; and how many of the filter's sector are on the list, whoever looks after them (the server's, with
     * no sector).
     */
    record Around(int active, int movedOn, int activeMatching, int movedOnMatching, int activeInSector) {
    }

    /** {@link Around} {@code f}, in one read. */
    Around around(Connection c, long guildId, Filter f) throws SQLException {
        List<Object> matching = new java.util.ArrayList<>(List.of(guildId));
        if (f.sector() != null) {
            matching.add(f.sector());
        }
        if (f.ownerId() != null) {
            matching.add(f.ownerId());
        }
        List<Object> params = new java.util.ArrayList<>(List.of(guildId, guildId));
        params.addAll(matching);
        params.addAll(matching);
        params.add(guildId);
        if (f.sector() != null) {
            params.add(f.sector());
        }
        return Database.one(c, AROUND[(f.sector() != null ? 1 : 0) | (f.ownerId() != null ? 2 : 0)],
                rs -> new Around(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                params.toArray()).orElseThrow();
    }

    /** Which statement of {@link #PAGES} and {@link #COUNTS} fits the filters given. */
    private static int filter(Filter f) {
        return ((f.stage() != null ? 1 : 0) | (f.sector() != null ? 2 : 0) | (f.ownerId() != null ? 4 : 0));
    }

    private static List<Object> filterParams(long guildId, Filter f) {
        List<Object> params = new java.util.ArrayList<>(List.of(guildId));
        if (f.stage() != null) {
            params.add(f.stage().name());
        }
        if (f.sector() != null) {
            params.add(f.sector());
        }
        if (f.ownerId() != null) {
            params.add(f.ownerId());
        }
        return params;
    }

    /** Adds a partner in the researching stage, looked after by whoever added it; returns it as stored. */
    Partner insert(Connection c, long guildId, PartnerName name, String sector, long ownerId, String contact,
                   String notes, Instant now) throws SQLException {
        long id = Database.insert(c, INSERT, guildId, name.text(), name.key(), name.letters(), sector,
                Stage.RESEARCHING, ownerId, contact, notes, ownerId, now, now);
        suffixes.add(c, guildId, id, name.key());
        stageCounts.added(c, guildId, sector, Stage.RESEARCHING);
        owners.record(c, guildId, id, ownerId, now);
        return new Partner(id, guildId, name.text(), sector, Stage.RESEARCHING, ownerId, contact, notes, null, ownerId,
                now, now, null, null, null, null, null);
    }

    /**
     * Stores an edit of {@code before}; the name's suffixes are written again only when the name changed.
     *
     * @param name the new name with its key, as the edit worked them out; null when the name was not given
     * @return whether the edit renamed the partner (its name's key changed), its former name then kept
     */
    boolean update(Connection c, Partner before, Partner p, PartnerName name, Instant now) throws SQLException {
        String beforeKey = PartnerInput.nameKey(before.name());
        String key = name == null ? beforeKey : name.key();
        String letters = name == null ? PartnerInput.letters(key) : name.letters();
        if (Database.update(c, UPDATE, p.name(), key, letters, p.sector(), p.contact(), p.notes(),
                p.cadenceDays(), now,
                p.guildId(), p.id(), before.sector(), before.stage()) == 0) {
            throw changedMeanwhile(before);
        }
        if (!p.name().equals(before.name())) {
            suffixes.replace(c, p.guildId(), p.id(), key);
        }
        boolean renamed = !key.equals(beforeKey);
        if (renamed) {
            formerNames.record(c, p.guildId(), p.id(), before.name(), now);
        }
        stageCounts.moved(c, p.guildId(), before.sector(), before.stage(), p.sector(), before.stage());
        return renamed;
    }

    /** Moves a partner to another stage and records the move. */
    void moveStage(Connection c, Partner p, Stage to, Stage archivedFrom, String reason, long userId, Instant now)
            throws SQLException {
        Instant restoredAt = p.stage() == Stage.MOVED_ON && to != Stage.MOVED_ON ? now : null;
        if (Database.update(c, SET_STAGE, to, archivedFrom == null ? null : archivedFrom.name(), reason, now,
                restoredAt, p.guildId(), p.id(), p.stage()) == 0) {
            throw changedMeanwhile(p);
        }
        Database.update(c, STAGE_CHANGE, p.guildId(), p.id(), userId, p.stage(), to, now);
        stageCounts.moved(c, p.guildId(), p.sector(), p.stage(), p.sector(), to);
    }

    /**
     * Deletes a partner; its touchpoints, stage changes, contacts and introductions go with it (ON DELETE CASCADE).
     * Its name, and the names it had before a rename (which go with it), who deleted it and when are kept ({@link
     * PartnerDeletions}), to tell a member who types one of them later.
     */
    void delete(Connection c, Partner p, long by, Instant at) throws SQLException {
        List<String> former = formerNames.of(c, p.guildId(), p.id());
        if (Database.update(c, DELETE, p.guildId(), p.id(), p.sector(), p.stage()) == 0) {
            throw changedMeanwhile(p);
        }
        stageCounts.deleted(c, p.guildId(), p.sector(), p.stage());
        deletions.record(c, p, former, by, at);
    }

    /**
     * The newest deletion of a partner whose name had this key, else its letters and digits ({@link PartnerDeletions
     * #lastOf}), when none is called it now.
     */
    Optional<PartnerDeletions.Deletion> lastDeletion(Connection c, long guildId, String nameKey) throws SQLException {
        return deletions.lastOf(c, guildId, nameKey);
    }

    /** The deletions of the partners that had these ids in the server, by id, when they kept the id (V62). */
    java.util.Map<Long, PartnerDeletions.Deletion> deletionsOf(Connection c, long guildId,
                                                               java.util.Collection<Long> ids) throws SQLException {
        return deletions.ofPartners(c, guildId, ids);
    }

    /**
     * A moved-on partner with its latest move to moved-on, read together: who archived it and when (0 and null when
     * its history has no such move); empty when the partner is not in the server or is active.
     */
    Optional<PartnerDirectory.MovedOn> movedOn(Connection c, long guildId, long partnerId) throws SQLException {
        Optional<Partner> p = byId(c, guildId, partnerId).filter(found -> !found.active());
        if (p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Database.one(c, LAST_MOVED_ON, rs -> new PartnerDirectory.MovedOn(p.get(), rs.getLong(1),
                Database.instant(rs, 2)), guildId, partnerId).orElse(new PartnerDirectory.MovedOn(p.get(), 0, null)));
    }

    /** When the partner last moved on (index partner_stage_changes_by_partner); empty when its history has none. */
    Optional<Instant> lastMovedOnAt(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.one(c, LAST_MOVED_ON, rs -> Database.instant(rs, 2), guildId, partnerId);
    }

    /** The deletion of the partner that had this id in the server, when it kept the id (V62). */
    Optional<PartnerDeletions.Deletion> deletionOf(Connection c, long guildId, long partnerId) throws SQLException {
        return deletions.ofPartner(c, guildId, partnerId);
    }

    /**
     * The partner with this id in the server (one a button, menu or reminder named); else {@code absent}, unless it was
     * deleted for good, which is told: its name, when and by whom, and {@code meant}'s command for a partner called so
     * since ({@link PartnerDeletions.Deletion#told(String)}).
     */
    Partner byIdOrTold(Connection c, long guildId, long partnerId, String meant,
                       java.util.function.Supplier<UserError> absent) throws SQLException {
        Optional<Partner> p = byId(c, guildId, partnerId);
        if (p.isPresent()) {
            return p.get();
        }
        throw deletionOf(c, guildId, partnerId).map(d -> d.told(meant)).orElseGet(absent);
    }

    /** Another member moved, edited or deleted the partner between this action's read of it and its write. */
    private static UserError changedMeanwhile(Partner p) {
        return new UserError("Someone else changed “" + Shown.text(p.name()) + "” a moment ago, so I changed "
                + "nothing. Have a look with `/partner show` and try again if it still needs it.");
    }

    /** Hands {@code p} to {@code ownerId}; a change of owner is kept in the partner's history of owners. */
    void setOwner(Connection c, Partner p, long ownerId, Instant now) throws SQLException {
        Database.update(c, SET_OWNER, ownerId, now, p.guildId(), p.id());
        if (p.ownerId() != ownerId) {
            owners.handedOver(c, p.guildId(), p.id(), ownerId, now);
        }
    }

    /** Who looked after each partner just before {@code at} (see {@link OwnerHistory#ownersBefore}). */
    java.util.Map<Long, Long> ownersBefore(Connection c, long guildId, Instant at) throws SQLException {
        return owners.ownersBefore(c, guildId, at);
    }

    /** Nobody looks after these partners from {@code at} on: their owner used {@code /privacy forget}. */
    void ownersForgotten(Connection c, long guildId, List<Long> partnerIds, Instant at) throws SQLException {
        owners.released(c, guildId, partnerIds, at);
    }

    /**
     * Records a touchpoint that happened {@code at}: the partner's activity moves to {@code now}, and its last
     * touchpoint to this one unless a later one is already recorded. Returns the partner as it now stands (worked
     * out from {@code p}, read in the same transaction, by the same rule as the statement).
     */
    /** The partner, its last touchpoint read again from its touchpoints (one of them moved to another day). */
    Partner retouched(Connection c, long guildId, long partnerId) throws SQLException {
        Database.update(c, RETOUCHED, guildId, partnerId, guildId, partnerId, guildId, partnerId);
        return byId(c, guildId, partnerId).orElseThrow();
    }

    Partner touched(Connection c, Partner p, Instant at, String note, Instant now) throws SQLException {
        Database.update(c, TOUCHED, now, at, note, at, at, p.guildId(), p.id());
        boolean latest = p.lastTouchAt() == null || !p.lastTouchAt().isAfter(at);
        return new Partner(p.id(), p.guildId(), p.name(), p.sector(), p.stage(), p.ownerId(), p.contact(), p.notes(),
                p.cadenceDays(), p.createdBy(), p.createdAt(), now, latest ? at : p.lastTouchAt(),
                latest ? note : p.lastTouchNote(), p.archivedFrom(), p.archivedReason(), p.restoredAt());
    }

    private static Partner partner(ResultSet rs) throws SQLException {
        Integer cadence = rs.getObject("cadence_days", Integer.class);
        String archivedFrom = rs.getString("archived_from");
        return new Partner(rs.getLong("id"), rs.getLong("guild_id"), rs.getString("name"), rs.getString("sector"),
                Stage.stored(rs.getString("stage")), rs.getLong("owner_id"), rs.getString("contact"),
                rs.getString("notes"), cadence, rs.getLong("created_by"),
                Database.instant(rs, "created_at"), Database.instant(rs, "activity_at"),
                Database.instant(rs, "last_touch_at"), rs.getString("last_touch_note"),
                archivedFrom == null ? null : Stage.stored(archivedFrom), rs.getString("archived_reason"),
                Database.instant(rs, "restored_at"));
    }
}
