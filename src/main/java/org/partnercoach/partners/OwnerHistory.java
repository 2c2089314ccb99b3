package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.storage.Database;

/**
 * Who looked after each partner, and from when (V50): a row when a partner is added, handed over, or left without an
 * owner by a forget. A past quarter's "looks after" ties come from it, not from today's owner. A row's owner is NULL
 * for nobody, 0 for a member who used {@code /privacy forget}; a NULL time is "since ever" (the owner a partner had
 * when the history began).
 */
final class OwnerHistory {

    private static final String INSERT = "INSERT INTO partner_owners (guild_id, partner_id, owner_id, since)"
            + " VALUES (?, ?, ?, ?)";
    private static final String INSERT_NOBODY = "INSERT INTO partner_owners (guild_id, partner_id, owner_id, since)"
            + " VALUES (?, ?, NULL, ?)";
    /**
     * A partner without history (added by a process of the version before V50 while this one ran): its owner until
     * now, since ever, so that a hand-over does not rewrite who looked after it before.
     */
    private static final String SINCE_EVER = "INSERT INTO partner_owners (guild_id, partner_id, owner_id, since)"
            + " SELECT p.guild_id, p.id, p.owner_id, NULL FROM partners p WHERE p.guild_id = ? AND p.id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM partner_owners o WHERE o.guild_id = p.guild_id AND o.partner_id = p.id)";
    /** Every owner row before a moment, each partner's in the order they took over (the last is the owner then). */
    private static final String BEFORE = "SELECT partner_id, owner_id FROM partner_owners WHERE guild_id = ?"
            + " AND (since IS NULL OR since < ?) ORDER BY partner_id, since NULLS FIRST, id";

    /** {@code ownerId} looks after the partner from {@code at} on. */
    void record(Connection c, long guildId, long partnerId, long ownerId, Instant at) throws SQLException {
        Database.update(c, INSERT, guildId, partnerId, ownerId, at);
    }

    /** The partner is handed from whoever looked after it to {@code ownerId} at {@code at}. */
    void handedOver(Connection c, long guildId, long partnerId, long ownerId, Instant at) throws SQLException {
        Database.update(c, SINCE_EVER, guildId, partnerId);
        record(c, guildId, partnerId, ownerId, at);
    }

    /** Nobody looks after the partners from {@code at} on (their owner was forgotten). */
    void released(Connection c, long guildId, List<Long> partnerIds, Instant at) throws SQLException {
        for (long partnerId : partnerIds) {
            Database.update(c, SINCE_EVER, guildId, partnerId);
            Database.update(c, INSERT_NOBODY, guildId, partnerId, at);
        }
    }

    /**
     * Who looked after each partner with a history just before {@code at}, by partner id: 0 for nobody (or a
     * forgotten member). A partner without history is not in the map: its owner is today's.
     */
    Map<Long, Long> ownersBefore(Connection c, long guildId, Instant at) throws SQLException {
        Map<Long, Long> owners = new HashMap<>();
        Database.list(c, BEFORE, rs -> owners.put(rs.getLong(1), rs.getLong(2)), guildId, at);
        return owners;
    }
}
