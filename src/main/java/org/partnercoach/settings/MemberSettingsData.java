package org.partnercoach.settings;

import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;

/** A member's own settings in one server (their time zone), for {@code /privacy}. */
public final class MemberSettingsData implements PersonalData {

    private static final String MINE = "SELECT time_zone, updated_at FROM member_settings"
            + " WHERE guild_id = ? AND user_id = ?";
    private static final String FORGET = "DELETE FROM member_settings WHERE guild_id = ? AND user_id = ?";

    private final Database db;

    public MemberSettingsData(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "settings";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> Database.rows(c, MINE, guildId, userId));
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> Database.update(c, FORGET, guildId, userId));
    }
}
