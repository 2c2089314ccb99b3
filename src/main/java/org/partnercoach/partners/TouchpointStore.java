package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.partnercoach.storage.Database;

/** Touchpoints with partners in H2. Every query is filtered on the server. */
final class TouchpointStore {

    /*
     * The same contact sent twice (a command repeated, a form submitted again) is kept once: the same member, kind and
     * words for the partner within minutes of the same moment (a day typed is its noon, so the same day typed again
     * is the same moment). The words are compared ignoring case and spacing ("Called Maria", "called  maria"). The
     * check is part of the insert, a range of the partner's index by time: no statement more.
     */
    static final Duration SAME_CONTACT = Duration.ofMinutes(10);
    /** The characters a note's words are compared without: space, tab, line breaks, no-break space. */
    private static final int[] SPACING = {32, 9, 10, 13, 160};
    private static final String INSERT = "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
            + " happened_at, created_at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM partner_touchpoints t"
            + " WHERE t.guild_id = ? AND t.partner_id = ? AND t.happened_at >= ? AND t.happened_at <= ?"
            + " AND t.user_id = ? AND t.kind = ? AND " + wordsOf("t.note") + " = " + wordsOf("CAST(? AS VARCHAR)") + ")";
    private static final String RECENT = "SELECT id, guild_id, partner_id, user_id, kind, note, happened_at"
            + " FROM partner_touchpoints WHERE guild_id = ? AND partner_id = ?"
            + " ORDER BY happened_at DESC, id DESC LIMIT ?";
    private static final String BY_ID = "SELECT id, guild_id, partner_id, user_id, kind, note, happened_at"
            + " FROM partner_touchpoints WHERE guild_id = ? AND id = ?";
    private static final String MOVE = "UPDATE partner_touchpoints SET happened_at = ? WHERE guild_id = ? AND id = ?";

    /** {@code text}, in SQL, in lower case without its spacing: the words of a note as the repeat check compares them. */
    private static String wordsOf(String text) {
        String words = "LOWER(" + text + ")";
        for (int space : SPACING) {
            words = "REPLACE(" + words + ", CHR(" + space + "), '')";
        }
        return words;
    }

    /** The touchpoint stored, or empty when the member had just logged the same one ({@link #SAME_CONTACT}). */
    Optional<Touchpoint> insert(Connection c, long guildId, long partnerId, long userId, Touchpoint.Kind kind,
                                          String note, Instant happenedAt, Instant now) throws SQLException {
        OptionalLong id = Database.insertIfNew(c, INSERT, guildId, partnerId, userId, kind, note, happenedAt,
                now, guildId, partnerId, happenedAt.minus(SAME_CONTACT), happenedAt.plus(SAME_CONTACT), userId, kind,
                note);
        return id.isEmpty() ? Optional.empty()
                : Optional.of(new Touchpoint(id.getAsLong(), guildId, partnerId, userId, kind, note, happenedAt));
    }

    Optional<Touchpoint> byId(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, BY_ID, TouchpointStore::touchpoint, guildId, id);
    }

    /** The touchpoint, moved to {@code happenedAt}. */
    Touchpoint move(Connection c, Touchpoint t, Instant happenedAt) throws SQLException {
        Database.update(c, MOVE, happenedAt, t.guildId(), t.id());
        return new Touchpoint(t.id(), t.guildId(), t.partnerId(), t.userId(), t.kind(), t.note(), happenedAt);
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
