package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercoach.storage.Database;

/** Who knows someone at a partner, and the introductions asked of them. Every query is filtered on the server. */
final class IntroStore {

    private static final String KNOWS = "SELECT COUNT(*) FROM partner_contacts"
            + " WHERE guild_id = ? AND partner_id = ? AND user_id = ?";
    private static final String ADD_CONTACT = "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at)"
            + " VALUES (?, ?, ?, ?)";
    private static final String REMOVE_CONTACT = "DELETE FROM partner_contacts"
            + " WHERE guild_id = ? AND partner_id = ? AND user_id = ?";
    private static final String CONTACTS = "SELECT user_id FROM partner_contacts WHERE guild_id = ? AND partner_id = ?"
            + " ORDER BY created_at, user_id";
    private static final String INTRO_COLUMNS =
            "id, guild_id, partner_id, requester_id, helper_id, status, asked_at, answered_at";
    private static final String INSERT_INTRO = "INSERT INTO partner_intros (guild_id, partner_id, requester_id,"
            + " helper_id, status, asked_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INTRO = "SELECT " + INTRO_COLUMNS + " FROM partner_intros WHERE guild_id = ? AND id = ?";
    /**
     * The latest request of each requester to each helper: no later one of the same pair exists. Requests of former
     * members (helper 0, several people) are each their own line.
     */
    private static final String LATEST_INTROS = "SELECT " + INTRO_COLUMNS + " FROM partner_intros i"
            + " WHERE guild_id = ? AND partner_id = ? AND NOT EXISTS (SELECT 1 FROM partner_intros n"
            + " WHERE n.guild_id = i.guild_id AND n.partner_id = i.partner_id AND n.requester_id = i.requester_id"
            + " AND n.helper_id = i.helper_id AND n.helper_id <> 0 AND (n.asked_at > i.asked_at OR (n.asked_at = i.asked_at AND n.id > i.id)))"
            + " ORDER BY asked_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
    private static final String OF_REQUESTER = "SELECT " + INTRO_COLUMNS + " FROM partner_intros WHERE guild_id = ?"
            + " AND partner_id = ? AND requester_id = ? ORDER BY asked_at DESC, id DESC";
    private static final String ANSWER = "UPDATE partner_intros SET status = ?, answered_at = ?"
            + " WHERE guild_id = ? AND id = ?";
    private static final String INTRODUCED = "UPDATE partner_intros SET status = ?, answered_at = ?"
            + " WHERE guild_id = ? AND partner_id = ? AND requester_id = ? AND status IN (?, ?)";

    boolean knows(Connection c, long guildId, long partnerId, long userId) throws SQLException {
        return Database.one(c, KNOWS, rs -> rs.getInt(1), guildId, partnerId, userId).orElse(0) > 0;
    }

    void addContact(Connection c, long guildId, long partnerId, long userId, Instant now) throws SQLException {
        Database.update(c, ADD_CONTACT, guildId, partnerId, userId, now);
    }

    void removeContact(Connection c, long guildId, long partnerId, long userId) throws SQLException {
        Database.update(c, REMOVE_CONTACT, guildId, partnerId, userId);
    }

    List<Long> contacts(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.list(c, CONTACTS, rs -> rs.getLong(1), guildId, partnerId);
    }

    Intro ask(Connection c, long guildId, long partnerId, long requesterId, long helperId, Instant now)
            throws SQLException {
        long id = Database.insert(c, INSERT_INTRO, guildId, partnerId, requesterId, helperId, Intro.Status.ASKED, now);
        return new Intro(id, guildId, partnerId, requesterId, helperId, Intro.Status.ASKED, now, null);
    }

    Optional<Intro> byId(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, INTRO, IntroStore::intro, guildId, id);
    }

    /** Every introduction {@code requesterId} asked for a partner, newest first. */
    List<Intro> ofRequester(Connection c, long guildId, long partnerId, long requesterId) throws SQLException {
        return Database.list(c, OF_REQUESTER, IntroStore::intro, guildId, partnerId, requesterId);
    }

    /**
     * The introductions asked for a partner, newest first, at most {@code limit}: only the latest request of each
     * requester to each helper, so asking the same member again replaces the earlier line.
     */
    List<Intro> ofPartner(Connection c, long guildId, long partnerId, int limit) throws SQLException {
        return Database.list(c, LATEST_INTROS, IntroStore::intro, guildId, partnerId, limit);
    }

    /**
     * {@code requesterId} logged an introduction with the partner: their requests still open or agreed to are done,
     * so a helper is not asked about them again and the partner's page stops showing them as waiting.
     */
    void introduced(Connection c, long guildId, long partnerId, long requesterId, Instant now) throws SQLException {
        Database.update(c, INTRODUCED, Intro.Status.INTRODUCED, now, guildId, partnerId, requesterId,
                Intro.Status.ASKED, Intro.Status.WILL_INTRODUCE);
    }

    void answer(Connection c, long guildId, long id, Intro.Status status, Instant now) throws SQLException {
        Database.update(c, ANSWER, status, now, guildId, id);
    }

    private static Intro intro(ResultSet rs) throws SQLException {
        return new Intro(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("partner_id"),
                rs.getLong("requester_id"), rs.getLong("helper_id"), Intro.Status.valueOf(rs.getString("status")),
                Database.instant(rs, "asked_at"), Database.instant(rs, "answered_at"));
    }
}
