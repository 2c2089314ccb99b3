package org.partnercoach.reminders;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.storage.Database;

/** Each partner's {@link CultivateState} in H2: this feature's own table only (partners and settings come from their APIs). */
final class CultivateStore {

    private static final String COLUMNS = "partner_id, touch_marker, reminders, reminded_at, snoozed_until, asked_at,"
            + " decision, decided_at";
    private static final String ALL = "SELECT " + COLUMNS + " FROM cultivate_partners WHERE guild_id = ?";
    /*
     * Each id looked up through the key (guild_id, partner_id): "partner_id = ANY(?)" made H2 read every row of the
     * server and test it against the list (the key's second column), once per reminder sent.
     */
    static final String SOME = "SELECT c.partner_id, c.touch_marker, c.reminders, c.reminded_at,"
            + " c.snoozed_until, c.asked_at, c.decision, c.decided_at FROM UNNEST(?) AS ids(id)"
            + " JOIN cultivate_partners c ON c.guild_id = ? AND c.partner_id = ids.id";
    private static final String UPDATE = "UPDATE cultivate_partners SET touch_marker = ?, reminders = ?,"
            + " reminded_at = ?, snoozed_until = ?, asked_at = ?, decision = ?, decided_at = ?, updated_at = ?"
            + " WHERE guild_id = ? AND partner_id = ?";
    private static final String INSERT = "INSERT INTO cultivate_partners (touch_marker, reminders, reminded_at,"
            + " snoozed_until, asked_at, decision, decided_at, updated_at, guild_id, partner_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The states of a server's partners that have been reminded, by partner id. */
    Map<Long, CultivateState> states(Connection c, long guildId) throws SQLException {
        Map<Long, CultivateState> byPartner = new HashMap<>();
        for (Map.Entry<Long, CultivateState> e : Database.list(c, ALL, CultivateStore::state, guildId)) {
            byPartner.put(e.getKey(), e.getValue());
        }
        return byPartner;
    }

    /** The states of the partners among {@code ids} that have been reminded, by partner id. */
    Map<Long, CultivateState> states(Connection c, long guildId, java.util.Collection<Long> ids) throws SQLException {
        Map<Long, CultivateState> byPartner = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Map.Entry<Long, CultivateState> e : Database.list(c, SOME, CultivateStore::state,
                    ids.toArray(Long[]::new), guildId)) {
                byPartner.put(e.getKey(), e.getValue());
            }
        }
        return byPartner;
    }

    /**
     * Saves the states of several partners of one server, in this transaction: one batch of updates for those among
     * {@code stored} (the partners whose row the caller read in it), one batch of inserts for the others.
     */
    void saveAll(Connection c, long guildId, Map<Long, CultivateState> states, java.util.Set<Long> stored,
                 Instant now) throws SQLException {
        List<Object[]> updates = new java.util.ArrayList<>();
        List<Object[]> inserts = new java.util.ArrayList<>();
        states.forEach((partnerId, state) -> (stored.contains(partnerId) ? updates : inserts)
                .add(values(guildId, partnerId, state, now)));
        Database.batch(c, UPDATE, updates);
        Database.batch(c, INSERT, inserts);
    }

    void save(Connection c, long guildId, long partnerId, CultivateState s, Instant now) throws SQLException {
        Object[] values = values(guildId, partnerId, s, now);
        if (Database.update(c, UPDATE, values) == 0) {
            Database.update(c, INSERT, values);
        }
    }

    /** The parameters of {@link #UPDATE} and {@link #INSERT}, which take them in the same order. */
    private static Object[] values(long guildId, long partnerId, CultivateState s, Instant now) {
        return new Object[] {s.touchMarker(), s.reminders(), s.remindedAt(), s.snoozedUntil(), s.askedAt(),
            s.decision(), s.decidedAt(), now, guildId, partnerId};
    }

    private static Map.Entry<Long, CultivateState> state(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        return Map.entry(rs.getLong("partner_id"), new CultivateState(Database.instant(rs, "touch_marker"),
                rs.getInt("reminders"), Database.instant(rs, "reminded_at"), Database.instant(rs, "snoozed_until"),
                Database.instant(rs, "asked_at"), decision == null ? null : CultivateState.Decision.valueOf(decision),
                Database.instant(rs, "decided_at")));
    }
}
