package org.partnercoach.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/** A member's digest subscription and the nudges coordinators sent them, for {@code /privacy}. */
public final class DigestData {

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

    private DigestData() {
    }

    public static PersonalData of(Database db) {
        return new MemberRows(db, "digest",
                List.of(Map.entry("subscription", SUBSCRIPTION), Map.entry("nudges_received", NUDGES)),
                FORGET_SUBSCRIPTION, UNNAME_SCHEDULE, UNNAME_NUDGER, FORGET_NUDGES) {

            /** Each nudge with, first, the week of the digest it came from in words ("week of 2 Mar 2026"). */
            @Override
            public Object export(long guildId, long userId) {
                Map<String, Object> out = new LinkedHashMap<>();
                if (super.export(guildId, userId) instanceof Map<?, ?> parts) {
                    parts.forEach((key, rows) -> out.put(String.valueOf(key), rows instanceof List<?> l
                            ? l.stream().map(DigestData::readable).toList() : rows));
                }
                return out;
            }
        };
    }

    private static Object readable(Object row) {
        if (!(row instanceof Map<?, ?> stored) || stored.get("week_key") == null) {
            return row;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("week", DigestSchedule.words(String.valueOf(stored.get("week_key"))));
        stored.forEach((key, value) -> out.put(String.valueOf(key), value));
        return out;
    }
}
