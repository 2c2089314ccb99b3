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
    private static final String SOME = "SELECT " + COLUMNS + " FROM cultivate_partners WHERE guild_id = ?"
            + " AND partner_id = ANY(?)";
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
            for (Map.Entry<Long, CultivateState> e : Database.list(c, SOME, CultivateStore::state, guildId,
                    ids.toArray(Long[]::new))) {
                byPartner.put(e.getKey(), e.getValue());
            }
        }
        return byPartner;
    }

    /**
     * Saves the states of several partners of one server: one batch of updates, then one batch of inserts for the
     * partners that had no row yet.
     */
    void saveAll(Connection c, long guildId, Map<Long, CultivateState> states, Instant now) throws SQLException {
        List<Object[]> rows = states.entrySet().stream()
                .map(e -> values(guildId, e.getKey(), e.getValue(), now)).toList();
        int[] updated = Database.batch(c, UPDATE, rows);
        List<Object[]> missing = new java.util.ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        Database.batch(c, INSERT, missing);
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
