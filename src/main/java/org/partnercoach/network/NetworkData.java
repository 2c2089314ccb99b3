package org.partnercoach.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;

/**
 * A member's say on partnership health, for {@code /privacy}: the pulse and value questions they were asked and
 * their ratings. Forget deletes them (a rating is the member's own view, as a walk answer is), so the partners'
 * trust and value figures are then made of the others' ratings; a pulse setting they changed stays, by nobody.
 */
public final class NetworkData implements PersonalData {

    private static final String ASKS = "SELECT partner_id, kind, period_key, asked_at, skipped_at"
            + " FROM partnership_asks WHERE guild_id = ? AND rater_id = ? ORDER BY id";
    private static final String RATINGS = "SELECT partner_id, aspect, score, rated_at, changed_at"
            + " FROM partnership_ratings WHERE guild_id = ? AND rater_id = ? ORDER BY id";
    private static final String FORGET_RATINGS = "DELETE FROM partnership_ratings WHERE guild_id = ? AND rater_id = ?";
    private static final String FORGET_ASKS = "DELETE FROM partnership_asks WHERE guild_id = ? AND rater_id = ?";
    private static final String UNNAME_SETTING =
            "UPDATE partnership_settings SET updated_by = 0 WHERE guild_id = ? AND updated_by = ?";

    private final Database db;

    public NetworkData(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "partnership_health";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put("questions_asked", Database.rows(c, ASKS, guildId, userId));
            out.put("ratings", Database.rows(c, RATINGS, guildId, userId));
            return out;
        });
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> {
            Database.update(c, FORGET_RATINGS, guildId, userId);
            Database.update(c, FORGET_ASKS, guildId, userId);
            return Database.update(c, UNNAME_SETTING, guildId, userId);
        });
    }
}
