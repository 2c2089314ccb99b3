-- The members a private group session's thread holds, as far as the bot knows (owned by sessions/): who started it
-- (named in its plan, which brings them in) and each facilitator it was handed to, with whoever handed it over.
-- /session list shows them the session's title and thread after a hand-over too, as it does its facilitator and the
-- members who answered in it. A row per member and session, exported and deleted by a forget. Re-runnable from any
-- point.
CREATE TABLE IF NOT EXISTS group_session_members (
    guild_id   BIGINT    NOT NULL,
    session_id BIGINT    NOT NULL,
    user_id    BIGINT    NOT NULL,
    joined_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (guild_id, session_id, user_id)
);
CREATE INDEX IF NOT EXISTS group_session_members_by_member ON group_session_members (guild_id, user_id);
