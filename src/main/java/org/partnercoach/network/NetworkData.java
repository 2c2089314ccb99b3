package org.partnercoach.network;

import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * A member's say on partnership health, for {@code /privacy}: the pulse and value questions they were asked and
 * their ratings. Forget deletes them (a rating is the member's own view, as a walk answer is), so the partners'
 * trust and value figures are then made of the others' ratings; a pulse setting they changed stays, by nobody.
 */
public final class NetworkData {

    private static final String ASKS = "SELECT partner_id, kind, period_key, asked_at, skipped_at"
            + " FROM partnership_asks WHERE guild_id = ? AND rater_id = ? ORDER BY id";
    private static final String RATINGS = "SELECT partner_id, aspect, score, rated_at, changed_at"
            + " FROM partnership_ratings WHERE guild_id = ? AND rater_id = ? ORDER BY id";
    private static final String FORGET_RATINGS = "DELETE FROM partnership_ratings WHERE guild_id = ? AND rater_id = ?";
    private static final String FORGET_ASKS = "DELETE FROM partnership_asks WHERE guild_id = ? AND rater_id = ?";
    private static final String UNNAME_SETTING =
            "UPDATE partnership_settings SET updated_by = 0 WHERE guild_id = ? AND updated_by = ?";

    private NetworkData() {
    }

    public static PersonalData of(Database db) {
        return MemberRows.parts(db, "partnership_health",
                List.of(Map.entry("questions_asked", ASKS), Map.entry("ratings", RATINGS)),
                FORGET_RATINGS, FORGET_ASKS, UNNAME_SETTING);
    }
}
