package org.partnercoach.coaching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.storage.Database;

/**
 * Walks as the coordinators' digest and exports see them: how many started and finished in a period, who was
 * active, whose walk stalled, and the answers their authors chose to share (never the private ones). Read only;
 * built from stored times that never change once written (started_at, an answer's created_at), so a past week reads
 * the same later.
 */
public final class WalkActivity {

    /** A period's numbers; {@code activeMembers} started a walk or answered a question in it. */
    public record Week(int started, int finished, Set<Long> activeMembers) {
    }

    /**
     * A walk left unfinished and untouched: where its member stands, and the command that resumes it (its
     * curriculum's, e.g. "/reflect"; "{partner}" in it stands for the partner the walk is about).
     */
    public record Stalled(long walkId, long userId, String walkTitle, long subjectId, int step, int steps,
                          String stepTitle, Instant touchedAt, String command) {
    }

    /** What became of one walk since a digest showed it stalled. */
    public enum Since { STILL_STALLED, PICKED_UP, FINISHED, SET_ASIDE, GONE }

    /** One walk now: what became of it, and the walk as it stands ({@code null} when it is {@link Since#GONE}). */
    public record WalkNow(Since since, Stalled walk) {
    }

    /**
     * An answer its author shares with the coordinators. {@code partnerName}: the name now of the partner a plan is
     * about, as typed ("" for a walk about no one in particular, or a partner no longer found); {@code asked}: its
     * question as the content words it, "{partner}" standing for that partner. Every place a coordinator or a funder
     * reads it names its question and its partner through this record.
     */
    public record SharedAnswer(long answerId, long userId, String walkTitle, long subjectId, String partnerName,
                               String asked, String text, Instant updatedAt) {

        /**
         * How a plan whose partner is no longer found names it, as the privacy export names a rated one (deleting a
         * partner deletes its plans with their answers, so only a plan left behind reads so).
         */
        public static final String PARTNER_GONE = "a partner no longer on the list";

        /** The question as the member answered it, its partner named as typed ("What is the mandate of X?"), for a file. */
        public String question() {
            return WalkView.named(asked, partnerName);
        }

        /** {@link #question()} for a message: the partner's name shown literally. */
        public String questionShown() {
            return WalkView.namedShown(asked, partnerName);
        }

        /** The partner a plan is about, by its name now or {@link #PARTNER_GONE}; "" for a walk about no one. */
        public String partner() {
            return subjectId == 0 ? "" : partnerName == null || partnerName.isBlank() ? PARTNER_GONE : partnerName;
        }

        /** The walk with its partner, for a file ("Plan for one partner — Grace Church"), or the walk's title alone. */
        public String walk() {
            return WalkView.walkName(walkTitle, partner(), false);
        }

        /** {@link #walk()} for a message: the partner's name shown literally. */
        public String walkShown() {
            return WalkView.walkName(walkTitle, partner());
        }
    }

    private static final String STARTED = "SELECT COUNT(*) FROM walks WHERE guild_id = ? AND started_at >= ?"
            + " AND started_at < ?";
    private static final String FINISHED = "SELECT COUNT(*) FROM walks WHERE guild_id = ? AND finished_at >= ?"
            + " AND finished_at < ?";
    private static final String ACTIVE = Database.overUnion("SELECT user_id FROM walks WHERE guild_id = ?"
            + " AND started_at >= ? AND started_at < ?"
            + " UNION SELECT w.user_id FROM walk_answers a JOIN walks w ON w.id = a.walk_id AND w.guild_id = a.guild_id"
            + " WHERE a.guild_id = ? AND a.created_at >= ? AND a.created_at < ?");
    private static final String STALLED = "SELECT id, user_id, curriculum, subject_id, question_key, updated_at"
            + " FROM walks WHERE guild_id = ? AND status <> 'DONE' AND updated_at <= ?";
    /** One member's unfinished walks about a subject, untouched since the given time. */
    private static final String STALLED_PLANS_OF = "SELECT id, user_id, curriculum, subject_id, question_key,"
            + " updated_at FROM walks WHERE guild_id = ? AND user_id = ? AND status <> 'DONE' AND subject_id <> 0"
            + " AND updated_at <= ?";
    /** One member's walk by its id, with its status. */
    private static final String WALK_OF = "SELECT id, user_id, curriculum, subject_id, question_key, updated_at,"
            + " status FROM walks WHERE guild_id = ? AND id = ? AND user_id = ?";
    private static final String SHARED = "SELECT a.id, w.user_id, w.curriculum, w.subject_id, a.question_key,"
            + " a.answer, a.updated_at FROM walk_answers a JOIN walks w ON w.id = a.walk_id AND w.guild_id = a.guild_id"
            + " WHERE a.guild_id = ? AND a.shared = TRUE AND a.skipped = FALSE ORDER BY a.updated_at, a.id";
    private static final String SHARED_BETWEEN = "SELECT a.id, w.user_id, w.curriculum, w.subject_id,"
            + " a.question_key, a.answer, a.updated_at FROM walk_answers a"
            + " JOIN walks w ON w.id = a.walk_id AND w.guild_id = a.guild_id"
            + " WHERE a.guild_id = ? AND a.shared = TRUE AND a.updated_at >= ? AND a.updated_at < ?"
            + " AND a.skipped = FALSE ORDER BY a.updated_at, a.id";

