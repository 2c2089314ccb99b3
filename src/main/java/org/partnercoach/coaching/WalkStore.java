package org.partnercoach.coaching;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercoach.storage.Database;

/** Walks and their answers in H2. Every query is filtered on the server. */
final class WalkStore {

    private static final String COLUMNS =
            "id, guild_id, user_id, curriculum, subject_id, question_key, status, started_at, updated_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND curriculum = ? AND subject_id = ?";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM walks WHERE guild_id = ? AND id = ?";
    private static final String LATEST_ACTIVE = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND status = 'ACTIVE' ORDER BY updated_at DESC, id DESC LIMIT 1";
    private static final String LATEST_PAUSED = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND status = 'PAUSED' ORDER BY updated_at DESC, id DESC LIMIT 1";
    /**
     * What a DM line meets, in one read: the member's open walks, the one touched last first (it is the one a typed
     * line answers), and the walk the DM showed last, whatever its status ({@code dm_shown}, V56).
     */
    private static final String DM_WALKS = "SELECT " + COLUMNS + ", dm_shown FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND (status = 'ACTIVE' OR dm_shown IS NOT NULL)"
            + " ORDER BY updated_at DESC, id DESC";
    /** The walk the member's DM showed last, with what it showed of it. */
    private static final String DM_SHOWN = "SELECT " + COLUMNS + ", dm_shown FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND dm_shown IS NOT NULL";
    /**
     * Makes one walk the one the member's DM shows ({@code dm_shown}); their other walk that had the mark loses it.
     * A row that already reads so is not written again.
     */
    private static final String SHOW_IN_DM = "UPDATE walks SET dm_shown = CASE WHEN id = ? THEN ? ELSE NULL END"
            + " WHERE guild_id = ? AND user_id = ?"
            + " AND (id = ? AND (dm_shown IS NULL OR dm_shown <> ?) OR id <> ? AND dm_shown IS NOT NULL)";
    /** The word a "Did you mean" reply offered the member's DM, with where the open walk stood then (V72). */
    private static final String DM_OFFER = "SELECT word, walk_id, question_key, offered_at FROM dm_offers"
            + " WHERE guild_id = ? AND user_id = ?";
    private static final String FORGET_DM_OFFER = "DELETE FROM dm_offers WHERE guild_id = ? AND user_id = ?";
    private static final String INSERT_DM_OFFER = "INSERT INTO dm_offers (guild_id, user_id, word, walk_id,"
            + " question_key, offered_at) VALUES (?, ?, ?, ?, ?, ?)";
    /** How many of the member's walks are open besides one. */
    private static final String OPEN_BESIDES = "SELECT COUNT(*) FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND status = 'ACTIVE' AND id <> ?";
    /** The member's paused walks, the one paused (or touched) last first. */
    private static final String PAUSED_OF_MEMBER = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND user_id = ? AND status = 'PAUSED' ORDER BY updated_at DESC, id DESC";
    /**
     * The member's walks not finished in any other server than {@code guild_id <> ?}: the active ones first, then the
     * paused ones, each touched last first. Read only for a DM line that found no walk open in the server the member's
     * DMs belong to now, through the member's own walks (V53).
     */
    static final String OPEN_ELSEWHERE = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE user_id = ? AND guild_id <> ? AND status IN ('ACTIVE', 'PAUSED')"
            + " ORDER BY CASE WHEN status = 'ACTIVE' THEN 0 ELSE 1 END, updated_at DESC, id DESC";
    private static final String OF_MEMBER = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND user_id = ? ORDER BY started_at, id";
    /** Walks with their answers, in one statement (a walk without answers comes once, with nulls). */
    private static final String ANSWERED = "SELECT w.id, w.guild_id, w.user_id, w.curriculum, w.subject_id,"
            + " w.question_key, w.status, w.started_at, w.updated_at, a.id AS answer_id, a.question_key AS answer_key,"
            + " a.answer, a.skipped, a.updated_at AS answered_at, a.shared"
            + " FROM walks w LEFT JOIN walk_answers a ON a.guild_id = w.guild_id AND a.walk_id = w.id";
    /** Every member's walk about one subject, oldest first, with its answers. */
    private static final String ABOUT_SUBJECT_ANSWERED = ANSWERED
            + " WHERE w.guild_id = ? AND w.curriculum = ? AND w.subject_id = ? ORDER BY w.started_at, w.id, a.id";
    private static final String BY_ID_ANSWERED = ANSWERED + " WHERE w.guild_id = ? AND w.id = ? ORDER BY a.id";
    /**
     * Whether the member has a walk in any server (every query filters on the server, but this one reads only the
     * member's own walks, as {@link #OPEN_ELSEWHERE} does, through V53's index): whether they ever began one.
     */
    static final String ANY_OF_MEMBER = "SELECT 1 FROM walks WHERE user_id = ? LIMIT 1";
    /** The members with a walk about one subject. */
    private static final String MEMBERS_ABOUT_SUBJECT = "SELECT DISTINCT user_id FROM walks"
            + " WHERE guild_id = ? AND curriculum = ? AND subject_id = ?";
    private static final String FORGET_SUBJECT = "DELETE FROM walks"
            + " WHERE guild_id = ? AND curriculum = ? AND subject_id = ?";
    /** Pauses every member's open walk about one subject, leaving when each was last touched as it was. */
    private static final String PAUSE_SUBJECT = "UPDATE walks SET status = 'PAUSED'"
            + " WHERE guild_id = ? AND curriculum = ? AND subject_id = ? AND status = 'ACTIVE'";
    private static final String INSERT = "INSERT INTO walks (guild_id, user_id, curriculum, subject_id,"
            + " question_key, status, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE = "UPDATE walks SET question_key = ?, status = ?, updated_at = ?,"
            + " finished_at = CASE WHEN ? = 'DONE' THEN CAST(? AS TIMESTAMP) ELSE finished_at END"
            + " WHERE guild_id = ? AND id = ?";

