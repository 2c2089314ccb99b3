package org.partnercoach.storage;

import org.partnercoach.chat.HomeServer;

/** Remembers, per member, the server whose work their DMs continue. */
public final class MemberHomes implements HomeServer {

    private static final String FIND = "SELECT guild_id FROM member_home WHERE user_id = ?";
    private static final String UPSERT = """
            MERGE INTO member_home h
            USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) AS v(user_id, guild_id) ON h.user_id = v.user_id
            WHEN MATCHED THEN UPDATE SET guild_id = v.guild_id
            WHEN NOT MATCHED THEN INSERT (user_id, guild_id) VALUES (v.user_id, v.guild_id)""";

    private final Database db;

    public MemberHomes(Database db) {
        this.db = db;
    }

    @Override
    public long homeOf(long userId) {
        return db.read(c -> Database.one(c, FIND, rs -> rs.getLong(1), userId).orElse(0L));
    }

    @Override
    public void remember(long userId, long guildId) {
        // called on every server command: only write (a disk sync) when the home actually changes
        if (homeOf(userId) != guildId) {
            db.write(c -> Database.update(c, UPSERT, userId, guildId));
        }
    }
}