    /**
     * The first walk started here, the first entry of the index on start (V31; not {@code MIN(...)}, for which H2 read
     * every entry of the server's); answers and finishes come after it.
     */
    static final String FIRST_STARTED = "SELECT started_at FROM walks WHERE guild_id = ?"
            + " ORDER BY guild_id, started_at FETCH FIRST 1 ROW ONLY";

    private final Database db;
    private final Walks walks;
    /** Tells the subjects set aside (partners moved on from): their walks wait paused, with nothing to nudge about. */
    private final SubjectNames subjects;

    public WalkActivity(Database db, Walks walks) {
        this(db, walks, SubjectNames.NONE);
    }

    /** @param subjects what the walks are about: those set aside are left out of the stalled ones */
    public WalkActivity(Database db, Walks walks, SubjectNames subjects) {
        this.db = db;
        this.walks = walks;
        this.subjects = subjects;
    }

    /** Walks started and finished in [from, to), and the members who started or answered something then. */
    public Week week(long guildId, Instant from, Instant to) {
        return db.read(c -> new Week(
                Database.one(c, STARTED, rs -> rs.getInt(1), guildId, from, to).orElse(0),
                Database.one(c, FINISHED, rs -> rs.getInt(1), guildId, from, to).orElse(0),
                new LinkedHashSet<>(Database.list(c, ACTIVE, rs -> rs.getLong(1), guildId, from, to, guildId, from,
                        to))));
    }

    /** When the first walk here started; empty when none did. */
    public Optional<Instant> firstStarted(long guildId) {
        return db.read(c -> Database.list(c, FIRST_STARTED, rs -> Database.instant(rs, 1), guildId).stream()
                .filter(java.util.Objects::nonNull).findFirst());
    }

    /**
     * Each member's most recently touched unfinished walk that nobody touched for {@code idle}, longest first; a plan
     * for a partner set aside ({@link SubjectNames#setAside}) is none: it waits paused, with nothing to nudge about.
     */
    public List<Stalled> stalled(long guildId, Instant now, Duration idle) {
        List<Row> read = db.read(c -> Database.list(c, STALLED, WalkActivity::row, guildId, now.minus(idle)));
        Set<Long> about = new java.util.HashSet<>();
        read.forEach(r -> {
            if (r.subjectId() != 0) {
                about.add(r.subjectId());
            }
        });
        Set<Long> aside = about.isEmpty() ? Set.of() : subjects.setAsideAmong(guildId, about);
        List<Row> rows = aside.isEmpty() ? read : read.stream().filter(r -> !aside.contains(r.subjectId())).toList();
        // each member's most recently touched walk (the latest id among equals) whose curriculum is known, picked
        // here rather than sorted in SQL; each curriculum and question is looked up once (a server has thousands
        // of walks and a handful of questions)
        Map<String, Optional<Curriculum>> curricula = new HashMap<>();
        Map<Long, Row> newest = new HashMap<>();
        for (Row r : rows) {
            Row other = newest.get(r.userId());
            if ((other == null || NEWEST_FIRST.compare(r, other) < 0)
                    && curricula.computeIfAbsent(r.curriculum(), this::curriculum).isPresent()) {
                newest.put(r.userId(), r);
            }
        }
        Map<List<String>, Curriculum.Position> positions = new HashMap<>();
        List<Stalled> out = new ArrayList<>(newest.size());
        for (Row r : newest.values()) {
            Curriculum cur = curricula.get(r.curriculum()).orElseThrow();
            Curriculum.Position at = positions.computeIfAbsent(java.util.Arrays.asList(r.curriculum(), r.questionKey()),
                    k -> cur.find(r.questionKey()).orElseGet(cur::first));
            out.add(stalled(r, cur, at));
        }
        out.sort(java.util.Comparator.comparing(Stalled::touchedAt).thenComparing(Stalled::userId));
        return out;
    }

    private static Stalled stalled(Row r, Curriculum cur, Curriculum.Position at) {
        return new Stalled(r.id(), r.userId(), cur.title(), r.subjectId(), at.stepNumber(), cur.steps().size(),
                at.step().title(), r.touchedAt(), cur.command());
    }

    /** The member's stalled walk, if they have one now. */
    public Optional<Stalled> stalledWalkOf(long guildId, long userId, Instant now, Duration idle) {
        return stalled(guildId, now, idle).stream().filter(s -> s.userId() == userId).findFirst();
    }

