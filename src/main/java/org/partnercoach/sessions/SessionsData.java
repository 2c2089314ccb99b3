package org.partnercoach.sessions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;

/**
 * A member's answers in group sessions and the sessions they led, for {@code /privacy export} and
 * {@code /privacy forget}.
 */
public final class SessionsData implements PersonalData {

    private static final String ANSWERS = "SELECT session_id, idx AS question, text, created_at, updated_at"
            + " FROM group_session_answers WHERE guild_id = ? AND user_id = ? ORDER BY session_id, idx";
    private static final String FORGET_ANSWERS = "DELETE FROM group_session_answers WHERE guild_id = ? AND user_id = ?";
    private static final String FACILITATED = "SELECT id AS session_id, title, status, created_at, ended_at"
            + " FROM group_sessions WHERE guild_id = ? AND facilitator_id = ? ORDER BY id";
    /** A session they lead stays the group's: it is led by nobody, and a coordinator can move it on or hand it over. */
    private static final String UNNAME_FACILITATOR =
            "UPDATE group_sessions SET facilitator_id = 0 WHERE guild_id = ? AND facilitator_id = ?";

    private final Database db;

    public SessionsData(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "group_sessions";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put("answers", Database.rows(c, ANSWERS, guildId, userId));
            out.put("facilitated", Database.rows(c, FACILITATED, guildId, userId));
            return out;
        });
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> {
            Database.update(c, FORGET_ANSWERS, guildId, userId);
            return Database.update(c, UNNAME_FACILITATOR, guildId, userId);
        });
    }
}
