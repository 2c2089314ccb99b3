-- Re-runnable from any point: every statement is an IF NOT EXISTS form.

-- The local console's members by name (owned by console/), so a later run shows their names, not ids, and
-- remembers who was made a coordinator with :coordinator NAME.
CREATE TABLE IF NOT EXISTS console_members (
    guild_id    BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    coordinator BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (guild_id, user_id)
);

-- Questions the bot asks only once (owned by settings/): offering a new server to set its time zone
-- (user_id 0), and asking a member for theirs before reading "tomorrow 9am".
CREATE TABLE IF NOT EXISTS settings_prompts (
    guild_id BIGINT      NOT NULL,
    user_id  BIGINT      NOT NULL,
    prompt   VARCHAR(40) NOT NULL,
    shown_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, user_id, prompt)
);
