package org.partnercoach.reminders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
        if (states.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, CultivateState>> rows = List.copyOf(states.entrySet());
        int[] updated = batch(c, UPDATE, guildId, rows, now);
        List<Map.Entry<Long, CultivateState>> missing = new java.util.ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        batch(c, INSERT, guildId, missing, now);
    }

    /** One statement (UPDATE or INSERT, same parameters) for each partner's state, as one JDBC batch. */
    private static int[] batch(Connection c, String sql, long guildId, List<Map.Entry<Long, CultivateState>> rows,
                               Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<Long, CultivateState> row : rows) {
                CultivateState s = row.getValue();
                ps.setTimestamp(1, timestamp(s.touchMarker()));
                ps.setInt(2, s.reminders());
                ps.setTimestamp(3, timestamp(s.remindedAt()));
                ps.setTimestamp(4, timestamp(s.snoozedUntil()));
                ps.setTimestamp(5, timestamp(s.askedAt()));
                ps.setString(6, s.decision() == null ? null : s.decision().name());
                ps.setTimestamp(7, timestamp(s.decidedAt()));
                ps.setTimestamp(8, timestamp(now));
                ps.setLong(9, guildId);
                ps.setLong(10, row.getKey());
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    void save(Connection c, long guildId, long partnerId, CultivateState s, Instant now) throws SQLException {
        Object[] values = {s.touchMarker(), s.reminders(), s.remindedAt(), s.snoozedUntil(), s.askedAt(),
            s.decision(), s.decidedAt(), now, guildId, partnerId};
        if (Database.update(c, UPDATE, values) == 0) {
            Database.update(c, INSERT, values);
        }
    }

    private static Map.Entry<Long, CultivateState> state(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        return Map.entry(rs.getLong("partner_id"), new CultivateState(Database.instant(rs, "touch_marker"),
                rs.getInt("reminders"), Database.instant(rs, "reminded_at"), Database.instant(rs, "snoozed_until"),
                Database.instant(rs, "asked_at"), decision == null ? null : CultivateState.Decision.valueOf(decision),
                Database.instant(rs, "decided_at")));
    }
}
