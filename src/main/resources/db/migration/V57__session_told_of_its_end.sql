-- The members told in a group session's thread that the session had ended (owned by sessions/): with
-- sessions.typedAnswers, a member's first line typed in the thread after the end gets one note saying it is the group's
-- to read and no answer; their later lines get none, after a restart too. A row per member and session, deleted by a
-- forget, which first edits the note (its message_id, 0 until it is posted) to name no one. Re-runnable from any
-- point.
CREATE TABLE IF NOT EXISTS group_session_told_ended (
    guild_id   BIGINT    NOT NULL,
    session_id BIGINT    NOT NULL,
    user_id    BIGINT    NOT NULL,
    told_at    TIMESTAMP NOT NULL,
    message_id BIGINT    NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, session_id, user_id)
);
CREATE INDEX IF NOT EXISTS group_session_told_ended_by_member ON group_session_told_ended (guild_id, user_id);
