package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.storage.Database;

/**
 * The names partners had before a rename (V54), so that a member who types the old name, not having seen the
 * rename, still finds the partner. Only read when no partner has the typed name now: a server renames few partners,
 * so their keys are compared here rather than kept up to each key rule in the table.
 */
final class FormerNames {

    private static final String INSERT = "INSERT INTO partner_former_names (guild_id, partner_id, name, renamed_at)"
            + " VALUES (?, ?, ?, ?)";
    /** Newest rename first: a name two partners had in turn means the one that had it last. */
    private static final String OF_SERVER = "SELECT partner_id, name FROM partner_former_names WHERE guild_id = ?"
            + " ORDER BY renamed_at DESC, id DESC";

    /** Names given up at or after a moment, the earliest rename first: what partners were called before it. */
    private static final String GIVEN_UP_FROM = "SELECT partner_id, name FROM partner_former_names WHERE guild_id = ?"
            + " AND renamed_at >= ? ORDER BY renamed_at, id";

    /** Every name given up by a rename, by partner, the earliest rename first. */
    private static final String ALL_BY_PARTNER = "SELECT partner_id, name FROM partner_former_names WHERE guild_id = ?"
            + " ORDER BY renamed_at, id";

    /** The names one partner had before its renames, the earliest first. */
    private static final String OF_PARTNER = "SELECT name FROM partner_former_names WHERE guild_id = ?"
            + " AND partner_id = ? ORDER BY renamed_at, id";

    /** The names partner {@code partnerId} had before its renames, the earliest first. */
    java.util.List<String> of(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.list(c, OF_PARTNER, rs -> rs.getString(1), guildId, partnerId);
    }

    /** The partner was called {@code name} until {@code at}. */
    void record(Connection c, long guildId, long partnerId, String name, Instant at) throws SQLException {
        Database.update(c, INSERT, guildId, partnerId, name, at);
    }

    /** The partner that was last called {@code key} (a {@link PartnerInput#keyOf} key) before a rename. */
    Optional<Long> partnerOnceCalled(Connection c, long guildId, String key) throws SQLException {
        return Database.list(c, OF_SERVER, rs -> new Former(rs.getLong(1), rs.getString(2)), guildId).stream()
                .filter(former -> PartnerInput.keyOf(former.name()).equals(key))
                .map(Former::partnerId)
                .findFirst();
    }

    /**
     * {@link #partnerOnceCalled} for several keys at once, in one read: each key that a partner was last called
     * before a rename, with that partner's id.
     */
    java.util.Map<String, Long> partnersOnceCalled(Connection c, long guildId, java.util.Collection<String> keys)
            throws SQLException {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        java.util.Set<String> wanted = java.util.Set.copyOf(keys);
        for (Former former : Database.list(c, OF_SERVER, rs -> new Former(rs.getLong(1), rs.getString(2)), guildId)) {
            String key = PartnerInput.keyOf(former.name());
            if (wanted.contains(key)) {
                // newest rename first: the partner that had the name last
                found.putIfAbsent(key, former.partnerId());
            }
        }
        return found;
    }

    /**
     * What the partners renamed at or after {@code at} were called just before it, by partner id (the name the first
     * of those renames gave up), in one read; a partner not renamed since is called now what it was called then.
     */
    java.util.Map<Long, String> namesBefore(Connection c, long guildId, Instant at) throws SQLException {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        Database.list(c, GIVEN_UP_FROM, rs -> names.putIfAbsent(rs.getLong(1), rs.getString(2)), guildId, at);
        return names;
    }

    /** The names each renamed partner had before, the oldest first, by partner id, in one read. */
    java.util.Map<Long, java.util.List<String>> allBefore(Connection c, long guildId) throws SQLException {
        java.util.Map<Long, java.util.List<String>> names = new java.util.HashMap<>();
        Database.list(c, ALL_BY_PARTNER, rs -> names.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                .add(rs.getString(2)), guildId);
        return names;
    }

    private record Former(long partnerId, String name) {
    }
}
