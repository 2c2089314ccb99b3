package org.partnercoach.settings;

import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * A member's own settings in one server, for {@code /privacy}: their time zone, and what the bot noted it told them
 * once ({@link Prompts}: that it asked for their time zone, that their DM had the introduction).
 */
public final class MemberSettingsData {

    private static final String MINE = "SELECT time_zone, updated_at FROM member_settings"
            + " WHERE guild_id = ? AND user_id = ?";
    private static final String FORGET = "DELETE FROM member_settings WHERE guild_id = ? AND user_id = ?";
    private static final String MY_PROMPTS = "SELECT prompt, shown_at FROM settings_prompts"
            + " WHERE guild_id = ? AND user_id = ? ORDER BY shown_at, prompt";
    private static final String FORGET_PROMPTS = "DELETE FROM settings_prompts WHERE guild_id = ? AND user_id = ?";

    private MemberSettingsData() {
    }

    public static PersonalData of(Database db) {
        return MemberRows.parts(db, "settings", List.of(Map.entry("time_zone", MINE),
                Map.entry("told_once", MY_PROMPTS)), FORGET, FORGET_PROMPTS);
    }
}
