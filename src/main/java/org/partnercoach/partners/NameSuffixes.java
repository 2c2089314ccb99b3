package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnercoach.storage.Database;

/**
 * Every place a partner's name key could be matched from (V39): the key from each of its characters on, clipped to
 * {@link #KEPT} characters. The names that contain what a member typed are then one range of an index, however many
 * partners the server has, where they were a look at every name key of the server.
 */
final class NameSuffixes {

    /** Characters (code points) kept of each suffix; longer typed text is looked up by its start, then checked. */
    static final int KEPT = 32;

    private static final String DELETE = "DELETE FROM partner_name_suffixes WHERE partner_id = ?";
    private static final String DELETE_ALL = "DELETE FROM partner_name_suffixes";
    /** Sent as one JDBC batch: one round trip on PostgreSQL. */
    private static final String INSERT = "INSERT INTO partner_name_suffixes (guild_id, suffix, partner_id)"
            + " VALUES (?, ?, ?)";
    /** Rows per batch when every partner's suffixes are written again. */
    private static final int REBUILD_BATCH = 5_000;
    /**
     * The partners (columns {@code columns}, as {@code p.}) with a suffix in a range: parameters the server, the
     * range's start and end, how many rows. A name holding the text twice comes twice.
     */
    static String partnersInRange(String columns) {
        return "SELECT " + columns + " FROM partner_name_suffixes s JOIN partners p ON p.id = s.partner_id"
                + " WHERE s.guild_id = ? AND s.suffix >= ? AND s.suffix < ? FETCH FIRST ? ROWS ONLY";
    }

    /**
     * The distinct suffixes of a key, and of the key without its accents ({@link PartnerInput#unaccented}: "clinica"
     * finds "Clínica Esperanza"), clipped; none starts with a space (typed text is stripped before a lookup).
     */
    static List<String> of(String key) {
        Set<String> suffixes = new LinkedHashSet<>();
        addAll(key, suffixes);
        addAll(PartnerInput.unaccented(key), suffixes);
        return new ArrayList<>(suffixes);
    }

    private static void addAll(String key, Set<String> suffixes) {
        for (int i = 0; i < key.length(); i = key.offsetByCodePoints(i, 1)) {
            if (key.charAt(i) != ' ') {
                suffixes.add(clip(key.substring(i)));
            }
        }
    }

    /** The first {@link #KEPT} code points of {@code s}, never half a surrogate pair. */
    static String clip(String s) {
        return s.codePointCount(0, s.length()) <= KEPT ? s : s.substring(0, s.offsetByCodePoints(0, KEPT));
    }

    /** Whether a lookup of {@code key} is by its start only, so that what it finds must be checked against it. */
    static boolean clipped(String key) {
        return !clip(key).equals(key);
    }

    /** Writes the suffixes of a new partner's key. */
    void add(Connection c, long guildId, long partnerId, String key) throws SQLException {
        Database.batch(c, INSERT, rows(guildId, partnerId, key));
    }

    private static List<Object[]> rows(long guildId, long partnerId, String key) {
        return of(key).stream().map(s -> new Object[] {guildId, s, partnerId}).toList();
    }

    /**
     * Writes every partner's suffixes again, from their keys now ({@code keys}: partner id, server and key), in
     * batches: at the first start under a new key rule, the whole server's at once.
     */
    void rebuild(Connection c, List<Key> keys) throws SQLException {
        Database.update(c, DELETE_ALL);
        List<Object[]> rows = new ArrayList<>();
        for (Key k : keys) {
            rows.addAll(rows(k.guildId(), k.partnerId(), k.key()));
            if (rows.size() >= REBUILD_BATCH) {
                Database.batch(c, INSERT, rows);
                rows.clear();
            }
        }
        Database.batch(c, INSERT, rows);
    }

    /** A partner's name key as stored. */
    record Key(long partnerId, long guildId, String key) {
    }

    /** Replaces a partner's suffixes after its key changed. */
    void replace(Connection c, long guildId, long partnerId, String key) throws SQLException {
        Database.update(c, DELETE, partnerId);
        add(c, guildId, partnerId, key);
    }
}
