package org.partnercoach.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;

/** A member's digest subscription and the nudges coordinators sent them, for {@code /privacy}. */
public final class DigestData implements PersonalData {

    private static final String SUBSCRIPTION = "SELECT subscribed_at FROM digest_subscribers"
            + " WHERE guild_id = ? AND user_id = ?";
    private static final String NUDGES = "SELECT week_key, coordinator_id, queued_at FROM digest_nudges"
            + " WHERE guild_id = ? AND member_id = ? ORDER BY id";
    private static final String FORGET_SUBSCRIPTION = "DELETE FROM digest_subscribers WHERE guild_id = ? AND user_id = ?";
    private static final String FORGET_NUDGES = "DELETE FROM digest_nudges WHERE guild_id = ? AND member_id = ?";
    /** What they did as a coordinator stays the coalition's, by nobody: the schedule they set, nudges they sent. */
    private static final String UNNAME_SCHEDULE =
            "UPDATE digest_schedules SET updated_by = 0 WHERE guild_id = ? AND updated_by = ?";
    private static final String UNNAME_NUDGER =
            "UPDATE digest_nudges SET coordinator_id = 0 WHERE guild_id = ? AND coordinator_id = ?";

    private final Database db;

    public DigestData(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "digest";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put("subscription", Database.rows(c, SUBSCRIPTION, guildId, userId));
            out.put("nudges_received", Database.rows(c, NUDGES, guildId, userId));
            return out;
        });
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> {
            Database.update(c, FORGET_SUBSCRIPTION, guildId, userId);
            Database.update(c, UNNAME_SCHEDULE, guildId, userId);
            Database.update(c, UNNAME_NUDGER, guildId, userId);
            return Database.update(c, FORGET_NUDGES, guildId, userId);
        });
    }
}
