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
import java.util.Optional;
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
        /**
         * A sector with nobody on the list, not even a researched one, as {@code /coalition gaps}, the weekly digest,
         * the quarterly report and the network map all say it, so that a coordinator reads one number one way.
         */
        public static final String NO_PARTNER_AT_ALL = "no partner at all";
        public static final String ONLY_RESEARCHED = "only researched";

        /** {@link #NO_PARTNER_AT_ALL} or {@link #ONLY_RESEARCHED}. */
        public String standing() {
            return researchedOnly ? ONLY_RESEARCHED : NO_PARTNER_AT_ALL;
        }
    }

    /**
     * One touchpoint with its partner's id and name, for exports: the day it happened, and when it was logged (the
     * week the digest counts it in).
     */
    public record LoggedTouchpoint(long id, long partnerId, String partnerName, long userId, Touchpoint.Kind kind,
                                   String note, Instant happenedAt, Instant loggedAt) {
    }

    /** How a member is tied to a partner on the coalition's network map. */
    public enum LinkKind {
        LOOKS_AFTER("looks after"), KNOWS_SOMEONE("knows someone there"), INTRODUCTION("introduction"),
        TOUCHPOINT("touchpoint");

        private final String label;

        LinkKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One tie between a member and a partner; {@code count} touchpoints for a touchpoint tie, else 1. */
    public record Link(long partnerId, long userId, LinkKind kind, int count) {
    }

    /** A partner as it stood at a moment: its stage then, and its touchpoints in the window asked for. */
    public record PartnerAt(Partner partner, Stage stage, int touchpoints) {
    }

    /**
     * The coalition's ties at a moment, from stored history: partners added before it (moved-on ones left out),
     * members who had done anything by then, and the ties between them. A partner is looked after by whoever looked
     * after it then (the history of owners, V50), not by today's owner; and is called what it was called then (V54).
     */
    public record Network(List<PartnerAt> partners, Set<Long> members, List<Link> links) {
    }

    /** A partner added to the list at {@code addedAt}, after touchpoints with it dated before then. */
    public record AddedLater(String name, Instant addedAt, int touchpoints) {
    }

    /** A recorded stage move. */
    public record StageMove(long partnerId, Stage from, Stage to, Instant at) {
    }

    private static final String CONTACTS_BEFORE = "SELECT partner_id, user_id FROM partner_contacts"
            + " WHERE guild_id = ? AND created_at < ? ORDER BY partner_id, user_id";
    private static final String INTROS_BEFORE = "SELECT partner_id, requester_id, helper_id FROM partner_intros"
            + " WHERE guild_id = ? AND asked_at < ? ORDER BY id";
    private static final String TOUCHES_BETWEEN = "SELECT partner_id, user_id, COUNT(*) FROM partner_touchpoints"
            + " WHERE guild_id = ? AND happened_at >= ? AND happened_at < ? GROUP BY partner_id, user_id"
            + " ORDER BY partner_id, user_id";
    private static final String PEOPLE_BEFORE = Database.overUnion("SELECT created_by FROM partners"
            + " WHERE guild_id = ? AND created_at < ?"
            + " UNION SELECT user_id FROM partner_touchpoints WHERE guild_id = ? AND created_at < ?"
            + " UNION SELECT user_id FROM partner_stage_changes WHERE guild_id = ? AND changed_at < ?"
            + " UNION SELECT user_id FROM partner_contacts WHERE guild_id = ? AND created_at < ?"
            + " UNION SELECT requester_id FROM partner_intros WHERE guild_id = ? AND asked_at < ?");
    private static final String ADDED = "SELECT created_by FROM partners WHERE guild_id = ? AND created_at >= ?"
            + " AND created_at < ?";
    private static final String MOVES = "SELECT partner_id, from_stage, to_stage, changed_at, user_id"
            + " FROM partner_stage_changes WHERE guild_id = ? AND changed_at >= ? AND changed_at < ?"
            + " ORDER BY changed_at, id";
    /** Who had contacts dated in a period and how many: one pass over the index on time and member (V31). */
    private static final String TOUCHED = "SELECT user_id, COUNT(*) FROM partner_touchpoints WHERE guild_id = ?"
            + " AND happened_at >= ? AND happened_at < ? GROUP BY user_id";
    /**
     * Who logged touchpoints in a period (by when they were recorded, whatever day they are dated) and how many: one
     * pass over the index on logging time and member (V74).
     */
    static final String LOGGED = "SELECT user_id, COUNT(*) FROM partner_touchpoints WHERE guild_id = ?"
            + " AND created_at >= ? AND created_at < ? GROUP BY user_id";
    /** Touchpoints in a period with partners added to the list at or after a moment (logged later, dated then). */
    private static final String TOUCHED_BEFORE_ADDED = "SELECT p.name, p.created_at, COUNT(*), p.id"
            + " FROM partner_touchpoints t JOIN partners p ON p.id = t.partner_id AND p.guild_id = t.guild_id"
            + " WHERE t.guild_id = ? AND t.happened_at >= ? AND t.happened_at < ? AND p.created_at >= ?"
            + " GROUP BY p.id, p.name, p.created_at ORDER BY p.created_at, p.id";
    private static final String TOUCH_COUNT = "SELECT COUNT(*) FROM partner_touchpoints WHERE guild_id = ?"
            + " AND happened_at >= ? AND happened_at < ?";
    /** Touchpoints logged in a period, from the index on logging time (V74). */
    static final String LOGGED_COUNT = "SELECT COUNT(*) FROM partner_touchpoints WHERE guild_id = ?"
            + " AND created_at >= ? AND created_at < ?";
    private static final String CREATED = "SELECT id, stage, created_at FROM partners WHERE guild_id = ?"
            + " AND created_at < ?";
    /** Partners added before a moment by the stage they stand in now (from the index on creation, V34). */
    private static final String BY_STAGE_NOW = "SELECT stage, COUNT(*) FROM partners WHERE guild_id = ?"
            + " AND created_at < ? GROUP BY stage";
    /** Of the partners that ever moved (ids joined as a table), those added before a moment: their stage now. */
    private static final String MOVED_CREATED = "SELECT p.id, p.stage FROM UNNEST(?) AS moved(id)"
            + " JOIN partners p ON p.id = moved.id WHERE p.guild_id = ? AND p.created_at < ?";
    private static final String CHANGES = "SELECT partner_id, from_stage, to_stage, changed_at"
            + " FROM partner_stage_changes WHERE guild_id = ? ORDER BY changed_at, id";
    private static final String ALL_TOUCHPOINTS = "SELECT t.id, p.name, t.user_id, t.kind, t.note, t.happened_at, t.partner_id,"
            + " t.created_at"
            + " FROM partner_touchpoints t JOIN partners p ON p.id = t.partner_id AND p.guild_id = t.guild_id"
            + " WHERE t.guild_id = ? ORDER BY t.happened_at, t.id";

    /** Who said they know someone at a partner, asked for an introduction, or agreed to make one, in a period. */
    static final String CONTACTS_SAID = "SELECT user_id FROM partner_contacts WHERE guild_id = ?"
            + " AND created_at >= ? AND created_at < ?";
    static final String INTROS_ASKED = "SELECT requester_id FROM partner_intros WHERE guild_id = ?"
            + " AND asked_at >= ? AND asked_at < ?";
    static final String INTROS_AGREED = "SELECT helper_id FROM partner_intros WHERE guild_id = ?"
            + " AND status = ? AND answered_at >= ? AND answered_at < ?";

    /**
     * When the list began: its first partner added, or its first contact logged, each the first entry of its index
     * (V34, V74). Not {@code MIN(...)}: with the server in the condition, H2 read every entry of the server's.
     */
    static final String FIRST_ADDED = "SELECT created_at FROM partners WHERE guild_id = ?"
            + " ORDER BY guild_id, created_at FETCH FIRST 1 ROW ONLY";
    static final String FIRST_TOUCH = "SELECT created_at FROM partner_touchpoints WHERE guild_id = ?"
            + " ORDER BY guild_id, created_at FETCH FIRST 1 ROW ONLY";

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

    /**
     * What happened to the list in [from, to), for the quarterly report: touchpoints count by the day they happened
     * (one logged later for a day in the period counts in it).
     */
    public Week week(long guildId, Instant from, Instant to) {
        return week(guildId, from, to, TOUCHED);
    }

    /**
     * What was recorded on the list in [from, to), for the weekly digest: touchpoints count by when they were logged,
     * whatever day they are dated, so that each counts in the one digest whose week it was logged in (one logged on
     * Tuesday for the Friday before counts in Tuesday's week, after that Friday's digest went out), and a week's count
     * never changes once its digest went out; who logged them took part that week.
     */
    public Week loggedWeek(long guildId, Instant from, Instant to) {
        return week(guildId, from, to, LOGGED);
    }

    private Week week(long guildId, Instant from, Instant to, String touched) {
        return db.read(c -> {
            List<Long> added = Database.list(c, ADDED, rs -> rs.getLong(1), guildId, from, to);
            Set<Long> active = new LinkedHashSet<>(added);
            List<StageMove> moved = Database.list(c, MOVES, rs -> {
                active.add(rs.getLong(5));
                Change ch = change(rs);
                return new StageMove(ch.partnerId(), ch.from(), ch.to(), ch.at());
            }, guildId, from, to);
            int[] touchpoints = {0};
            Database.list(c, touched, rs -> {
                active.add(rs.getLong(1));
                touchpoints[0] += rs.getInt(2);
                return null;
            }, guildId, from, to);
            active.remove(0L);
            return new Week(added.size(), counted(moved).size(), touchpoints[0], active);
        });
    }

    /**
     * Who took part in the outreach in [from, to) besides the {@link Week#activeMembers} (added, moved or touched a
     * partner): who said they know someone at a partner, asked for an introduction, or agreed to make one, in it.
     */
    public Set<Long> knewOrIntroduced(long guildId, Instant from, Instant to) {
        Set<Long> members = new LinkedHashSet<>();
        db.read(c -> {
            members.addAll(Database.list(c, CONTACTS_SAID, rs -> rs.getLong(1), guildId, from, to));
            members.addAll(Database.list(c, INTROS_ASKED, rs -> rs.getLong(1), guildId, from, to));
            members.addAll(Database.list(c, INTROS_AGREED, rs -> rs.getLong(1), guildId,
                    Intro.Status.WILL_INTRODUCE.name(), from, to));
            return null;
        });
        members.remove(0L);
        return members;
    }

    /**
     * The first moment anything was recorded on the list: a partner added, or a contact logged (by when it was logged,
     * as the digest counts contacts; a stage move comes after its partner's adding); empty while the list was never
     * used. A partner deleted takes its contacts and moves with it.
     */
    public Optional<Instant> firstRecorded(long guildId) {
        return db.read(c -> {
            List<Instant> firsts = new ArrayList<>(Database.list(c, FIRST_ADDED, rs -> Database.instant(rs, 1),
                    guildId));
            firsts.addAll(Database.list(c, FIRST_TOUCH, rs -> Database.instant(rs, 1), guildId));
            return firsts.stream().filter(java.util.Objects::nonNull).min(Instant::compareTo);
        });
    }

    /** Touchpoints that happened between each pair of consecutive {@code bounds} (n bounds give n - 1 counts). */
    public int[] touchpointsBetween(long guildId, List<Instant> bounds) {
        return countsBetween(guildId, bounds, TOUCH_COUNT);
    }

    private int[] countsBetween(long guildId, List<Instant> bounds, String count) {
        int[] counts = new int[Math.max(0, bounds.size() - 1)];
        if (counts.length == 0) {
            return counts;
        }
        return db.read(c -> {
            for (int i = 0; i < counts.length; i++) {
                if (bounds.get(i).isBefore(bounds.get(i + 1))) {
                    counts[i] = Database.one(c, count, rs -> rs.getInt(1), guildId, bounds.get(i),
                            bounds.get(i + 1)).orElse(0);
                }
            }
            return counts;
        });
    }

    /**
     * Touchpoints logged between each pair of consecutive {@code bounds} (n bounds give n - 1 counts), by when they
     * were recorded, as {@link #loggedWeek} counts them.
     */
    public int[] touchpointsLoggedBetween(long guildId, List<Instant> bounds) {
        return countsBetween(guildId, bounds, LOGGED_COUNT);
    }

    /**
     * The partners added to the list at or after {@code addedFrom} that have touchpoints dated in [from, to), with how
     * many: contacts logged afterwards for days before the organization was on the list. Oldest addition first. Each
     * goes by the name it was added under (a rename since does not change a past quarter's report, as
     * {@link #network} names partners as they were called then).
     */
    public List<AddedLater> touchedBeforeAdded(long guildId, Instant from, Instant to, Instant addedFrom) {
        return db.read(c -> {
            Map<Long, String> namesThen = partners.namesBefore(c, guildId, addedFrom);
            return Database.list(c, TOUCHED_BEFORE_ADDED, rs -> new AddedLater(namesThen.getOrDefault(rs.getLong(4),
                    rs.getString(1)), Database.instant(rs, 2), rs.getInt(3)), guildId, from, to, addedFrom);
        });
    }

    /**
     * How many partners stood in each stage at {@code at}: those that never moved are counted by their stage in
     * SQL, the others replayed from the recorded stage moves (as {@link #stageOfEach}).
     */
    public Map<Stage, Integer> stagesAt(long guildId, Instant at) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0);
        }
        db.read(c -> {
            Database.list(c, BY_STAGE_NOW, rs -> counts.merge(Stage.stored(rs.getString(1)), rs.getInt(2),
                    Integer::sum), guildId, at);
            List<Change> changes = Database.list(c, CHANGES, PartnerHistory::change, guildId);
            if (!changes.isEmpty()) {
                // a partner that moved is counted where it stood at the moment instead of where it stands now
                List<Object[]> moved = Database.list(c, MOVED_CREATED, PartnerHistory::created,
                        changes.stream().map(Change::partnerId).distinct().toArray(Long[]::new), guildId, at);
                Map<Long, Stage> then = replay(changes, at, moved);
                for (Object[] p : moved) {
                    counts.merge((Stage) p[1], -1, Integer::sum);
                    counts.merge(then.get((Long) p[0]), 1, Integer::sum);
                }
            }
            return null;
        });
        return counts;
    }

    /** Where each partner added before {@code at} stood then, by partner id, replayed from the recorded moves. */
    public Map<Long, Stage> stageOfEach(long guildId, Instant at) {
        return db.read(c -> {
            List<Object[]> created = Database.list(c, CREATED, PartnerHistory::created, guildId, at);
            return replay(Database.list(c, CHANGES, PartnerHistory::change, guildId), at, created);
        });
    }

    private static Object[] created(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(1), Stage.stored(rs.getString(2))};
    }

    /**
     * The stage at {@code at} of each of the {@code created} partners (id, stage now), in their order, from the
     * server's stage moves (oldest first).
     */
    private static Map<Long, Stage> replay(List<Change> changes, Instant at, List<Object[]> created) {
        Map<Long, Stage> before = new HashMap<>();
        Map<Long, Stage> firstFrom = new HashMap<>();
        changes.forEach(ch -> {
            if (ch.at().isBefore(at)) {
                before.put(ch.partnerId(), ch.to());
            } else {
                firstFrom.putIfAbsent(ch.partnerId(), ch.from());
            }
        });
        Map<Long, Stage> stages = new java.util.LinkedHashMap<>();
        for (Object[] p : created) {
            long id = (Long) p[0];
            stages.put(id, before.getOrDefault(id, firstFrom.getOrDefault(id, (Stage) p[1])));
        }
        return stages;
    }

    /**
     * The stage moves of a period as a coordinator counts them: a partner moved on and brought back to the stage it
     * left, both within the period, did not change stage, so neither step is a move (it read "Cultivating → Moved on"
     * and "Moved on → Cultivating" for a partner that stood in cultivating all along). Moving on, or coming back,
     * alone is a move. The weekly digest's and the quarterly report's count alike.
     */
    public static List<StageMove> counted(List<StageMove> moves) {
        List<StageMove> kept = new ArrayList<>(moves);
        // each partner's move onto moved on, by its place in kept, until the partner's next move
        Map<Long, Integer> movedOn = new java.util.HashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            StageMove m = moves.get(i);
            Integer away = movedOn.remove(m.partnerId());
            if (away != null && m.from() == Stage.MOVED_ON && m.to() == moves.get(away).from()) {
                kept.set(away, null);
                kept.set(i, null);
            } else if (m.to() == Stage.MOVED_ON) {
                movedOn.put(m.partnerId(), i);
            }
        }
        return kept.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The stage moves recorded in [from, to), oldest first. */
    public List<StageMove> moves(long guildId, Instant from, Instant to) {
        return db.read(c -> Database.list(c, CHANGES, PartnerHistory::change, guildId)).stream()
                .filter(ch -> !ch.at().isBefore(from) && ch.at().isBefore(to))
                .map(ch -> new StageMove(ch.partnerId(), ch.from(), ch.to(), ch.at())).toList();
    }

    /**
     * The coalition's network at {@code at}: partners (with their stage then) and members, tied by who looks after
     * a partner, who knows someone there, introductions asked, and touchpoints in [{@code touchesFrom}, at).
     * Each partner goes by the name it had then: one renamed since by the name the first of those renames gave up.
     */
    public Network network(long guildId, Instant at, Instant touchesFrom) {
        Map<Long, Stage> stages = stageOfEach(guildId, at);
        return db.read(c -> {
            List<PartnerAt> shown = new ArrayList<>();
            Map<Long, Integer> touchCounts = new HashMap<>();
            List<Link> links = new ArrayList<>();
            Set<Long> ids = new java.util.HashSet<>();
            List<Partner> everyone = partners.all(c, guildId);
            Map<Long, Long> owners = partners.ownersBefore(c, guildId, at);
            // a partner renamed since is shown by the name it had then
            Map<Long, String> namesThen = partners.namesBefore(c, guildId, at);
            for (Partner p : everyone) {
                Stage stage = stages.get(p.id());
                if (stage != null && stage.active()) {
                    ids.add(p.id());
                }
            }
            for (Object[] t : Database.list(c, TOUCHES_BETWEEN, rs -> new Object[] {rs.getLong(1), rs.getLong(2),
                    rs.getInt(3)}, guildId, touchesFrom, at)) {
                long partnerId = (Long) t[0];
                if (ids.contains(partnerId)) {
                    touchCounts.merge(partnerId, (Integer) t[2], Integer::sum);
                    links.add(new Link(partnerId, (Long) t[1], LinkKind.TOUCHPOINT, (Integer) t[2]));
                }
            }
            for (Partner p : everyone) {
                if (ids.contains(p.id())) {
                    Partner then = namesThen.containsKey(p.id()) ? p.withName(namesThen.get(p.id())) : p;
                    shown.add(new PartnerAt(then, stages.get(p.id()), touchCounts.getOrDefault(p.id(), 0)));
                    long owner = owners.getOrDefault(p.id(), p.ownerId());
                    if (owner != 0) {
                        links.add(new Link(p.id(), owner, LinkKind.LOOKS_AFTER, 1));
                    }
                }
            }
            for (long[] k : Database.list(c, CONTACTS_BEFORE, rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                    guildId, at)) {
                if (ids.contains(k[0])) {
                    links.add(new Link(k[0], k[1], LinkKind.KNOWS_SOMEONE, 1));
                }
            }
            for (long[] k : Database.list(c, INTROS_BEFORE, rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                    guildId, at)) {
                if (ids.contains(k[0])) {
                    links.add(new Link(k[0], k[1], LinkKind.INTRODUCTION, 1));
                }
            }
            Set<Long> members = new java.util.TreeSet<>(Database.list(c, PEOPLE_BEFORE, rs -> rs.getLong(1),
                    guildId, at, guildId, at, guildId, at, guildId, at, guildId, at));
            links.forEach(l -> members.add(l.userId()));
            members.remove(0L);
            shown.sort(java.util.Comparator.comparing((PartnerAt p) -> p.partner().id()));
            return new Network(shown, members, links);
        });
    }

    /** Sectors with no partner beyond researching at {@code at}, from the stages partners stood in then. */
    public List<Gap> gapsAt(long guildId, Instant at) {
        Map<Long, Stage> stages = stageOfEach(guildId, at);
        List<Partner> then = all(guildId).stream().filter(p -> stages.containsKey(p.id()))
                .map(p -> p.withStage(stages.get(p.id()))).filter(Partner::active).toList();
        return gapsOf(gaps.of(then));
    }

    /** Every server's active partners that somebody looks after (for the quarterly value question). */
    public List<LookedAfter> lookedAfter() {
        return db.read(partners::lookedAfter);
    }

    /** Every sector of the catalogue, in its order. */
    public List<Sector> sectors() {
        return sectors.all();
    }

    /** Sectors with no partner beyond researching, the empty ones first (the gaps report's view). */
    public List<Gap> gaps(long guildId) {
        return gapsOf(gaps.ofCounts(db.read(c -> partners.sectorStages(c, guildId))));
    }

    private static List<Gap> gapsOf(GapsReport.Gaps g) {
        List<Gap> out = new ArrayList<>();
        g.missing().forEach(s -> out.add(new Gap(s.name(), false, s.examples())));
        g.researched().forEach(l -> out.add(new Gap(l.sector().name(), true, l.sector().examples())));
        return out;
    }

    /**
     * A partner as a coordinator's file lists it: a moved-on one with when it was moved on and by whom (0 for nobody
     * known: a member since forgotten); {@code movedOnAt} null for an active partner, or one whose move is not in the
     * stage history; {@code formerNames}: what it was called before each rename, the oldest first.
     */
    public record Filed(Partner partner, Instant movedOnAt, long movedOnBy, List<String> formerNames) {
    }

    /** Every partner of the server, moved-on ones too, newest activity first. */
    public List<Partner> all(long guildId) {
        return db.read(c -> partners.all(c, guildId));
    }

    /** {@link #all}, each moved-on partner with when and by whom it was moved on; one read. */
    public List<Filed> filed(long guildId) {
        return db.read(c -> partners.allFiled(c, guildId));
    }

    /** Every touchpoint of the server, oldest first. */
    public List<LoggedTouchpoint> touchpoints(long guildId) {
        return db.read(c -> Database.list(c, ALL_TOUCHPOINTS, rs -> new LoggedTouchpoint(rs.getLong(1),
                rs.getLong("partner_id"), rs.getString(2), rs.getLong(3), Touchpoint.Kind.valueOf(rs.getString(4)), rs.getString(5),
                Database.instant(rs, "happened_at"), Database.instant(rs, "created_at")), guildId));
    }

    /** A sector's display name (a key no longer in the catalogue shows as it is). */
    public String sectorName(String key) {
        return sectors.nameOf(key);
    }

    private record Change(long partnerId, Stage from, Stage to, Instant at) {
    }

    private static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getLong(1), Stage.stored(rs.getString(2)), Stage.stored(rs.getString(3)),
                Database.instant(rs, "changed_at"));
    }
}
