package org.partnercoach.sessions;

import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * A member's answers in group sessions and the sessions they led, for {@code /privacy export} and
 * {@code /privacy forget}.
 */
public final class SessionsData {

    /** Each answer with its session's title and its question's number as the thread showed it (from 1). */
    private static final String ANSWERS = "SELECT a.session_id, s.title AS session, a.idx + 1 AS question, a.text,"
            + " a.created_at, a.updated_at FROM group_session_answers a"
            + " JOIN group_sessions s ON s.id = a.session_id AND s.guild_id = a.guild_id"
            + " WHERE a.guild_id = ? AND a.user_id = ? ORDER BY a.session_id, a.idx";
    private static final String FORGET_ANSWERS = "DELETE FROM group_session_answers WHERE guild_id = ? AND user_id = ?";
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
     * A forget first queues an edit of each summary posted in a thread the member answered in (the edits go out once
     * the forget committed, built from the answers left), then deletes their answers.
     */
    static PersonalData of(Database db, Sessions sessions) {
        PersonalData rows = MemberRows.parts(db, "group_sessions",
                List.of(Map.entry("answers", ANSWERS), Map.entry("facilitated", FACILITATED)),
                FORGET_ANSWERS, UNNAME_FACILITATOR);
        return new PersonalData() {
            @Override
            public String section() {
                return rows.section();
            }

            @Override
            public Object export(long guildId, long userId) {
                return rows.export(guildId, userId);
            }

            @Override
            public void forget(long guildId, long userId) {
                db.write(c -> {
                    sessions.forgetting(c, guildId, userId);
                    return null;
                });
                rows.forget(guildId, userId);
            }
        };
    }
}
