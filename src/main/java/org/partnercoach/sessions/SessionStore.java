package org.partnercoach.sessions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberHomes;

/**
 * The sessions package's tables: group_sessions, group_session_questions, group_session_answers,
 * group_session_told_ended, group_session_members.
 */
final class SessionStore {

    private static final String SESSION_COLUMNS = "id, guild_id, channel_id, thread_id, private_thread, plan, "
            + "curriculum, title, anonymous, minutes, facilitator_id, status, question_index, question_due_at, "
            + "created_at, ended_at";
    private static final String QUESTION_COLUMNS = "session_id, idx, question_key, step_title, text, asked_at, "
            + "closed, send_id, message_id, shown_count, shown_closed, count_edited_at";
    private static final String INSERT_SESSION = """
            INSERT INTO group_sessions (guild_id, channel_id, private_thread, plan, curriculum, title, anonymous,
                   minutes, facilitator_id, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPENING', ?)""";
    private static final String INSERT_QUESTION = """
            INSERT INTO group_session_questions (guild_id, session_id, idx, question_key, step_title, text)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String BY_ID = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions WHERE id = ? AND guild_id = ?";
    private static final String LOCK_BY_ID = BY_ID + " FOR UPDATE";
    private static final String BY_THREAD = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions WHERE guild_id = ? AND thread_id = ? AND thread_id <> 0 ORDER BY id DESC";
    private static final String OPEN_IN_GUILD = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions WHERE guild_id = ? AND status IN ('OPENING', 'OPEN') ORDER BY id";
    private static final String OPEN_IN_CHANNEL = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions WHERE guild_id = ? AND channel_id = ? AND status IN ('OPENING', 'OPEN')"
            + " ORDER BY id";
    /**
     * The open sessions whose thread holds a member, as far as the bot knows: they answered in it, or were brought in
     * ({@link #JOINED}). The sessions package owns the three tables.
     */
    private static final String OPEN_WITH_MEMBER = Database.overUnion("""
            SELECT a.session_id FROM group_session_answers a
            JOIN group_sessions s ON s.id = a.session_id AND s.guild_id = a.guild_id
            WHERE a.guild_id = ? AND a.user_id = ? AND s.status IN ('OPENING', 'OPEN')
            UNION SELECT m.session_id FROM group_session_members m
            JOIN group_sessions s ON s.id = m.session_id AND s.guild_id = m.guild_id
            WHERE m.guild_id = ? AND m.user_id = ? AND s.status IN ('OPENING', 'OPEN')""");
    /**
     * A member a private session's thread holds (V68): its starter, named in the plan, and each facilitator named in a
     * hand-over, with whoever handed it over there. Once each.
     */
    private static final String JOINED = "INSERT INTO group_session_members (guild_id, session_id, user_id, joined_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String DELETE_MEMBERS =
            "DELETE FROM group_session_members WHERE session_id = ? AND guild_id = ?";
    /** How many questions each running session of a server has (its plan's, copied when it started). */
    private static final String OPEN_QUESTION_TOTALS = """
            SELECT q.session_id, COUNT(*) FROM group_session_questions q
            JOIN group_sessions s ON s.id = q.session_id AND s.guild_id = q.guild_id
            WHERE q.guild_id = ? AND s.status IN ('OPENING', 'OPEN') GROUP BY q.session_id""";
    /**
     * Cross-server polls (like the outbox's): the threads to open and the timers that ran out, of servers that have
     * the bot (storage's condition): a session of one that removed it waits as it stands until it adds the bot back.
     */
    private static final String LOCK_TO_OPEN = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions WHERE status = 'OPENING' AND (opening_at IS NULL OR opening_at <= ?) AND "
            + MemberHomes.hasBot("group_sessions.guild_id")
            + " ORDER BY id FETCH FIRST 20 ROWS ONLY FOR UPDATE SKIP LOCKED";
    private static final String CLAIM_OPENING =
            "UPDATE group_sessions SET opening_at = ? WHERE id = ? AND guild_id = ? AND status = 'OPENING'";
    private static final String LOCK_TIMED_OUT = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions WHERE status = 'OPEN' AND question_due_at IS NOT NULL AND question_due_at <= ? AND "
            + MemberHomes.hasBot("group_sessions.guild_id")
            + " ORDER BY question_due_at, id FETCH FIRST 50 ROWS ONLY FOR UPDATE SKIP LOCKED";
    /**
     * Open sessions in which, since {@code ?} (four times), no question was asked, no answer written or changed, and
     * nobody was handed the session ({@link #HANDED_OVER}).
     */
    private static final String LOCK_IDLE = "SELECT " + SESSION_COLUMNS + """
             FROM group_sessions s WHERE status = 'OPEN' AND created_at <= ?
            AND (handed_over_at IS NULL OR handed_over_at <= ?)
            AND NOT EXISTS (SELECT 1 FROM group_session_questions q
                            WHERE q.session_id = s.id AND q.guild_id = s.guild_id AND q.asked_at > ?)
            AND NOT EXISTS (SELECT 1 FROM group_session_answers a
                            WHERE a.session_id = s.id AND a.guild_id = s.guild_id AND a.updated_at > ?)
            AND\s""" + MemberHomes.hasBot("s.guild_id")
            + " ORDER BY id FETCH FIRST 50 ROWS ONLY FOR UPDATE SKIP LOCKED";
    /**
     * The first moment after {@code ?} at which an open session's question times out, or a session falls idle
     * ({@link #LOCK_IDLE} finds it): its last question asked, answer written, hand-over or its start, whichever is
     * latest, plus the idle days ({@code ?}). Parameters: the idle days, then the moment.
     */
    private static final String NEXT_DUE = """
            SELECT MIN(t) FROM (
                SELECT question_due_at AS t FROM group_sessions WHERE status = 'OPEN' AND question_due_at IS NOT NULL
                    AND %1$s
                UNION ALL
                SELECT GREATEST(s.created_at,
                        COALESCE((SELECT MAX(q.asked_at) FROM group_session_questions q
                                  WHERE q.session_id = s.id AND q.guild_id = s.guild_id), s.created_at),
                        COALESCE((SELECT MAX(a.updated_at) FROM group_session_answers a
                                  WHERE a.session_id = s.id AND a.guild_id = s.guild_id), s.created_at),
                        COALESCE(s.handed_over_at, s.created_at))
                       + CAST(? AS INTEGER) * INTERVAL '1' DAY
                FROM group_sessions s WHERE s.status = 'OPEN' AND %2$s) due
            WHERE t > ?""".formatted(MemberHomes.hasBot("group_sessions.guild_id"),
            MemberHomes.hasBot("s.guild_id"));
    private static final String MARK_OPEN = """
            UPDATE group_sessions SET status = 'OPEN', thread_id = ?, question_index = 0, question_due_at = ?
            WHERE id = ? AND guild_id = ? AND status = 'OPENING'""";
    private static final String MOVE_TO = """
            UPDATE group_sessions SET question_index = ?, question_due_at = ? WHERE id = ? AND guild_id = ?""";
    private static final String MARK_ENDED = """
            UPDATE group_sessions SET status = 'ENDED', ended_at = ?, question_due_at = NULL
            WHERE id = ? AND guild_id = ?""";
    private static final String SET_FACILITATOR =
            "UPDATE group_sessions SET facilitator_id = ? WHERE id = ? AND guild_id = ?";
    /** The last hand-over to a new facilitator: activity for the idle close, as a question asked is. */
    private static final String HANDED_OVER =
            "UPDATE group_sessions SET handed_over_at = ? WHERE id = ? AND guild_id = ? AND status = 'OPEN'";
    /*
     * The summaries posted in a session's thread, kept so that they can be brought up to date when an answer in them
     * changes or goes: "<kind>:<message id>" entries (SessionPosts' summary kinds), separated by spaces, in the order
     * they went out (V47). The previous version kept them in "summary" (V47 moved them): a process of that version
     * still running during a rolling update may record one there yet, so it is read too, and moved across when the
     * next summary is recorded.
     */
    private static final String SUMMARY_POSTS =
            "SELECT summary_message_ids, summary FROM group_sessions WHERE id = ? AND guild_id = ?";
    private static final String LOCK_SUMMARY_POSTS = SUMMARY_POSTS + " FOR UPDATE";
    private static final String SET_SUMMARY_POSTS =
            "UPDATE group_sessions SET summary_message_ids = ?, summary = NULL WHERE id = ? AND guild_id = ?";
    private static final String PLAN_MESSAGE = "SELECT plan_message_id FROM group_sessions WHERE id = ? AND guild_id = ?";
    private static final String SET_PLAN_MESSAGE = "UPDATE group_sessions SET plan_message_id = ?"
            + " WHERE id = ? AND guild_id = ? AND plan_message_id = 0";
    /**
     * The latest hand-over announcement in a session's thread (V52): it names who leads the session, so a forget edits
     * it, and the next hand-over replaces it. 0 until one went out.
     */
    private static final String HAND_OVER_MESSAGE =
            "SELECT handover_message_id FROM group_sessions WHERE id = ? AND guild_id = ?";
    private static final String LOCK_HAND_OVER_MESSAGE = HAND_OVER_MESSAGE + " FOR UPDATE";
    private static final String SET_HAND_OVER_MESSAGE =
            "UPDATE group_sessions SET handover_message_id = ? WHERE id = ? AND guild_id = ?";
    private static final String LED_BY = "SELECT " + SESSION_COLUMNS
            + " FROM group_sessions s WHERE s.guild_id = ? AND s.facilitator_id = ? AND s.thread_id <> 0";
    /** The titles of the sessions a member leads that are still opening or open, oldest first. */
    private static final String RUNNING_LED_BY = "SELECT title FROM group_sessions"
            + " WHERE guild_id = ? AND facilitator_id = ? AND status IN (?, ?) ORDER BY id";
    /** The sessions with posted summaries a member answered in (for a forget). */
    private static final String POSTED_ANSWERED_BY = "SELECT " + SESSION_COLUMNS + """
             FROM group_sessions s WHERE s.guild_id = ? AND (s.summary_message_ids IS NOT NULL OR s.summary IS NOT NULL)
            AND EXISTS (SELECT 1 FROM group_session_answers a
                        WHERE a.session_id = s.id AND a.guild_id = s.guild_id AND a.user_id = ?)
            ORDER BY s.id""";
    /** The sessions a member answered in, and their questions: with their answers, three reads however many. */
    private static final String ANSWERED_BY = "SELECT " + SESSION_COLUMNS + """
             FROM group_sessions WHERE guild_id = ?
            AND id IN (SELECT session_id FROM group_session_answers WHERE guild_id = ? AND user_id = ?)""";
    private static final String QUESTIONS_ANSWERED_BY = "SELECT " + QUESTION_COLUMNS + """
             FROM group_session_questions WHERE guild_id = ?
            AND session_id IN (SELECT session_id FROM group_session_answers WHERE guild_id = ? AND user_id = ?)
            ORDER BY session_id, idx""";
    private static final String DELETE_SESSION = "DELETE FROM group_sessions WHERE id = ? AND guild_id = ?";
    private static final String DELETE_QUESTIONS =
            "DELETE FROM group_session_questions WHERE session_id = ? AND guild_id = ?";

    private static final String QUESTIONS = "SELECT " + QUESTION_COLUMNS
            + " FROM group_session_questions WHERE session_id = ? AND guild_id = ? ORDER BY idx";
    private static final String ASK = """
            UPDATE group_session_questions SET asked_at = ?, send_id = ?
            WHERE session_id = ? AND guild_id = ? AND idx = ?""";
    private static final String CLOSE_QUESTION =
            "UPDATE group_session_questions SET closed = TRUE WHERE session_id = ? AND guild_id = ? AND idx = ?";
    /** How many answers the question {@code q} has. */
    private static final String ANSWERS_TO_Q = """
            (SELECT COUNT(*) FROM group_session_answers a
              WHERE a.session_id = q.session_id AND a.guild_id = q.guild_id AND a.idx = q.idx)""";
    /**
     * The question messages whose count or closed state the thread does not show yet (one poll for all servers), each
     * with what its message is to show (its session, its answer count, how many questions the session has): one
     * statement for them all, not three more for each. Those whose post has not gone out (its message id unknown)
     * come last: a post that never reaches its thread (a moderator deleted it) must not keep the messages that can be
     * edited out of the first hundred.
     */
    private static final String STALE_MESSAGES = "SELECT " + SESSION_COLUMNS.replaceAll("(^|, )", "$1s.") + ", "
            + QUESTION_COLUMNS.replaceAll("(^|, )", "$1q.") + ", " + ANSWERS_TO_Q + """
             AS answer_count,
                   (SELECT COUNT(*) FROM group_session_questions t
                     WHERE t.session_id = q.session_id AND t.guild_id = q.guild_id) AS question_total
            FROM group_session_questions q JOIN group_sessions s ON s.id = q.session_id AND s.guild_id = q.guild_id
            WHERE q.send_id <> 0 AND (q.closed <> q.shown_closed OR q.shown_count <>\s""" + ANSWERS_TO_Q + """
            )
            ORDER BY CASE WHEN q.message_id = 0 THEN 1 ELSE 0 END, q.session_id, q.idx
            FETCH FIRST 100 ROWS ONLY""";
    private static final String SET_MESSAGE_ID = """
            UPDATE group_session_questions SET message_id = ? WHERE session_id = ? AND guild_id = ? AND idx = ?""";
    private static final String SHOWN = """
            UPDATE group_session_questions SET shown_count = ?, shown_closed = ?, count_edited_at = ?
            WHERE session_id = ? AND guild_id = ? AND idx = ?""";

    private static final String ANSWER_COLUMNS =
            "id, guild_id, session_id, idx, user_id, display_name, text, created_at, updated_at";
    private static final String ANSWERS = "SELECT " + ANSWER_COLUMNS
            + " FROM group_session_answers WHERE session_id = ? AND guild_id = ? ORDER BY idx, created_at, id";
    private static final String COUNT_ANSWERS =
            "SELECT COUNT(*) FROM group_session_answers WHERE session_id = ? AND guild_id = ? AND idx = ?";
    private static final String OWN_ANSWER = "SELECT " + ANSWER_COLUMNS
            + " FROM group_session_answers WHERE session_id = ? AND guild_id = ? AND idx = ? AND user_id = ?";
    private static final String ANSWER_BY_ID = "SELECT " + ANSWER_COLUMNS
            + " FROM group_session_answers WHERE id = ? AND guild_id = ?";
    private static final String ANSWERS_OF_MEMBER = "SELECT " + ANSWER_COLUMNS
            + " FROM group_session_answers WHERE guild_id = ? AND user_id = ? ORDER BY session_id, idx";
    private static final String INSERT_ANSWER = """
            INSERT INTO group_session_answers (guild_id, session_id, idx, user_id, display_name, text, created_at,
                   updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_OWN_ANSWER = """
            UPDATE group_session_answers SET text = ?, display_name = ?, updated_at = ?
            WHERE session_id = ? AND guild_id = ? AND idx = ? AND user_id = ?""";
    private static final String UPDATE_ANSWER_BY_ID =
            "UPDATE group_session_answers SET text = ?, updated_at = ? WHERE id = ? AND guild_id = ? AND user_id = ?";
    private static final String DELETE_ANSWER =
            "DELETE FROM group_session_answers WHERE id = ? AND guild_id = ? AND user_id = ?";
    /** A member told in the thread that the session had ended: once each (V57). */
    private static final String TELL_ENDED = """
            INSERT INTO group_session_told_ended (guild_id, session_id, user_id, told_at)
            SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM group_session_told_ended
                                                 WHERE guild_id = ? AND session_id = ? AND user_id = ?)""";
    private static final String TOLD_ENDED_POSTED = "UPDATE group_session_told_ended SET message_id = ?"
            + " WHERE guild_id = ? AND session_id = ? AND user_id = ?";
    private static final String TOLD_ENDED_POSTS = "SELECT session_id, message_id FROM group_session_told_ended"
            + " WHERE guild_id = ? AND user_id = ? AND message_id <> 0 ORDER BY session_id";

    long create(Connection c, long guildId, long channelId, boolean privateThread, SessionPlans.Plan plan,
                String title, boolean anonymous, int minutes, long facilitatorId, Instant now) throws SQLException {
        long id = Database.insert(c, INSERT_SESSION, guildId, channelId, privateThread, plan.name(),
                plan.curriculum(), title, anonymous, minutes, facilitatorId, now);
        int idx = 0;
        for (SessionPlans.PlanQuestion q : plan.questions()) {
            Database.update(c, INSERT_QUESTION, guildId, id, idx++, q.key(), q.stepTitle(), q.text());
        }
        return id;
    }

    Optional<Session> byId(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, BY_ID, SessionStore::session, id, guildId);
    }

