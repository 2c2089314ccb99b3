-- The outreach list (partners/): names waiting for their sector may come from a group session's answers to tip 1's
-- "who do you want to partner with?" (Check and add, offered to whoever ends the session) rather than from a
-- member's own walk: such a row has session_id and no walk_id. Re-runnable from any point.
ALTER TABLE partner_names_to_add ALTER COLUMN walk_id DROP NOT NULL;
ALTER TABLE partner_names_to_add ADD COLUMN IF NOT EXISTS session_id BIGINT;
CREATE INDEX IF NOT EXISTS partner_names_to_add_by_session ON partner_names_to_add (guild_id, user_id, session_id);
-- Where the last Check and add round of a session's names stopped, as partner_name_rounds keeps it for a walk:
-- every button of that session goes on from there, so a name left out does not come back.
CREATE TABLE IF NOT EXISTS partner_group_name_rounds (
    guild_id    BIGINT      NOT NULL,
    session_id  BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    offered     INT         NOT NULL,
    answer_mark VARCHAR(16) NOT NULL,
    updated_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, session_id)
);
