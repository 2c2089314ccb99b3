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
    private static final String OF_MEMBER = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND user_id = ? ORDER BY started_at, id";
    private static final String ABOUT_SUBJECT = "SELECT " + COLUMNS + " FROM walks"
            + " WHERE guild_id = ? AND curriculum = ? AND subject_id = ? ORDER BY started_at, id";
    private static final String FORGET_SUBJECT = "DELETE FROM walks"
            + " WHERE guild_id = ? AND curriculum = ? AND subject_id = ?";
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
    private static final String SET_SHARED = "UPDATE walk_answers SET shared = ? WHERE guild_id = ? AND id = ?";
    private static final String UPDATE_ANSWER = "UPDATE walk_answers SET answer = ?, skipped = ?, updated_at = ?"
            + " WHERE guild_id = ? AND id = ?";

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

    Optional<Walk> latestPaused(Connection c, long guildId, long userId) throws SQLException {
        return Database.one(c, LATEST_PAUSED, WalkStore::walk, guildId, userId);
    }

    List<Walk> ofMember(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, OF_MEMBER, WalkStore::walk, guildId, userId);
    }

    List<Walk> aboutSubject(Connection c, long guildId, String curriculum, long subjectId) throws SQLException {
        return Database.list(c, ABOUT_SUBJECT, WalkStore::walk, guildId, curriculum, subjectId);
    }

    /** Deletes every member's walk about one subject; the answers go with them (ON DELETE CASCADE). */
    void forgetSubject(Connection c, long guildId, String curriculum, long subjectId) throws SQLException {
        Database.update(c, FORGET_SUBJECT, guildId, curriculum, subjectId);
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
        if (existing.isEmpty()) {
            Database.update(c, INSERT_ANSWER, guildId, walkId, questionKey, text, skipped, now, now);
        } else if (!skipped || existing.get().skipped()) {
            Database.update(c, UPDATE_ANSWER, text, skipped, now, guildId, existing.get().id());
        }
    }

    void updateAnswer(Connection c, long guildId, long answerId, String text, boolean skipped, Instant now)
            throws SQLException {
        Database.update(c, UPDATE_ANSWER, text, skipped, now, guildId, answerId);
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