    Optional<Session> lock(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, LOCK_BY_ID, SessionStore::session, id, guildId);
    }

    Optional<Session> byThread(Connection c, long guildId, long threadId) throws SQLException {
        return Database.one(c, BY_THREAD, SessionStore::session, guildId, threadId);
    }

    List<Session> openIn(Connection c, long guildId) throws SQLException {
        return Database.list(c, OPEN_IN_GUILD, SessionStore::session, guildId);
    }

    /** The sessions started in a channel that still run (their thread opening, or open), oldest first. */
    List<Session> openInChannel(Connection c, long guildId, long channelId) throws SQLException {
        return Database.list(c, OPEN_IN_CHANNEL, SessionStore::session, guildId, channelId);
    }

    /** The open sessions whose thread holds the member, as far as the bot knows ({@link #OPEN_WITH_MEMBER}). */
    Set<Long> openSessionsWith(Connection c, long guildId, long userId) throws SQLException {
        return Set.copyOf(Database.list(c, OPEN_WITH_MEMBER, rs -> rs.getLong(1), guildId, userId, guildId, userId));
    }

    /** Notes that a private session's thread holds this member (a second time changes nothing). */
    void joined(Connection c, long guildId, long sessionId, long userId, Instant now) throws SQLException {
        Database.update(c, JOINED, guildId, sessionId, userId, now);
    }

    /** How many questions each running session of the server has, by session id. */
    Map<Long, Integer> openQuestionTotals(Connection c, long guildId) throws SQLException {
        Map<Long, Integer> totals = new java.util.HashMap<>();
        for (Map.Entry<Long, Integer> e : Database.list(c, OPEN_QUESTION_TOTALS,
                rs -> Map.entry(rs.getLong(1), rs.getInt(2)), guildId)) {
            totals.put(e.getKey(), e.getValue());
        }
        return totals;
    }

    /** Locks the sessions whose thread is to be opened (not claimed, or claimed before {@code staleBefore}). */
    List<Session> lockToOpen(Connection c, Instant staleBefore) throws SQLException {
        return Database.list(c, LOCK_TO_OPEN, SessionStore::session, staleBefore);
    }

    void claimOpening(Connection c, Session s, Instant now) throws SQLException {
        Database.update(c, CLAIM_OPENING, now, s.id(), s.guildId());
    }

    List<Session> lockTimedOut(Connection c, Instant now) throws SQLException {
        return Database.list(c, LOCK_TIMED_OUT, SessionStore::session, now);
    }

    /** Locks the open sessions in which nothing happened since {@code quietSince}. */
    List<Session> lockIdle(Connection c, Instant quietSince) throws SQLException {
        return Database.list(c, LOCK_IDLE, SessionStore::session, quietSince, quietSince, quietSince, quietSince);
    }

    /** {@link #NEXT_DUE}: when a question times out or a session falls idle after {@code now}, if one will. */
    java.util.Optional<Instant> nextDue(Connection c, Instant now, java.time.Duration idle) throws SQLException {
        // MIN of no rows is one row of NULL
        return Database.list(c, NEXT_DUE, rs -> Database.instant(rs, 1), (int) idle.toDays(), now).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    boolean markOpen(Connection c, Session s, long threadId, Instant dueAt) throws SQLException {
        return Database.update(c, MARK_OPEN, threadId, dueAt, s.id(), s.guildId()) == 1;
    }

    void moveTo(Connection c, Session s, int idx, Instant dueAt) throws SQLException {
        Database.update(c, MOVE_TO, idx, dueAt, s.id(), s.guildId());
    }

    /** Only the state: the summary is made from the answers each time it is shown, so a deleted answer leaves it. */
    void markEnded(Connection c, Session s, Instant now) throws SQLException {
        Database.update(c, MARK_ENDED, now, s.id(), s.guildId());
    }

    /** Hands the session to {@code userId}; the hand-over counts as activity for the idle close. */
    void setFacilitator(Connection c, Session s, long userId, Instant now) throws SQLException {
        Database.update(c, SET_FACILITATOR, userId, s.id(), s.guildId());
        Database.update(c, HANDED_OVER, now, s.id(), s.guildId());
    }

    /** A summary posted in a session's thread: its kind ({@link SessionPosts#SUMMARY}...) and its message. */
    record SummaryPost(String kind, long messageId) {
        @Override
        public String toString() {
            return kind + ":" + messageId;
        }

        static List<SummaryPost> parse(String stored) {
            if (stored == null || stored.isBlank()) {
                return List.of();
            }
            List<SummaryPost> posts = new java.util.ArrayList<>();
            for (String entry : stored.strip().split("\\s+")) {
                int colon = entry.lastIndexOf(':');
                try {
                    posts.add(new SummaryPost(entry.substring(0, colon), Long.parseLong(entry.substring(colon + 1))));
                } catch (RuntimeException e) {
                    // not an entry this version wrote: nothing to edit
                }
            }
            return posts;
        }
    }

    /** The kind of an edit of the note telling a member the session had ended (to name no one once forgotten). */
    static final String TOLD_ENDED_POST = "told-ended";

    /**
     * The kind of an edit of the note telling a member that a line they typed did not fit in their answer (to name no
     * one once forgotten).
     */
    static final String NO_ROOM_POST = "no-room";

    /** The kind of an edit of the plan's post (so that the plan can name who leads the session now). */
    static final String PLAN_POST = "plan";

    /**
     * The kind of an edit of a hand-over announcement (so that it stops naming a member who asked to be forgotten, or
     * who was handed the session before someone else was).
     */
    static final String HAND_OVER_POST = "hand-over";

    /** The summaries posted in the session's thread that are kept up to date, oldest first. */
    List<SummaryPost> summaryPosts(Connection c, long guildId, long sessionId) throws SQLException {
        return Database.one(c, SUMMARY_POSTS, SessionStore::summaryPosts, sessionId, guildId).orElse(List.of());
    }

    /** The latest hand-over announcement in the session's thread, once its post went out. */
    Optional<SummaryPost> handOverPost(Connection c, long guildId, long sessionId) throws SQLException {
        return Database.one(c, HAND_OVER_MESSAGE, rs -> rs.getLong(1), sessionId, guildId).filter(id -> id != 0)
                .map(id -> new SummaryPost(HAND_OVER_POST, id));
    }

    /**
     * Records the hand-over announcement the thread shows now as the latest; returns the earlier one it replaces, if
     * any, which is no longer kept (it is to stop naming anyone).
     */
    Optional<SummaryPost> handOverPosted(Connection c, long guildId, long sessionId, long messageId)
            throws SQLException {
        Optional<Long> earlier = Database.one(c, LOCK_HAND_OVER_MESSAGE, rs -> rs.getLong(1), sessionId, guildId);
        Database.update(c, SET_HAND_OVER_MESSAGE, messageId, sessionId, guildId);
        return earlier.filter(id -> id != 0 && id != messageId).map(id -> new SummaryPost(HAND_OVER_POST, id));
    }

    /** The plan's message in the thread, once its post went out (none for a session started before this was kept). */
    Optional<SummaryPost> planPost(Connection c, long guildId, long sessionId) throws SQLException {
        return Database.one(c, PLAN_MESSAGE, rs -> rs.getLong(1), sessionId, guildId).filter(id -> id != 0)
                .map(id -> new SummaryPost(PLAN_POST, id));
    }

    /** Records the plan's message, once its post went out (the first time only). */
    void planPosted(Connection c, long guildId, long sessionId, long messageId) throws SQLException {
        Database.update(c, SET_PLAN_MESSAGE, messageId, sessionId, guildId);
    }

    /**
     * Records a summary the thread shows now (once per message), keeping the newest {@code kept} of them; returns
     * those it let go, oldest first, which are no longer brought up to date.
     */
    List<SummaryPost> summaryPosted(Connection c, long guildId, long sessionId, SummaryPost post, int kept)
            throws SQLException {
        List<SummaryPost> posts = new java.util.ArrayList<>(Database.one(c, LOCK_SUMMARY_POSTS,
                SessionStore::summaryPosts, sessionId, guildId).orElse(List.of()));
        if (posts.stream().noneMatch(p -> p.messageId() == post.messageId())) {
            posts.add(post);
        }
        List<SummaryPost> letGo = new java.util.ArrayList<>(posts.subList(0, Math.max(0, posts.size() - kept)));
        posts.removeAll(letGo);
        Database.update(c, SET_SUMMARY_POSTS, String.join(" ", posts.stream().map(SummaryPost::toString).toList()),
                sessionId, guildId);
        return letGo;
    }

    /** The posts a row keeps in its own column, then any a process of the previous version recorded (once each). */
    private static List<SummaryPost> summaryPosts(ResultSet rs) throws SQLException {
        List<SummaryPost> posts = new java.util.ArrayList<>(SummaryPost.parse(rs.getString(1)));
        for (SummaryPost legacy : SummaryPost.parse(rs.getString(2))) {
            if (posts.stream().noneMatch(p -> p.messageId() == legacy.messageId())) {
                posts.add(legacy);
            }
        }
        return posts;
    }

    /** The sessions a member leads that have a thread (for a forget: their plans name them). */
    List<Session> ledBy(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, LED_BY, SessionStore::session, guildId, userId);
    }

    /** The titles of the sessions a member leads that are still running (opening or open), oldest first. */
    List<String> runningLedBy(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, RUNNING_LED_BY, rs -> rs.getString(1), guildId, userId, Session.Status.OPENING.name(),
                Session.Status.OPEN.name());
    }

    /** The sessions a member answered in. */
    List<Session> answeredBy(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, ANSWERED_BY, SessionStore::session, guildId, guildId, userId);
    }

    /** The questions of the sessions a member answered in, by session, each in its order. */
    List<SessionQuestion> questionsAnsweredBy(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, QUESTIONS_ANSWERED_BY, SessionStore::question, guildId, guildId, userId);
    }

    List<Session> postedAnsweredBy(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, POSTED_ANSWERED_BY, SessionStore::session, guildId, userId);
    }

    void delete(Connection c, Session s) throws SQLException {
        Database.update(c, DELETE_MEMBERS, s.id(), s.guildId());
        Database.update(c, DELETE_QUESTIONS, s.id(), s.guildId());
        Database.update(c, DELETE_SESSION, s.id(), s.guildId());
    }

    List<SessionQuestion> questions(Connection c, long guildId, long sessionId) throws SQLException {
        return Database.list(c, QUESTIONS, SessionStore::question, sessionId, guildId);
    }

    void ask(Connection c, Session s, int idx, long sendId, Instant now) throws SQLException {
        Database.update(c, ASK, now, sendId, s.id(), s.guildId(), idx);
    }

    void closeQuestion(Connection c, Session s, int idx) throws SQLException {
        Database.update(c, CLOSE_QUESTION, s.id(), s.guildId(), idx);
    }

    /**
     * A question message that needs an edit (or its message id), with what it is to show.
     *
     * @param questions how many questions its session has
     * @param count     how many answers the question has now
     */
    record Stale(Session session, SessionQuestion question, int questions, int count) {
    }

    /** The question messages that need an edit (or their message id), a hundred at most. */
    List<Stale> staleMessages(Connection c) throws SQLException {
        return Database.list(c, STALE_MESSAGES, rs -> new Stale(session(rs), question(rs),
                rs.getInt("question_total"), rs.getInt("answer_count")));
    }

    void setMessageId(Connection c, long guildId, long sessionId, int idx, long messageId) throws SQLException {
        Database.update(c, SET_MESSAGE_ID, messageId, sessionId, guildId, idx);
    }

    void shown(Connection c, long guildId, long sessionId, int idx, int count, boolean closed, Instant at)
            throws SQLException {
        Database.update(c, SHOWN, count, closed, at, sessionId, guildId, idx);
    }

    List<SessionAnswer> answers(Connection c, long guildId, long sessionId) throws SQLException {
        return Database.list(c, ANSWERS, SessionStore::answer, sessionId, guildId);
    }

    int countAnswers(Connection c, long guildId, long sessionId, int idx) throws SQLException {
        return Database.one(c, COUNT_ANSWERS, rs -> rs.getInt(1), sessionId, guildId, idx).orElse(0);
    }

    Optional<SessionAnswer> ownAnswer(Connection c, long guildId, long sessionId, int idx, long userId)
            throws SQLException {
        return Database.one(c, OWN_ANSWER, SessionStore::answer, sessionId, guildId, idx, userId);
    }

    Optional<SessionAnswer> answerById(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, ANSWER_BY_ID, SessionStore::answer, id, guildId);
    }

    List<SessionAnswer> answersOf(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, ANSWERS_OF_MEMBER, SessionStore::answer, guildId, userId);
    }

    /** Stores a member's answer to a question, replacing their earlier one; true when it is their first. */
    boolean saveAnswer(Connection c, long guildId, long sessionId, int idx, long userId, String name, String text,
                       Instant now) throws SQLException {
        if (Database.update(c, UPDATE_OWN_ANSWER, text, name, now, sessionId, guildId, idx, userId) == 1) {
            return false;
        }
        Database.update(c, INSERT_ANSWER, guildId, sessionId, idx, userId, name, text, now, now);
        return true;
    }

    /**
     * Notes that a member is told, in the thread, that the session has ended; false when they were told before. The
     * caller holds the session's row lock, so two lines at once tell them once.
     */
    boolean tellEnded(Connection c, long guildId, long sessionId, long userId, Instant now) throws SQLException {
        return Database.update(c, TELL_ENDED, guildId, sessionId, userId, now, guildId, sessionId, userId) == 1;
    }

    /** Keeps the message the note telling a member the session had ended became. */
    void toldEndedPosted(Connection c, long guildId, long sessionId, long userId, long messageId) throws SQLException {
        Database.update(c, TOLD_ENDED_POSTED, messageId, guildId, sessionId, userId);
    }

    /** The notes posted to tell a member that a session had ended: session id and the note's message. */
    List<Map.Entry<Long, SummaryPost>> toldEndedPosts(Connection c, long guildId, long userId) throws SQLException {
        return Database.list(c, TOLD_ENDED_POSTS, rs -> Map.entry(rs.getLong(1),
                new SummaryPost(TOLD_ENDED_POST, rs.getLong(2))), guildId, userId);
    }

    boolean updateAnswer(Connection c, long guildId, long userId, long answerId, String text, Instant now)
            throws SQLException {
        return Database.update(c, UPDATE_ANSWER_BY_ID, text, now, answerId, guildId, userId) == 1;
    }

    boolean deleteAnswer(Connection c, long guildId, long userId, long answerId) throws SQLException {
        return Database.update(c, DELETE_ANSWER, answerId, guildId, userId) == 1;
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("channel_id"),
                rs.getLong("thread_id"), rs.getBoolean("private_thread"), rs.getString("plan"),
                rs.getString("curriculum"), rs.getString("title"), rs.getBoolean("anonymous"), rs.getInt("minutes"),
                rs.getLong("facilitator_id"), Session.Status.valueOf(rs.getString("status")),
                rs.getInt("question_index"), Database.instant(rs, "question_due_at"),
                Database.instant(rs, "created_at"), Database.instant(rs, "ended_at"));
    }

    private static SessionQuestion question(ResultSet rs) throws SQLException {
        return new SessionQuestion(rs.getLong("session_id"), rs.getInt("idx"), rs.getString("question_key"),
                rs.getString("step_title"), rs.getString("text"), Database.instant(rs, "asked_at"),
                rs.getBoolean("closed"), rs.getLong("send_id"), rs.getLong("message_id"), rs.getInt("shown_count"),
                rs.getBoolean("shown_closed"), Database.instant(rs, "count_edited_at"));
    }

    private static SessionAnswer answer(ResultSet rs) throws SQLException {
        return new SessionAnswer(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("session_id"),
                rs.getInt("idx"), rs.getLong("user_id"), rs.getString("display_name"), rs.getString("text"),
                Database.instant(rs, "created_at"), Database.instant(rs, "updated_at"));
    }
}
