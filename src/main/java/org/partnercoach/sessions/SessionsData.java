package org.partnercoach.sessions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * A member's answers in group sessions, the sessions they led, the sessions whose thread told them it had ended, and
 * the private sessions whose thread holds them, for {@code /privacy export} and {@code /privacy forget}.
 */
public final class SessionsData {

    /** Each answer with its session's title and its question's number as the thread showed it (from 1). */
    private static final String ANSWERS = "SELECT a.session_id, s.title AS session, a.idx + 1 AS question, a.text,"
            + " a.created_at, a.updated_at FROM group_session_answers a"
            + " JOIN group_sessions s ON s.id = a.session_id AND s.guild_id = a.guild_id"
            + " WHERE a.guild_id = ? AND a.user_id = ? ORDER BY a.session_id, a.idx";
    private static final String FORGET_ANSWERS = "DELETE FROM group_session_answers WHERE guild_id = ? AND user_id = ?";
    /**
     * Each session in whose thread the member was told, at their first line typed after its end, that the line is no
     * answer: with its title, when, and the note's message (as text, as the export writes a server's id, so that a
     * spreadsheet keeps its digits; none while the note is still on its way).
     */
    private static final String TOLD_ENDED = "SELECT t.session_id, s.title AS session, t.told_at,"
            + " CASE WHEN t.message_id = 0 THEN NULL ELSE CAST(t.message_id AS VARCHAR(20)) END AS note_message_id"
            + " FROM group_session_told_ended t"
            + " JOIN group_sessions s ON s.id = t.session_id AND s.guild_id = t.guild_id"
            + " WHERE t.guild_id = ? AND t.user_id = ? ORDER BY t.session_id";
    /** Who was told in a thread that its session had ended (a note still waiting goes with the outbox's rows). */
    private static final String FORGET_TOLD_ENDED =
            "DELETE FROM group_session_told_ended WHERE guild_id = ? AND user_id = ?";
    /**
     * Each private session whose thread holds them as far as the bot knows (they started it, led it or were handed
     * it), so that {@code /session list} shows it to them: its title, and since when.
     */
    private static final String JOINED = "SELECT m.session_id, s.title AS session, m.joined_at"
            + " FROM group_session_members m JOIN group_sessions s ON s.id = m.session_id AND s.guild_id = m.guild_id"
            + " WHERE m.guild_id = ? AND m.user_id = ? ORDER BY m.session_id";
    private static final String FORGET_JOINED = "DELETE FROM group_session_members WHERE guild_id = ? AND user_id = ?";
    private static final String FACILITATED = "SELECT id AS session_id, title, status, created_at, ended_at"
            + " FROM group_sessions WHERE guild_id = ? AND facilitator_id = ? ORDER BY id";
    /**
     * A session they lead stays the group's: it is led by nobody, and anyone in its thread (or a coordinator) can move
     * it on, end it or take it over.
     */
    private static final String UNNAME_FACILITATOR =
            "UPDATE group_sessions SET facilitator_id = 0 WHERE guild_id = ? AND facilitator_id = ?";

    private SessionsData() {
    }

    /**
     * A forget queues an edit of each summary posted in a thread the member answered in (the edits go out once the
     * forget committed, built from the answers left), and of the plan and hand-over post of each session they lead,
     * then deletes their answers and takes their id off those sessions, all in one transaction.
     */
    static PersonalData of(Database db, Sessions sessions, Messenger messenger) {
        return new MemberRows(db, "group_sessions",
                List.of(Map.entry("answers", ANSWERS), Map.entry("facilitated", FACILITATED),
                        Map.entry("told_session_ended", TOLD_ENDED), Map.entry("private_sessions_joined", JOINED)),
                FORGET_ANSWERS, FORGET_TOLD_ENDED, FORGET_JOINED, UNNAME_FACILITATOR) {

            @Override
            public void forget(long guildId, long userId) {
                forgetTelling(guildId, userId);
            }

            /** Said only to a member who had session answers: where they went, as deleting one answer says it. */
            @Override
            public Optional<String> forgetTelling(long guildId, long userId) {
                // one write: the edits it queues (built from the answers left) and the answers' delete commit
                // together, or neither does
                OwnAnswers.Forgetting forgetting = db.write(c -> {
                    OwnAnswers.Forgetting queued = sessions.own().forgetting(c, guildId, userId);
                    forget(c, guildId, userId);
                    return queued;
                });
                if (forgetting.answers() == 0) {
                    return Optional.empty();
                }
                int summaries = forgetting.refreshed().stream().mapToInt(ThreadPosts.Refreshed::summaries).sum();
                Messenger.ThreadReach reach = SummaryWords.least(forgetting.refreshed().stream()
                        .filter(r -> r.summaries() > 0).map(r -> messenger.threadReach(guildId, r.threadId()))
                        .toList());
                return Optional.of(SummaryWords.removed(SummaryWords.Whose.ALL_ANSWERS, summaries, reach));
            }
        };
    }
}
