package org.partnercoach.reminders;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.storage.Database;

/**
 * Each partner's {@link CultivateState} in H2: this feature's own table only (partners and settings come from their
 * APIs). A state's {@code updated_at} is read as its {@link CultivateState#writtenAt}: a restore since voids it.
 */
final class CultivateStore {

    private static final String COLUMNS = "partner_id, touch_marker, reminders, reminded_at, snoozed_until, asked_at,"
            + " decision, decided_at, updated_at";
    private static final String ALL = "SELECT " + COLUMNS + " FROM cultivate_states WHERE guild_id = ?";
    /*
     * Each id looked up through the key (guild_id, partner_id): "partner_id = ANY(?)" made H2 read every row of the
     * server and test it against the list (the key's second column), once per reminder sent.
     */
    static final String SOME = "SELECT c.partner_id, c.touch_marker, c.reminders, c.reminded_at,"
            + " c.snoozed_until, c.asked_at, c.decision, c.decided_at, c.updated_at FROM UNNEST(?) AS ids(id)"
            + " JOIN cultivate_states c ON c.guild_id = ? AND c.partner_id = ids.id";
    /*
     * Several partners' states in one statement, their columns as arrays joined as a table: a batch of 25 reminders
     * records up to 500 (one statement each made H2 and PostgreSQL spend most of a 500-reminder run on them).
     */
    private static final String SAVE = """
            MERGE INTO cultivate_states c
            USING (SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS TIMESTAMP ARRAY), CAST(? AS INT ARRAY),
                   CAST(? AS TIMESTAMP ARRAY), CAST(? AS TIMESTAMP ARRAY), CAST(? AS TIMESTAMP ARRAY),
                   CAST(? AS VARCHAR ARRAY), CAST(? AS TIMESTAMP ARRAY))
                   AS s(partner_id, touch_marker, reminders, reminded_at, snoozed_until, asked_at, decision,
                        decided_at)) s
            ON c.guild_id = ? AND c.partner_id = s.partner_id
            WHEN MATCHED THEN UPDATE SET touch_marker = s.touch_marker, reminders = s.reminders,
                   reminded_at = s.reminded_at, snoozed_until = s.snoozed_until, asked_at = s.asked_at,
                   decision = s.decision, decided_at = s.decided_at, updated_at = ?
            WHEN NOT MATCHED THEN INSERT (guild_id, partner_id, touch_marker, reminders, reminded_at, snoozed_until,
                   asked_at, decision, decided_at, updated_at)
                   VALUES (?, s.partner_id, s.touch_marker, s.reminders, s.reminded_at, s.snoozed_until, s.asked_at,
                   s.decision, s.decided_at, ?)""";

    private static final String DELETE = "DELETE FROM cultivate_states WHERE guild_id = ? AND partner_id = ?";

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

    /** Saves the states of several partners of one server, written at {@code now}: this transaction, one statement. */
    void saveAll(Connection c, long guildId, Map<Long, CultivateState> states, Instant now) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        List<CultivateState> s = List.copyOf(states.values());
        Database.update(c, SAVE, Database.array(c, "bigint", List.copyOf(states.keySet())),
                column(c, "timestamp", s, CultivateState::touchMarker),
                column(c, "integer", s, CultivateState::reminders),
                column(c, "timestamp", s, CultivateState::remindedAt),
                column(c, "timestamp", s, CultivateState::snoozedUntil),
                column(c, "timestamp", s, CultivateState::askedAt),
                column(c, "varchar", s, CultivateState::decision),
                column(c, "timestamp", s, CultivateState::decidedAt), guildId, now, guildId, now);
    }

    void save(Connection c, long guildId, long partnerId, CultivateState s, Instant now) throws SQLException {
        saveAll(c, guildId, Map.of(partnerId, s), now);
    }

    /** Forgets a partner's state (the partner is being deleted). */
    void delete(Connection c, long guildId, long partnerId) throws SQLException {
        Database.update(c, DELETE, guildId, partnerId);
    }

    /** One column of {@link #SAVE}: a value of each state, in the order of the ids. */
    private static java.sql.Array column(Connection c, String type, List<CultivateState> states,
                                         java.util.function.Function<CultivateState, ?> value) throws SQLException {
        return Database.array(c, type, states.stream().map(value).toList());
    }

    private static Map.Entry<Long, CultivateState> state(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        return Map.entry(rs.getLong("partner_id"), new CultivateState(Database.instant(rs, "touch_marker"),
                rs.getInt("reminders"), Database.instant(rs, "reminded_at"), Database.instant(rs, "snoozed_until"),
                Database.instant(rs, "asked_at"), decision == null ? null : CultivateState.Decision.valueOf(decision),
                Database.instant(rs, "decided_at"), Database.instant(rs, "updated_at")));
    }
}
