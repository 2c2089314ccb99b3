package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * The partners deleted for good (V60): the name, who deleted it and when, kept when all else of the partner goes, so
 * that a member who types the name later is told it was deleted rather than that it never was; and its id (V62), so
 * that a button or menu made before the delete names it too (and, when a partner is called so again since, points
 * to that one). Written in the delete's transaction; read only when a typed name or an id matches no partner of the
 * server.
 */
final class PartnerDeletions {

    private static final String INSERT = "INSERT INTO partner_deletions (guild_id, name_key, name, deleted_by,"
            + " deleted_at, partner_id) VALUES (?, ?, ?, ?, ?, ?)";
    /**
     * The name of the partner of the deletion {@code d}'s server called as it was now (added, or renamed so, since it
     * was deleted: two partners of a server never share a name key), by the partners' index on the key; null for none.
     */
    private static final String CALLED_SO_NOW = "(SELECT p.name FROM partners p WHERE p.guild_id = d.guild_id"
            + " AND p.name_key = d.name_key)";
    /** The deletion of the partner that had this id in the server (one row of its index; none before V62). */
    private static final String OF_PARTNER = "SELECT d.name, d.deleted_by, d.deleted_at, " + CALLED_SO_NOW
            + " FROM partner_deletions d WHERE d.guild_id = ? AND d.partner_id = ? ORDER BY d.id DESC"
            + " FETCH FIRST 1 ROW ONLY";
    /** The deletions of the partners that had these ids in the server, each one index lookup. Parameters: ids, server. */
    private static final String OF_PARTNERS = "SELECT d.partner_id, d.name, d.deleted_by, d.deleted_at, "
            + CALLED_SO_NOW + " FROM UNNEST(?) AS wanted(id) JOIN partner_deletions d ON d.guild_id = ?"
            + " AND d.partner_id = wanted.id ORDER BY d.id";
    /** How many of the server's newest deletions are compared by their letters, when none has the key typed. */
    static final int LETTERS_READ = 500;
    /**
     * The newest deletion of a name key in the server (one range of its index), and in the same statement the
     * server's newest deletions, whose keys' letters are compared where they are read (the table keeps no letters: a
     * server deletes few partners, and only by mistake). Read only when a typed name matches no partner.
     */
    private static final String LAST_OF = Database.overUnion("(SELECT name, name_key, deleted_by, deleted_at, id"
            + " FROM partner_deletions WHERE guild_id = ? AND name_key = ? ORDER BY deleted_at DESC, id DESC"
            + " FETCH FIRST 1 ROW ONLY) UNION ALL (SELECT name, name_key, deleted_by, deleted_at, id"
            + " FROM partner_deletions WHERE guild_id = ? ORDER BY deleted_at DESC, id DESC FETCH FIRST ? ROWS ONLY)");
    private static final String ALL = "SELECT id, name, name_key FROM partner_deletions ORDER BY id";
    private static final String REKEY = "UPDATE partner_deletions SET name_key = ? WHERE id = ?";

    /**
     * A partner called {@code name} was deleted by {@code by} at {@code at}; {@code calledSoNow}: the name of the
     * partner on the list called so now (added again, or another renamed so, since), null for none.
     */
    record Deletion(String name, long by, Instant at, String calledSoNow) {

        /** A deletion read from a name that no partner on the list has now. */
        Deletion(String name, long by, Instant at) {
            this(name, by, at, null);
        }

        /** That it was deleted, when and by whom: "“Food Bank” was deleted from the list on … by @cora". */
        String gone() {
            return "“" + Shown.text(name) + "” was deleted from the list on " + TimeMarkup.full(at) + " by "
                    + Mentions.user(by);
        }

        /** {@link #told(String)} for a member who only looks: a partner called so now is pointed to its page. */
        UserError told() {
            return told(PartnerFeature.Paths.SHOW);
        }