    /**
     * The member's plan, untouched for {@code idle}, for a subject set aside since ({@link SubjectNames#setAside}: a partner the
     * coalition moved on from), the one touched last: what a nudge about them finds when they have no stalled walk
     * any more because their plan waits paused.
     */
    public Optional<Stalled> setAsideWalkOf(long guildId, long userId, Instant now, Duration idle) {
        List<Row> read = db.read(c -> Database.list(c, STALLED_PLANS_OF, WalkActivity::row, guildId, userId,
                now.minus(idle)));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> aside = subjects.setAsideAmong(guildId, read.stream().map(Row::subjectId)
                .collect(java.util.stream.Collectors.toSet()));
        return read.stream().filter(r -> aside.contains(r.subjectId())).sorted(NEWEST_FIRST)
                .flatMap(r -> curriculum(r.curriculum()).map(cur -> stalled(r, cur,
                        cur.find(r.questionKey()).orElseGet(cur::first))).stream())
                .findFirst();
    }

    /**
     * What became of the member's walk {@code walkId} (the one a digest showed): still untouched for {@code idle},
     * picked up since, finished, paused because its partner was moved on from ({@link SubjectNames#setAside}), or gone (deleted,
     * or its content no longer exists).
     */
    public WalkNow walkNow(long guildId, long userId, long walkId, Instant now, Duration idle) {
        Optional<WithStatus> read = db.read(c -> Database.one(c, WALK_OF,
                rs -> new WithStatus(row(rs), rs.getString(7)), guildId, walkId, userId));
        if (read.isEmpty()) {
            return new WalkNow(Since.GONE, null);
        }
        Row r = read.get().row();
        Optional<Curriculum> cur = curriculum(r.curriculum());
        if (cur.isEmpty()) {
            return new WalkNow(Since.GONE, null);
        }
        Stalled walk = stalled(r, cur.get(), cur.get().find(r.questionKey()).orElseGet(cur.get()::first));
        Since since;
        if ("DONE".equals(read.get().status())) {
            since = Since.FINISHED;
        } else if (r.subjectId() != 0 && subjects.setAside(guildId, r.subjectId())) {
            since = Since.SET_ASIDE;
        } else if (r.touchedAt().isAfter(now.minus(idle))) {
            since = Since.PICKED_UP;
        } else {
            since = Since.STILL_STALLED;
        }
        return new WalkNow(since, walk);
    }

    /**
     * The answers of this server that their authors shared, oldest change first. An answer to a question the content
     * no longer asks is left out: it was shared as the answer to that question, which is gone (as it is gone from
     * a partner's page), and its author finds it in {@code /coach answers}, marked, to unshare or delete.
     */
    public List<SharedAnswer> shared(long guildId) {
        return named(guildId, db.read(c -> Database.list(c, SHARED, WalkActivity::sharedRow, guildId)));
    }

    /** The shared answers last changed in [from, to), oldest change first (only those to questions still asked). */
    public List<SharedAnswer> shared(long guildId, Instant from, Instant to) {
        return named(guildId, db.read(c -> Database.list(c, SHARED_BETWEEN, WalkActivity::sharedRow, guildId, from,
                to)));
    }

    /**
     * The shared answers of these rows whose question is still part of their walk's content, each with its partner's
     * name now (the partners read after the answers, all in one read).
     */
    private List<SharedAnswer> named(long guildId, List<SharedRow> rows) {
        Set<Long> about = new java.util.HashSet<>();
        rows.forEach(r -> about.add(r.subjectId()));
        about.remove(0L);
        Map<Long, String> partners = about.isEmpty() ? Map.of() : subjects.namesOf(guildId, about);
        List<SharedAnswer> out = new ArrayList<>(rows.size());
        for (SharedRow r : rows) {
            Optional<Curriculum> cur = curriculum(r.curriculum());
            Optional<String> asked = cur.flatMap(k -> k.find(r.questionKey())).map(p -> p.question().text());
            if (asked.isPresent()) {
                out.add(new SharedAnswer(r.id(), r.userId(), cur.get().title(), r.subjectId(),
                        partners.getOrDefault(r.subjectId(), ""), asked.get(), r.answer(), r.updatedAt()));
            }
        }
        return out;
    }

    private record SharedRow(long id, long userId, String curriculum, long subjectId, String questionKey,
                             String answer, Instant updatedAt) {
    }

    private static SharedRow sharedRow(ResultSet rs) throws SQLException {
        return new SharedRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("curriculum"),
                rs.getLong("subject_id"), rs.getString("question_key"), rs.getString("answer"),
                Database.instant(rs, "updated_at"));
    }

    private Optional<Curriculum> curriculum(String key) {
        try {
            return Optional.of(walks.curriculum(key));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final java.util.Comparator<Row> NEWEST_FIRST = java.util.Comparator.comparing(Row::touchedAt)
            .thenComparingLong(Row::id).reversed();

    private record Row(long id, long userId, String curriculum, long subjectId, String questionKey,
                       Instant touchedAt) {
    }

    private record WithStatus(Row row, String status) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        // by position: a server has thousands of walks, and H2 looks a column name up on every call
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                Database.instant(rs, 6));
    }
}
