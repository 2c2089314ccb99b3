package org.partnercoach.settings;

import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/** A member's own settings in one server (their time zone), for {@code /privacy}. */
public final class MemberSettingsData {

    private static final String MINE = "SELECT time_zone, updated_at FROM member_settings"
            + " WHERE guild_id = ? AND user_id = ?";
    private static final String FORGET = "DELETE FROM member_settings WHERE guild_id = ? AND user_id = ?";

    private MemberSettingsData() {
    }

    public static PersonalData of(Database db) {
        return new MemberRows(db, "settings", MINE, FORGET);
    }
}
