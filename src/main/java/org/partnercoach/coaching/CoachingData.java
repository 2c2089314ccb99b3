package org.partnercoach.coaching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;

/**
 * A member's walks and answers in one server, for {@code /privacy}. The export holds every answer of their own,
 * private or shared ({@code shared} says which), and never another member's; forget deletes them all, so a shared
 * answer also leaves the coordinators' exports and digests.
 */
public final class CoachingData implements PersonalData {

    private static final String WALKS = "SELECT id, curriculum, subject_id, question_key, status, started_at,"
            + " updated_at, finished_at FROM walks WHERE guild_id = ? AND user_id = ? ORDER BY id";
    private static final String ANSWERS = "SELECT a.id, a.walk_id, a.question_key, a.answer, a.skipped, a.shared,"
            + " a.created_at, a.updated_at FROM walk_answers a JOIN walks w ON w.id = a.walk_id"
            + " WHERE a.guild_id = ? AND w.guild_id = ? AND w.user_id = ? ORDER BY a.id";
    private static final String FORGET_ANSWERS = "DELETE FROM walk_answers WHERE guild_id = ? AND walk_id IN"
            + " (SELECT id FROM walks WHERE guild_id = ? AND user_id = ?)";
    private static final String FORGET_WALKS = "DELETE FROM walks WHERE guild_id = ? AND user_id = ?";

    private final Database db;

    public CoachingData(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "coaching";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put("walks", Database.rows(c, WALKS, guildId, userId));
            out.put("answers", Database.rows(c, ANSWERS, guildId, guildId, userId));
            return out;
        });
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> {
            Database.update(c, FORGET_ANSWERS, guildId, guildId, userId);
            return Database.update(c, FORGET_WALKS, guildId, userId);
        });
    }
}