    private static final String ANSWER_COLUMNS =
            "id, guild_id, walk_id, question_key, answer, skipped, updated_at, shared";
    private static final String ANSWERS = "SELECT " + ANSWER_COLUMNS + " FROM walk_answers"
            + " WHERE guild_id = ? AND walk_id = ? ORDER BY id";
    private static final String ANSWER_BY_ID = "SELECT " + ANSWER_COLUMNS + " FROM walk_answers"
            + " WHERE guild_id = ? AND id = ?";
    private static final String ANSWER_FOR = "SELECT " + ANSWER_COLUMNS + " FROM walk_answers"
            + " WHERE guild_id = ? AND walk_id = ? AND question_key = ?";
    private static final String INSERT_ANSWER = "INSERT INTO walk_answers (guild_id, walk_id, question_key,"
            + " answer, skipped, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_ANSWER = "DELETE FROM walk_answers WHERE guild_id = ? AND id = ?";
    private static final String SET_SHARED = "UPDATE walk_answers SET shared = ? WHERE guild_id = ? AND id = ?";
    /** A cleared (skipped) answer is no longer shared: a later answer stays private until its author shares it. */
    private static final String UPDATE_ANSWER = "UPDATE walk_answers SET answer = ?, skipped = ?,"
            + " shared = CASE WHEN ? THEN FALSE ELSE shared END, updated_at = ? WHERE guild_id = ? AND id = ?";

    Optional<Walk> find(Connection c, long guildId, long userId, String curriculum, long subjectId)
            throws SQLException {
        return Database.one(c, FIND, WalkStore::walk, guildId, userId, curriculum, subjectId);
    }

    Optional<Walk> byId(Connection c, long guildId, long walkId) throws SQLException {
        return Database.one(c, FIND_BY_ID, WalkStore::walk, guildId, walkId);
    }

    Optional<Walk> latestActive(Connection c, long guildId, long userId) throws SQLException {
        return Database.one(c, LATEST_ACTIVE, WalkStore::walk, guildId, userId);
    }

    /**
     * What the member's DM shows of a walk: the walk itself; its opening, without its first step's guidance, which
     * comes with the next question; or its end, said once after a thanks.
     */
    enum DmShown { WALK, OPENING, END_SAID }

    /**
     * The member's open walk touched last (the one a DM line continues) and the walk their DM showed last, with what
     * it showed of it.
     */
    record DmWalks(Optional<Walk> open, Optional<Marked> shown) {
    }

    DmWalks dmWalks(Connection c, long guildId, long userId) throws SQLException {
        List<Marked> rows = Database.list(c, DM_WALKS, WalkStore::marked, guildId, userId);
        return new DmWalks(rows.stream().map(Marked::walk).filter(w -> w.status() == Walk.Status.ACTIVE).findFirst(),
                rows.stream().filter(r -> r.as().isPresent()).findFirst());
    }

    /** A walk with what the member's DM shows of it, if it is the one the DM shows. */
    record Marked(Walk walk, Optional<DmShown> as) {
    }

    private static Marked marked(ResultSet rs) throws SQLException {
        String as = rs.getString("dm_shown");
        return new Marked(walk(rs), as == null ? Optional.empty() : Optional.of(DmShown.valueOf(as)));
    }

    /** The walk the member's DM showed last, with what it showed of it. */
    Optional<Marked> dmShown(Connection c, long guildId, long userId) throws SQLException {
        return Database.one(c, DM_SHOWN, WalkStore::marked, guildId, userId);
    }

