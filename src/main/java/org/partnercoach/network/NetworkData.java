package org.partnercoach.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.partners.PartnerDirectory;
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
    /** A rating never changed has its changed_at at its rated_at: the export leaves it empty, as nothing changed. */
    private static final String RATINGS = "SELECT partner_id, aspect, score, rated_at,"
            + " CASE WHEN changed_at = rated_at THEN NULL ELSE changed_at END AS changed_at"
            + " FROM partnership_ratings WHERE guild_id = ? AND rater_id = ? ORDER BY id";
    private static final String FORGET_RATINGS = "DELETE FROM partnership_ratings WHERE guild_id = ? AND rater_id = ?";
    private static final String FORGET_ASKS = "DELETE FROM partnership_asks WHERE guild_id = ? AND rater_id = ?";
    private static final String UNNAME_SETTING =
            "UPDATE partnership_settings SET updated_by = 0 WHERE guild_id = ? AND updated_by = ?";

    private NetworkData() {
    }

    /** @param partners names each row's partner in the export, where the table keeps only its id */
    public static PersonalData of(Database db, PartnerDirectory partners) {
        return new MemberRows(db, "partnership_health",
                List.of(Map.entry("questions_asked", ASKS), Map.entry("ratings", RATINGS)),
                FORGET_RATINGS, FORGET_ASKS, UNNAME_SETTING) {

            /** Each row with, first, its partner's name and what was asked in words, as the member saw them. */
            @Override
            public Object export(long guildId, long userId) {
                Map<String, Object> out = new LinkedHashMap<>();
                if (super.export(guildId, userId) instanceof Map<?, ?> parts) {
                    parts.forEach((key, list) -> out.put(String.valueOf(key), list instanceof List<?> l
                            ? l.stream().map(row -> readable(guildId, row, partners)).toList() : list));
                }
                return out;
            }
        };
    }

    /**
     * A question's period as the member reads it: the quarter of a value question ("Q1 2026 (Jan – Mar)"), the day of
     * a trust pulse ("2 Mar 2026").
     */
    private static String period(String key) {
        Optional<Quarter> quarter = Quarter.ofKey(key);
        if (quarter.isPresent()) {
            return quarter.get().label();
        }
        try {
            return MapView.day(LocalDate.parse(key));
        } catch (DateTimeParseException e) {
            return key;
        }
    }

    private static Object readable(long guildId, Object row, PartnerDirectory partners) {
        if (!(row instanceof Map<?, ?> stored)) {
            return row;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (stored.get("partner_id") instanceof Number id) {
            String name = partners.nameOf(guildId, id.longValue());
            out.put("partner", name.isEmpty() ? "a partner no longer on the list" : name);
        }
        if (stored.get("aspect") != null) {
            Arrays.stream(Aspect.values()).filter(a -> a.name().equals(String.valueOf(stored.get("aspect"))))
                    .findFirst().ifPresent(a -> {
                        out.put("rated", a.label());
                        out.put("question", a.question());
                    });
        }
        if (stored.get("kind") != null) {
            Arrays.stream(Aspect.Kind.values()).filter(k -> k.name().equals(String.valueOf(stored.get("kind"))))
                    .findFirst().ifPresent(k -> out.put("asked_about", k.label()));
        }
        if (stored.get("period_key") != null) {
            out.put("period", period(String.valueOf(stored.get("period_key"))));
        }
        stored.forEach((key, value) -> out.put(String.valueOf(key), value));
        return out;
    }
}
