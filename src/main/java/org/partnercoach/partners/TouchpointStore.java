package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.partnercoach.storage.Database;

/** Touchpoints with partners in H2. Every query is filtered on the server. */
final class TouchpointStore {

    private static final String INSERT = "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
            + " happened_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String RECENT = "SELECT id, guild_id, partner_id, user_id, kind, note, happened_at"
            + " FROM partner_touchpoints WHERE guild_id = ? AND partner_id = ?"
            + " ORDER BY happened_at DESC, id DESC LIMIT ?";

    Touchpoint insert(Connection c, long guildId, long partnerId, long userId, Touchpoint.Kind kind, String note,
                      Instant happenedAt, Instant now) throws SQLException {
        long id = Database.insert(c, INSERT, guildId, partnerId, userId, kind, note, happenedAt, now);
        return new Touchpoint(id, guildId, partnerId, userId, kind, note, happenedAt);
    }

    List<Touchpoint> recent(Connection c, long guildId, long partnerId, int limit) throws SQLException {
        return Database.list(c, RECENT, TouchpointStore::touchpoint, guildId, partnerId, limit);
    }

    private static Touchpoint touchpoint(ResultSet rs) throws SQLException {
        return new Touchpoint(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("partner_id"),
                rs.getLong("user_id"), Touchpoint.Kind.valueOf(rs.getString("kind")), rs.getString("note"),
                Database.instant(rs, "happened_at"));
    }
}