    /** Makes {@code walkId} the walk the member's DM shows, as {@code as}. */
    void showInDm(Connection c, long guildId, long userId, long walkId, DmShown as) throws SQLException {
        Database.update(c, SHOW_IN_DM, walkId, as.name(), guildId, userId, walkId, as.name(), walkId);
    }

    /** The word offered in the member's DM, over walk {@code walkId} at {@code questionKey} (0 and "": none open). */
    record DmOffer(String word, long walkId, String questionKey) {
    }

    /** An offer as kept, with when it was made. */
    record DmOfferMade(DmOffer offer, Instant at) {
    }

    Optional<DmOfferMade> dmOffer(Connection c, long guildId, long userId) throws SQLException {
        return Database.one(c, DM_OFFER, rs -> new DmOfferMade(new DmOffer(rs.getString(1), rs.getLong(2),
                rs.getString(3)), Database.instant(rs, 4)), guildId, userId);
    }

    void forgetDmOffer(Connection c, long guildId, long userId) throws SQLException {
        Database.update(c, FORGET_DM_OFFER, guildId, userId);
    }

    /** Keeps {@code offer} as the one word offered in the member's DM, in place of any before it. */
    void offerInDm(Connection c, long guildId, long userId, DmOffer offer, Instant now) throws SQLException {
        forgetDmOffer(c, guildId, userId);
        Database.update(c, INSERT_DM_OFFER, guildId, userId, offer.word(), offer.walkId(), offer.questionKey(), now);
    }

    long openBesides(Connection c, long guildId, long userId, long walkId) throws SQLException {
        return Database.one(c, OPEN_BESIDES, rs -> rs.getLong(1), guildId, userId, walkId).orElse(0L);
    }

    Optional<Walk> latestPaused(Connection c, long guildId, long userId) throws SQLException {
        return Database.one(c, LATEST_PAUSED, WalkStore::walk, guildId, userId);
    }

