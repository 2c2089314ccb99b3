package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final String CONTACTS_SINCE = "SELECT user_id, created_at FROM partner_contacts"
            + " WHERE guild_id = ? AND partner_id = ? AND created_at >= ? ORDER BY created_at, user_id";
    private static final String INTRO_COLUMNS =
            "id, guild_id, partner_id, requester_id, helper_id, status, asked_at, answered_at";
    private static final String INSERT_INTRO = "INSERT INTO partner_intros (guild_id, partner_id, requester_id,"
            + " helper_id, status, asked_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INTRO = "SELECT " + INTRO_COLUMNS + " FROM partner_intros WHERE guild_id = ? AND id = ?";
    private static final String OF_REQUESTER = "SELECT " + INTRO_COLUMNS + " FROM partner_intros WHERE guild_id = ?"
            + " AND partner_id = ? AND requester_id = ? ORDER BY asked_at DESC, id DESC";
    private static final String ANSWER = "UPDATE partner_intros SET status = ?, answered_at = ?"
            + " WHERE guild_id = ? AND id = ?";
    private static final String INTRODUCED = "UPDATE partner_intros SET status = ?, answered_at = ?"
            + " WHERE guild_id = ? AND partner_id = ? AND requester_id = ? AND status IN (?, ?, ?)";
    private static final String AGREED = "SELECT " + INTRO_COLUMNS + " FROM partner_intros"
            + " WHERE guild_id = ? AND partner_id = ? AND status = ? AND helper_id <> 0 ORDER BY answered_at, id";

    private static final String STANDING_BY_HELPER = "SELECT " + INTRO_COLUMNS + " FROM partner_intros"
            + " WHERE guild_id = ? AND partner_id = ? AND helper_id = ? AND status IN (?, ?) ORDER BY asked_at, id";
    /** Who still waits for an introduction at a partner: an open or agreed request, or a wait for someone. */
    private static final String WAITING_AT = Database.overUnion("SELECT requester_id FROM partner_intros"
            + " WHERE guild_id = ? AND partner_id = ? AND status IN (?, ?)"
            + " UNION SELECT requester_id FROM partner_intro_waits WHERE guild_id = ? AND partner_id = ?")
            + " ORDER BY requester_id";
    private static final String STANDING_BY_HELPER_ANYWHERE = "SELECT " + INTRO_COLUMNS + " FROM partner_intros"
            + " WHERE guild_id = ? AND helper_id = ? AND status IN (?, ?) ORDER BY asked_at, id";
    private static final String ASK_AGAIN = "UPDATE partner_intros SET asked_at = ?"
            + " WHERE guild_id = ? AND id = ? AND status = ?";
    private static final String WAIT_COLUMNS = "id, guild_id, partner_id, requester_id, created_at, told_at";
    private static final String WAIT_AFRESH = "UPDATE partner_intro_waits SET told_at = NULL"
            + " WHERE guild_id = ? AND partner_id = ? AND requester_id = ?";
    private static final String WAIT = "INSERT INTO partner_intro_waits (guild_id, partner_id, requester_id,"
            + " created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String WAIT_BY_ID = "SELECT " + WAIT_COLUMNS + " FROM partner_intro_waits"
            + " WHERE guild_id = ? AND id = ?";
    private static final String WAITS = "SELECT " + WAIT_COLUMNS + " FROM partner_intro_waits"
            + " WHERE guild_id = ? AND partner_id = ? ORDER BY created_at, id";
    private static final String TOLD = "UPDATE partner_intro_waits SET told_at = ?"
            + " WHERE guild_id = ? AND id = ? AND told_at IS NULL";
    private static final String END_WAIT = "DELETE FROM partner_intro_waits"
            + " WHERE guild_id = ? AND partner_id = ? AND requester_id = ?";

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

    /** Who said they know someone at a partner at {@code since} or later, and when, first come first. */
    Map<Long, Instant> contactsSince(Connection c, long guildId, long partnerId, Instant since) throws SQLException {
        Map<Long, Instant> said = new LinkedHashMap<>();
        for (Map.Entry<Long, Instant> e : Database.list(c, CONTACTS_SINCE, rs -> Map.entry(rs.getLong(1),
                Database.instant(rs, "created_at")), guildId, partnerId, since)) {
            said.put(e.getKey(), e.getValue());
        }
        return said;
    }

    Intro ask(Connection c, long guildId, long partnerId, long requesterId, long helperId, Instant now)
            throws SQLException {
        long id = Database.insert(c, INSERT_INTRO, guildId, partnerId, requesterId, helperId, Intro.Status.ASKED, now);
        return new Intro(id, guildId, partnerId, requesterId, helperId, Intro.Status.ASKED, now, null);
    }

    Optional<Intro> byId(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, INTRO, IntroStore::intro, guildId, id);
    }

    /** The agreements to introduce at a partner ("I'll introduce you") with no introduction logged since. */
    List<Intro> agreed(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.list(c, AGREED, IntroStore::intro, guildId, partnerId, Intro.Status.WILL_INTRODUCE);
    }

    /** Every introduction {@code requesterId} asked for a partner, newest first. */
    List<Intro> ofRequester(Connection c, long guildId, long partnerId, long requesterId) throws SQLException {
        return Database.list(c, OF_REQUESTER, IntroStore::intro, guildId, partnerId, requesterId);
    }

    /**
     * {@code requesterId} logged an introduction with the partner: their requests still open or agreed to are done,
     * so a helper is not asked about them again and the partner's page stops showing them as waiting; nor do they
     * wait any longer for someone who knows someone there.
     */
    void introduced(Connection c, long guildId, long partnerId, long requesterId, Instant now) throws SQLException {
        Database.update(c, INTRODUCED, Intro.Status.INTRODUCED, now, guildId, partnerId, requesterId,
                Intro.Status.ASKED, Intro.Status.WILL_INTRODUCE, Intro.Status.AGREED_MOVED_ON);
        endWait(c, guildId, partnerId, requesterId);
    }

    /**
     * What {@code helperId} still stands for at a partner, oldest first: the requests they have not answered yet, and
     * those they agreed to ("I'll introduce you") with no introduction logged since.
     */
    List<Intro> standingBy(Connection c, long guildId, long partnerId, long helperId) throws SQLException {
        return Database.list(c, STANDING_BY_HELPER, IntroStore::intro, guildId, partnerId, helperId,
                Intro.Status.ASKED, Intro.Status.WILL_INTRODUCE);
    }

    /** The same, at every partner of the server. */
    List<Intro> standingBy(Connection c, long guildId, long helperId) throws SQLException {
        return Database.list(c, STANDING_BY_HELPER_ANYWHERE, IntroStore::intro, guildId, helperId,
                Intro.Status.ASKED, Intro.Status.WILL_INTRODUCE);
    }

    /**
     * The members still waiting for an introduction at a partner: a request not answered yet or agreed to (no
     * introduction logged since), or a wait for someone who knows someone there.
     */
    List<Long> waitingAt(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.list(c, WAITING_AT, rs -> rs.getLong(1), guildId, partnerId, Intro.Status.ASKED,
                Intro.Status.WILL_INTRODUCE, guildId, partnerId);
    }

    /** A request not answered yet is asked again: its week to be answered starts afresh. */
    void askAgain(Connection c, long guildId, long id, Instant now) throws SQLException {
        Database.update(c, ASK_AGAIN, now, guildId, id, Intro.Status.ASKED);
    }

    /**
     * {@code requesterId} found nobody to ask: they wait for someone to say they know someone at the partner, and
     * will be told of the next one even when they were told of an earlier one.
     */
    void waitForSomeone(Connection c, long guildId, long partnerId, long requesterId, Instant now)
            throws SQLException {
        if (Database.update(c, WAIT_AFRESH, guildId, partnerId, requesterId) == 0) {
            Database.update(c, WAIT, guildId, partnerId, requesterId, now);
        }
    }

    Optional<Intro.Wait> waitById(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, WAIT_BY_ID, IntroStore::waiting, guildId, id);
    }

    /** The members waiting for someone who knows someone at a partner, first come first. */
    List<Intro.Wait> waits(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.list(c, WAITS, IntroStore::waiting, guildId, partnerId);
    }

    /** Marks a wait as told of someone; false when it already was (another member said so in the same moment). */
    boolean told(Connection c, long guildId, long waitId, Instant now) throws SQLException {
        return Database.update(c, TOLD, now, guildId, waitId) == 1;
    }

    /** {@code requesterId} no longer waits: they asked someone, or logged an introduction. */
    void endWait(Connection c, long guildId, long partnerId, long requesterId) throws SQLException {
        Database.update(c, END_WAIT, guildId, partnerId, requesterId);
    }

    void answer(Connection c, long guildId, long id, Intro.Status status, Instant now) throws SQLException {
        Database.update(c, ANSWER, status, now, guildId, id);
    }

    private static Intro intro(ResultSet rs) throws SQLException {
        return new Intro(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("partner_id"),
                rs.getLong("requester_id"), rs.getLong("helper_id"), Intro.Status.valueOf(rs.getString("status")),
                Database.instant(rs, "asked_at"), Database.instant(rs, "answered_at"));
    }

    private static Intro.Wait waiting(ResultSet rs) throws SQLException {
        return new Intro.Wait(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("partner_id"),
                rs.getLong("requester_id"), Database.instant(rs, "created_at"), Database.instant(rs, "told_at"));
    }
}
