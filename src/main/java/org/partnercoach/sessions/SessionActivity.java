package org.partnercoach.sessions;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.storage.Database;

/**
 * Group sessions as the coordinators' digest and the quarterly report see them: how many answers members wrote in a
 * period and who wrote them. Never an answer's words nor a session's title (a private session's shows only to the
 * members in its thread), but for {@link #answersTo}, which the outreach list reads for its Check and add. Read
 * only, by when each answer was first written, which never changes: a past week reads the same later, less the
 * answers deleted or forgotten since.
 */
public final class SessionActivity {

    /** A period's answers in group sessions; {@code activeMembers} wrote at least one of them. */
    public record Week(int answers, Set<Long> activeMembers) {
        public Week {
            activeMembers = Set.copyOf(activeMembers);
        }
    }

    /** Each member's answers first written in the period. */
    private static final String WEEK = "SELECT user_id, COUNT(*) FROM group_session_answers"
            + " WHERE guild_id = ? AND created_at >= ? AND created_at < ? GROUP BY user_id";
    /** The answers to the questions of one key in a session of one curriculum, in the order they were written. */
    private static final String ANSWERS_TO = "SELECT a.text FROM group_sessions s"
            + " JOIN group_session_questions q ON q.session_id = s.id AND q.guild_id = s.guild_id"
            + " JOIN group_session_answers a"
            + " ON a.session_id = q.session_id AND a.guild_id = q.guild_id AND a.idx = q.idx"
            + " WHERE s.id = ? AND s.guild_id = ? AND s.curriculum = ? AND q.question_key = ?"
            + " ORDER BY q.idx, a.created_at, a.id";
    private static final String FIRST_ANSWERED = "SELECT MIN(created_at) FROM group_session_answers WHERE guild_id = ?";

    private final Database db;

    public SessionActivity(Database db) {
        this.db = db;
    }

    /** The answers written in the server's group sessions in [from, to), and who wrote them. */
    public Week week(long guildId, Instant from, Instant to) {
        record Written(long userId, int answers) {
        }
        List<Written> rows = db.read(c -> Database.list(c, WEEK, rs -> new Written(rs.getLong(1), rs.getInt(2)),
                guildId, from, to));
        Set<Long> members = new HashSet<>();
        int answers = 0;
        for (Written w : rows) {
            members.add(w.userId());
            answers += w.answers();
        }
        return new Week(answers, members);
    }

    /**
     * The words of a session's answers to the question {@code questionKey} of {@code curriculum}, first written
     * first, without their authors: what the group said, as its summary in the thread shows it. Empty when the
     * session is not in this server, is of another plan, or nobody answered that question.
     */
    public List<String> answersTo(long guildId, long sessionId, String curriculum, String questionKey) {
        return db.read(c -> Database.list(c, ANSWERS_TO, rs -> rs.getString(1), sessionId, guildId, curriculum,
                questionKey));
    }

    /** When the first answer in one of the server's group sessions was written; empty when none was. */
    public Optional<Instant> firstAnswered(long guildId) {
        return db.read(c -> Database.list(c, FIRST_ANSWERED, rs -> Database.instant(rs, 1), guildId).stream()
                .filter(java.util.Objects::nonNull).findFirst());
    }
}