    List<Walk> pausedOf(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, PAUSED_OF_MEMBER, WalkStore::walk, guildId, userId);
    }

    List<Walk> openElsewhere(Connection c, long userId, long exceptGuildId) throws SQLException {
        return Database.list(c, OPEN_ELSEWHERE, WalkStore::walk, userId, exceptGuildId);
    }

    List<Walk> ofMember(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, OF_MEMBER, WalkStore::walk, guildId, userId);
    }

    /** Every member's walk about one subject with its answers (in the order given), oldest walk first. */
    java.util.Map<Walk, List<Answer>> aboutSubjectAnswered(Connection c, long guildId, String curriculum,
                                                           long subjectId) throws SQLException {
        return answered(c, ABOUT_SUBJECT_ANSWERED, guildId, curriculum, subjectId);
    }

    /** One walk with its answers (as {@link #answers} orders them), in one statement. */
    Optional<java.util.Map.Entry<Walk, List<Answer>>> byIdAnswered(Connection c, long guildId, long walkId)
            throws SQLException {
        return answered(c, BY_ID_ANSWERED, guildId, walkId).entrySet().stream().findFirst();
    }

    private static java.util.Map<Walk, List<Answer>> answered(Connection c, String sql, Object... params)
            throws SQLException {
        java.util.Map<Long, Walk> walks = new java.util.LinkedHashMap<>();
        java.util.Map<Long, List<Answer>> answers = new java.util.HashMap<>();
        Database.list(c, sql, rs -> {
            Walk walk = walks.get(rs.getLong("id"));
            if (walk == null) {
                walk = walk(rs);
                walks.put(walk.id(), walk);
            }
            List<Answer> of = answers.computeIfAbsent(walk.id(), id -> new java.util.ArrayList<>());
            long answerId = rs.getLong("answer_id");
            if (!rs.wasNull()) {
                of.add(new Answer(answerId, walk.guildId(), walk.id(), rs.getString("answer_key"),
                        rs.getString("answer"), rs.getBoolean("skipped"), Database.instant(rs, "answered_at"),
                        rs.getBoolean("shared")));
            }
            return null;
        }, params);
        java.util.Map<Walk, List<Answer>> out = new java.util.LinkedHashMap<>();
        walks.values().forEach(w -> out.put(w, answers.get(w.id())));
        return out;
    }

    /** Whether the member has a walk in any server. */
    boolean anyOfMember(Connection c, long userId) throws SQLException {
        return Database.one(c, ANY_OF_MEMBER, rs -> rs.getLong(1), userId).isPresent();
    }

    /** The members with a walk about one subject. */
    List<Long> membersAbout(Connection c, long guildId, String curriculum, long subjectId) throws SQLException {
        return Database.list(c, MEMBERS_ABOUT_SUBJECT, rs -> rs.getLong(1), guildId, curriculum, subjectId);
    }

    /** Deletes every member's walk about one subject; the answers go with them (ON DELETE CASCADE). */
    void forgetSubject(Connection c, long guildId, String curriculum, long subjectId) throws SQLException {
        Database.update(c, FORGET_SUBJECT, guildId, curriculum, subjectId);
    }

    /** Pauses every member's active walk about one subject; when each was last touched stays as it was. */
    void pauseSubject(Connection c, long guildId, String curriculum, long subjectId) throws SQLException {
        Database.update(c, PAUSE_SUBJECT, guildId, curriculum, subjectId);
    }

    Walk create(Connection c, long guildId, long userId, String curriculum, long subjectId, String questionKey,
                Instant now) throws SQLException {
        long id = Database.insert(c, INSERT, guildId, userId, curriculum, subjectId, questionKey,
                Walk.Status.ACTIVE, now, now);
        return new Walk(id, guildId, userId, curriculum, subjectId, questionKey, Walk.Status.ACTIVE, now, now);
    }

    void save(Connection c, Walk walk) throws SQLException {
        Database.update(c, MOVE, walk.questionKey(), walk.status(), walk.updatedAt(), walk.status(),
                walk.updatedAt(), walk.guildId(), walk.id());
    }

    List<Answer> answers(Connection c, long guildId, long walkId) throws SQLException {
        return Database.list(c, ANSWERS, WalkStore::answer, guildId, walkId);
    }

    Optional<Answer> answerById(Connection c, long guildId, long answerId) throws SQLException {
        return Database.one(c, ANSWER_BY_ID, WalkStore::answer, guildId, answerId);
    }

    /** Stores an answer (or a skip) for a question, replacing an earlier one. A skip never erases an answer. */
    void saveAnswer(Connection c, long guildId, long walkId, String questionKey, String text, boolean skipped,
                    Instant now) throws SQLException {
        Optional<Answer> existing = Database.one(c, ANSWER_FOR, WalkStore::answer, guildId, walkId, questionKey);
        saveAnswer(c, guildId, walkId, questionKey, text, skipped, now, existing);
    }

    /**
     * {@link #saveAnswer} for a walk whose answers were just read ({@link #answers}, in the same transaction);
     * returns them as they now are, in the same order.
     */
    List<Answer> saveAnswer(Connection c, long guildId, long walkId, String questionKey, String text,
                            boolean skipped, Instant now, List<Answer> answers) throws SQLException {
        Optional<Answer> existing = answers.stream().filter(a -> a.questionKey().equals(questionKey)).findFirst();
        Optional<Answer> saved = saveAnswer(c, guildId, walkId, questionKey, text, skipped, now, existing);
        if (saved.isEmpty()) {
            return answers;
        }
        List<Answer> after = new java.util.ArrayList<>(answers);
        if (existing.isPresent()) {
            after.set(after.indexOf(existing.get()), saved.get());
        } else {
            after.add(saved.get());
        }
        return after;
    }

    /** Inserts or updates; returns the answer as saved, empty when a skip left an answer as it was. */
    private Optional<Answer> saveAnswer(Connection c, long guildId, long walkId, String questionKey, String text,
                                        boolean skipped, Instant now, Optional<Answer> existing) throws SQLException {
        if (existing.isEmpty()) {
            long id = Database.insert(c, INSERT_ANSWER, guildId, walkId, questionKey, text, skipped, now, now);
            return Optional.of(new Answer(id, guildId, walkId, questionKey, text, skipped, now, false));
        }
        if (!skipped || existing.get().skipped()) {
            Database.update(c, UPDATE_ANSWER, text, skipped, skipped, now, guildId, existing.get().id());
            return Optional.of(new Answer(existing.get().id(), guildId, walkId, questionKey, text, skipped, now,
                    !skipped && existing.get().shared()));
        }
        return Optional.empty();
    }

    void updateAnswer(Connection c, long guildId, long answerId, String text, boolean skipped, Instant now)
            throws SQLException {
        Database.update(c, UPDATE_ANSWER, text, skipped, skipped, now, guildId, answerId);
    }

    void deleteAnswer(Connection c, long guildId, long answerId) throws SQLException {
        Database.update(c, DELETE_ANSWER, guildId, answerId);
    }

    void setShared(Connection c, long guildId, long answerId, boolean shared) throws SQLException {
        Database.update(c, SET_SHARED, shared, guildId, answerId);
    }

    private static Walk walk(ResultSet rs) throws SQLException {
        return new Walk(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("user_id"), rs.getString("curriculum"),
                rs.getLong("subject_id"), rs.getString("question_key"), Walk.Status.valueOf(rs.getString("status")),
                Database.instant(rs, "started_at"), Database.instant(rs, "updated_at"));
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        return new Answer(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("walk_id"),
                rs.getString("question_key"), rs.getString("answer"), rs.getBoolean("skipped"),
                Database.instant(rs, "updated_at"), rs.getBoolean("shared"));
    }
}
