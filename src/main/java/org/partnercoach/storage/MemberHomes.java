package org.partnercoach.storage;

import org.partnercoach.chat.HomeServer;
import org.partnercoach.chat.PersonalData;

/**
 * Remembers, per member, the server whose work their DMs continue. As {@link PersonalData}: that one row, when it
 * names the server asked about.
 *
 * <p>When a server removes the bot, its members' rows keep the server with the sign turned ({@code -guild_id}):
 * nothing is deleted, their DMs are told that server no longer has the bot, and a bot added back (or a command
 * there) turns the sign back. Server ids are positive snowflakes, so a negative id never names a server.
 */
public final class MemberHomes implements HomeServer, PersonalData {

    private static final String FIND = "SELECT guild_id FROM member_home WHERE user_id = ?";
    private static final String UPSERT = """
            MERGE INTO member_home h
            USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) AS v(user_id, guild_id) ON h.user_id = v.user_id
            WHEN MATCHED THEN UPDATE SET guild_id = v.guild_id
            WHEN NOT MATCHED THEN INSERT (user_id, guild_id) VALUES (v.user_id, v.guild_id)""";

    private static final String MINE = "SELECT ABS(guild_id) AS guild_id FROM member_home WHERE user_id = ? "
            + "AND guild_id IN (?, ?)";
    private static final String FORGET = "DELETE FROM member_home WHERE user_id = ? AND guild_id IN (?, ?)";
    /** Turns the sign of one server's rows: {@code -guild_id} where it was removed, back where it is added. */
    private static final String TURN = "UPDATE member_home SET guild_id = ? WHERE guild_id = ?";

    private final Database db;

    public MemberHomes(Database db) {
        this.db = db;
    }

    @Override
    public long homeOf(long userId) {
        return Math.max(0L, stored(userId));
    }

    @Override
    public boolean homeRemovedBot(long userId) {
        return stored(userId) < 0;
    }

    @Override
    public void botRemoved(long guildId) {
        db.write(c -> Database.update(c, TURN, -guildId, guildId));
    }

    @Override
    public void botAdded(long guildId) {
        db.write(c -> Database.update(c, TURN, guildId, -guildId));
    }

    /** The row as stored: 0 without one, negative for a server that removed the bot. */
    private long stored(long userId) {
        return db.read(c -> Database.one(c, FIND, rs -> rs.getLong(1), userId).orElse(0L));
    }

    @Override
    public void remember(long userId, long guildId) {
        // called on every server command: only write (a disk sync) when the home actually changes
        if (stored(userId) != guildId) {
            db.write(c -> Database.update(c, UPSERT, userId, guildId));
        }
    }

    @Override
    public String section() {
        return "home_server";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> Database.rows(c, MINE, userId, guildId, -guildId));
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> Database.update(c, FORGET, userId, guildId, -guildId));
    }
}