        /**
         * What a member who named it (typed its name, or pressed a button or picked a menu made before the delete) is
         * told: {@link #gone}, and how to add it again; or, when a partner on the list is called so now, that it is,
         * with {@code meant}'s command for it ("partner intro" for an **Ask for an introduction** button).
         */
        UserError told(String meant) {
            if (calledSoNow != null) {
                return new UserError(gone() + ". “" + Shown.text(calledSoNow) + "” is on the list again, as a new "
                        + "entry since: use " + Shown.code("/" + meant + " " + PartnerRef.option(calledSoNow))
                        + " for it.");
            }
            return new UserError(gone() + ". To add it again, use "
                    + Shown.code("/partner add name:\"" + name.replace("\"", "\\\"") + "\"")
                    + " and pick its sector.");
        }
    }

    /**
     * Partner {@code p} was deleted by {@code by} at {@code at}. Each name it had before a rename ({@code former}) is
     * kept too, so that a member who knew it by that name is told of the delete, as she found it by that name before;
     * without the partner's id, so that a button made before the delete names it as it was called then.
     */
    void record(Connection c, Partner p, List<String> former, long by, Instant at) throws SQLException {
        String key = PartnerInput.keyOf(p.name());
        java.util.Set<String> kept = new java.util.HashSet<>(java.util.Set.of(key));
        for (String name : former) {
            String formerKey = PartnerInput.keyOf(name);
            if (!formerKey.isEmpty() && kept.add(formerKey)) {
                Database.update(c, INSERT, p.guildId(), formerKey, name, by, at, null);
            }
        }
        Database.update(c, INSERT, p.guildId(), key, p.name(), by, at, p.id());
    }

    /** The deletion of the partner that had {@code partnerId} in the server; empty for one deleted before V62. */
    Optional<Deletion> ofPartner(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.one(c, OF_PARTNER, rs -> new Deletion(rs.getString(1), rs.getLong(2),
                Database.instant(rs, 3), rs.getString(4)), guildId, partnerId);
    }

    /**
     * The newest deletion of a partner whose name had {@code key} ({@link PartnerInput#keyOf}) in the server; else the
     * newest of one whose name had its letters and digits ("StMarysClinic" for "St. Mary's Clinic").
     */
    Optional<Deletion> lastOf(Connection c, long guildId, String key) throws SQLException {
        String letters = PartnerInput.letters(key);
        List<Read> read = Database.list(c, LAST_OF, rs -> new Read(new Deletion(rs.getString(1), rs.getLong(3),
                Database.instant(rs, 4)), rs.getString(2), rs.getLong(5)), guildId, key, guildId, LETTERS_READ);
        Comparator<Read> newest = Comparator.comparing((Read r) -> r.deletion().at()).thenComparingLong(Read::id)
                .reversed();
        Optional<Read> same = read.stream().filter(r -> r.key().equals(key)).min(newest);
        if (same.isPresent() || letters.isEmpty()) {
            return same.map(Read::deletion);
        }
        return read.stream().filter(r -> PartnerInput.letters(r.key()).equals(letters)).min(newest)
                .map(Read::deletion);
    }

    /** The deletions of the partners that had {@code ids} in the server, by id (the newest of each); in one read. */
    java.util.Map<Long, Deletion> ofPartners(Connection c, long guildId, java.util.Collection<Long> ids)
            throws SQLException {
        java.util.Map<Long, Deletion> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Database.list(c, OF_PARTNERS, rs -> found.put(rs.getLong(1), new Deletion(rs.getString(2), rs.getLong(3),
                    Database.instant(rs, 4), rs.getString(5))), ids.stream().distinct().toArray(Long[]::new), guildId);
        }
        return found;
    }

    /** A deletion as read, with its name key and row id. */
    private record Read(Deletion deletion, String key, long id) {
    }

    /** Brings every stored key up to the current rule, with the partners' ({@link PartnerStore#rekey}). */
    void rekey(Connection c) throws SQLException {
        for (String[] row : Database.list(c, ALL, rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)})) {
            String key = PartnerInput.keyOf(row[1]);
            if (!key.equals(row[2])) {
                Database.update(c, REKEY, key, Long.parseLong(row[0]));
            }
        }
    }
}
