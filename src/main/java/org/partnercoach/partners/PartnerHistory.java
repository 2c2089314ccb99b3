package org.partnercoach.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.storage.Database;

/**
 * The outreach list's history as the coordinators' digest and exports read it: what moved in a period, where the
 * partners stood at a moment (from the recorded stage moves), touchpoints per week, the sectors missing at the
 * table, and whole-list rows for CSV. Read only; every query names its server.
 */
public final class PartnerHistory {

    /** A period's numbers; {@code activeMembers} added a partner, moved one or logged a touchpoint in it. */
    public record Week(int partnersAdded, int stageMoves, int touchpoints, Set<Long> activeMembers) {
    }

    /** A sector without a partner beyond researching: nobody at all, or only researched ones. */
    public record Gap(String sectorName, boolean researchedOnly, List<String> examples) {
    }

    /** One touchpoint with its partner's name, for exports. */
    public record LoggedTouchpoint(long id, String partnerName, long userId, Touchpoint.Kind kind, String note,
                                   Instant happenedAt) {
    }

    private static final String ADDED = "SELECT created_by FROM partners WHERE guild_id = ? AND created_at >= ?"
            + " AND created_at < ?";
    private static final String MOVES = "SELECT user_id FROM partner_stage_changes WHERE guild_id = ?"
            + " AND changed_at >= ? AND changed_at < ?";
    private static final String TOUCHED = "SELECT user_id FROM partner_touchpoints WHERE guild_id = ?"
            + " AND happened_at >= ? AND happened_at < ?";
    private static final String TOUCH_TIMES = "SELECT happened_at FROM partner_touchpoints WHERE guild_id = ?"
            + " AND happened_at >= ? AND happened_at < ?";
    private static final String CREATED = "SELECT id, stage, created_at FROM partners WHERE guild_id = ?"
            + " AND created_at < ?";
    private static final String CHANGES = "SELECT partner_id, from_stage, to_stage, changed_at"
            + " FROM partner_stage_changes WHERE guild_id = ? ORDER BY changed_at, id";
    private static final String ALL_TOUCHPOINTS = "SELECT t.id, p.name, t.user_id, t.kind, t.note, t.happened_at"
            + " FROM partner_touchpoints t JOIN partners p ON p.id = t.partner_id AND p.guild_id = t.guild_id"
            + " WHERE t.guild_id = ? ORDER BY t.happened_at, t.id";

    private final Database db;
    private final PartnerStore partners;
    private final Sectors sectors;
    private final GapsReport gaps;

    PartnerHistory(Database db, PartnerStore partners, Sectors sectors, GapsReport gaps) {
        this.db = db;
        this.partners = partners;
        this.sectors = sectors;
        this.gaps = gaps;
    }

    /** What happened to the list in [from, to). Touchpoints count by when they happened. */
    public Week week(long guildId, Instant from, Instant to) {
        return db.read(c -> {
            List<Long> added = Database.list(c, ADDED, rs -> rs.getLong(1), guildId, from, to);
            List<Long> moved = Database.list(c, MOVES, rs -> rs.getLong(1), guildId, from, to);
            List<Long> touched = Database.list(c, TOUCHED, rs -> rs.getLong(1), guildId, from, to);
            Set<Long> active = new LinkedHashSet<>(added);
            active.addAll(moved);
            active.addAll(touched);
            active.remove(0L);
            return new Week(added.size(), moved.size(), touched.size(), active);
        });
    }

    /** Touchpoints that happened between each pair of consecutive {@code bounds} (n bounds give n - 1 counts). */
    public int[] touchpointsBetween(long guildId, List<Instant> bounds) {
        int[] counts = new int[Math.max(0, bounds.size() - 1)];
        if (counts.length == 0) {
            return counts;
        }
        List<Instant> times = db.read(c -> Database.list(c, TOUCH_TIMES, rs -> Database.instant(rs, "happened_at"),
                guildId, bounds.get(0), bounds.get(bounds.size() - 1)));
        for (Instant t : times) {
            for (int i = 0; i < counts.length; i++) {
                if (!t.isBefore(bounds.get(i)) && t.isBefore(bounds.get(i + 1))) {
                    counts[i]++;
                    break;
                }
            }
        }
        return counts;
    }

    /** How many partners stood in each stage at {@code at}, replayed from the recorded stage moves. */
    public Map<Stage, Integer> stagesAt(long guildId, Instant at) {
        return db.read(c -> {
            List<Object[]> created = Database.list(c, CREATED, rs -> new Object[] {rs.getLong(1),
                    Stage.valueOf(rs.getString(2))}, guildId, at);
            Map<Long, Stage> before = new HashMap<>();
            Map<Long, Stage> firstFrom = new HashMap<>();
            Database.list(c, CHANGES, PartnerHistory::change, guildId).forEach(ch -> {
                if (ch.at().isBefore(at)) {
                    before.put(ch.partnerId(), ch.to());
                } else {
                    firstFrom.putIfAbsent(ch.partnerId(), ch.from());
                }
            });
            Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
            for (Stage s : Stage.values()) {
                counts.put(s, 0);
            }
            for (Object[] p : created) {
                long id = (Long) p[0];
                Stage stage = before.getOrDefault(id, firstFrom.getOrDefault(id, (Stage) p[1]));
                counts.merge(stage, 1, Integer::sum);
            }
            return counts;
        });
    }

    /** Sectors with no partner beyond researching, the empty ones first (the gaps report's view). */
    public List<Gap> gaps(long guildId) {
        GapsReport.Gaps g = gaps.of(db.read(c -> partners.active(c, guildId)));
        List<Gap> out = new ArrayList<>();
        g.missing().forEach(s -> out.add(new Gap(s.name(), false, s.examples())));
        g.researched().forEach(l -> out.add(new Gap(l.sector().name(), true, l.sector().examples())));
        return out;
    }

    /** Every partner of the server, moved-on ones too, newest activity first. */
    public List<Partner> all(long guildId) {
        return db.read(c -> partners.all(c, guildId));
    }

    /** Every touchpoint of the server, oldest first. */
    public List<LoggedTouchpoint> touchpoints(long guildId) {
        return db.read(c -> Database.list(c, ALL_TOUCHPOINTS, rs -> new LoggedTouchpoint(rs.getLong(1),
                rs.getString(2), rs.getLong(3), Touchpoint.Kind.valueOf(rs.getString(4)), rs.getString(5),
                Database.instant(rs, "happened_at")), guildId));
    }

    /** A sector's display name (a key no longer in the catalogue shows as it is). */
    public String sectorName(String key) {
        return sectors.nameOf(key);
    }

    private record Change(long partnerId, Stage from, Stage to, Instant at) {
    }

    private static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getLong(1), Stage.valueOf(rs.getString(2)), Stage.valueOf(rs.getString(3)),
                Database.instant(rs, "changed_at"));
    }
}
