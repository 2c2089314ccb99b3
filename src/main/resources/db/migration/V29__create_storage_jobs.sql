-- Work the bot does on its own storage (the daily backup): when it is next due and how the last run went.
-- guild_id 0: the whole bot, not one server.
CREATE TABLE IF NOT EXISTS storage_jobs (
    guild_id    BIGINT        NOT NULL DEFAULT 0,
    name        VARCHAR(40)   NOT NULL,
    due_at      TIMESTAMP     NOT NULL,
    last_run_at TIMESTAMP,
    last_file   VARCHAR(1000),
    last_bytes  BIGINT,
    last_error  VARCHAR(500),
    PRIMARY KEY (guild_id, name)
);
